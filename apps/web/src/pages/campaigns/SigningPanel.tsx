import { Alert, Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconExternalLink,
  IconFileCode,
  IconFileTypePdf,
  IconRefresh,
  IconSignature,
} from '@tabler/icons-react';
import {
  type Campaign,
  type DocumentSignature,
  formatDateTimeVn,
  type SigningSession,
} from '@tongket/domain';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { planDocumentUrl } from '../../api/campaigns.ts';
import { useErrorMessage } from '../../api/errors.ts';
import {
  type SignedDocumentKind,
  useDocumentSignatures,
  useReloadAfterRelease,
  useStartSigning,
} from '../../api/signing.ts';
import { downloadFile } from '../../components/downloadFile.ts';
import { IssueDocumentForm } from '../../components/IssueDocumentForm.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { isoDateToText } from './plan/planForm.ts';

/** When a step was signed or opened, as the interface writes every time: 14:05 08/06/2020. */
const time = (iso: string | null) => (iso ? formatDateTimeVn(iso) : '—');

/** The one-time links of an open step: the button that hands them to the signing program, and when they expire. */
function SessionLinks({ session, now }: { session: SigningSession; now: number }) {
  const t = useT();
  const expired = Date.parse(session.expiresAt) <= now;
  return (
    <Alert
      color={expired ? 'gray' : 'blue'}
      icon={<IconSignature />}
      title={expired ? t('signing.expired') : t('signing.waiting')}
      data-testid={`signing-session-${session.step}`}
    >
      <Stack gap={6}>
        {!expired && (
          <Group>
            <Button
              component="a"
              href={session.launchUrl}
              size="xs"
              leftSection={<IconExternalLink size={14} />}
              data-testid="signing-launch"
            >
              {t('signing.launch')}
            </Button>
            <Text size="sm">{t('signing.expiresAt', { time: time(session.expiresAt) })}</Text>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('signing.linksHint')}
        </Text>
        <Text size="xs">
          {t('signing.fetchLink')} <Code>{session.fetchUrl}</Code>
        </Text>
        <Text size="xs">
          {t('signing.uploadLink')} <Code>{session.uploadUrl}</Code>
        </Text>
      </Stack>
    </Alert>
  );
}

function SignatureTable({ items }: { items: DocumentSignature[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="signature-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('signing.colStep')}</Table.Th>
            <Table.Th>{t('signing.colSigner')}</Table.Th>
            <Table.Th>{t('signing.colCertificate')}</Table.Th>
            <Table.Th>{t('signing.colSigningTime')}</Table.Th>
            <Table.Th>{t('signing.colStartedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Badge color={s.step === 'release' ? 'teal' : 'blue'} variant="light">
                  {s.step === 'release' ? t('signing.stepRelease') : t('signing.stepSign')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.signerCommonName ?? '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.signerOrganisation ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{t('signing.serial', { serial: s.certificateSerial })}</Text>
                <Text size="xs" c="dimmed" title={s.certificateSha256}>
                  SHA-256 {s.certificateSha256.slice(0, 23)}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{time(s.signingTime)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.startedBy}</Text>
                <Text size="xs" c="dimmed">
                  {time(s.recordedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The document a signing panel works on. */
export interface SigningTarget {
  kind: SignedDocumentKind;
  id: string;
  /** The saved version: the one signed. */
  version: number;
  /** Still a draft: the steps can be opened. */
  draft: boolean;
  /** The viewer may open the steps (as issuing the document is allowed). */
  canSign: boolean;
  docNumber: string;
  docDate: string | null;
  /** "KH-UBND", "QĐ-UBND". */
  docCode: string;
  /** The PDF of record, signed once released. */
  pdfUrl: string;
  /**
   * Released and still the document of record (absent: any release signature says so). A unit's
   * report is released while its signed PDF is on the draft.
   */
  released?: boolean;
  /** What both steps send besides the version, number and date (a unit's report: notation, signer). */
  stepFields?: Record<string, string>;
  /** The released document as an edXML package, for those who send it on (absent: not offered). */
  edxmlUrl?: string;
  /** The edXML file's name when saved. */
  edxmlName?: string;
}

/** "Tải gói edXML" of a released document; a refusal (a unit without an agency code) is shown, not saved. */
function EdxmlButton({ url, name }: { url: string; name: string }) {
  const t = useT();
  const message = useErrorMessage();
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      await downloadFile(url, name);
    } catch (error) {
      notifications.show({ color: 'red', message: message(error), autoClose: 12_000 });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconFileCode size={14} />}
      loading={pending}
      onClick={() => void run()}
      data-testid="signing-edxml"
      title={t('preview.edxmlHint')}
    >
      {t('preview.edxml')}
    </Button>
  );
}

/**
 * "Ký số": the plan signed in the two steps of Decree 30 — "Trình ký" (the person with authority signs
 * the draft) then "Phát hành" (the records office signs for the agency; the number and date are put on
 * it and the round is issued). Each step opens one-time links that the signing program on the signer's
 * computer follows; the panel waits for the signature and shows who signed with which certificate.
 */
export function SigningPanel({
  campaign,
  dirty,
  onReleased,
}: {
  campaign: Campaign;
  dirty: boolean;
  /** The release issued the round: the page reloads it (its editors too). */
  onReleased: () => void;
}) {
  return (
    <DocumentSigningPanel
      target={{
        kind: 'plan',
        id: campaign.id,
        version: campaign.version,
        draft: campaign.status === 'draft',
        canSign: campaign.canManage,
        docNumber: campaign.plan.docNumber,
        docDate: campaign.plan.docDate,
        docCode: campaign.plan.docCode || 'KH-UBND',
        pdfUrl: planDocumentUrl(campaign.id, 'pdf'),
      }}
      dirty={dirty}
      onReleased={onReleased}
    />
  );
}

/**
 * The two signing steps of one document (a plan, an award decision, a conference's invitation, a
 * round's consolidated report, a unit's report): see SigningPanel. The release issues the document
 * as its "Ban hành" does.
 */
export function DocumentSigningPanel({
  target,
  dirty,
  onReleased,
  fields,
}: {
  target: SigningTarget;
  dirty: boolean;
  /** The release issued the document: the page reloads it (its editors too). */
  onReleased: () => void;
  /** What the signer fills in before the first step (a unit's report: notation, signer). */
  fields?: ReactNode;
}) {
  const t = useT();
  const message = useErrorMessage();
  const draft = target.draft;
  const manage = target.canSign && draft;
  const words = {
    plan: {
      intro: 'signing.intro',
      step1: 'signing.step1Hint',
      step2: 'signing.step2Hint',
      locked: 'signing.step2Locked',
    },
    decision: {
      intro: 'signing.decisionIntro',
      step1: 'signing.decisionStep1Hint',
      step2: 'signing.decisionStep2Hint',
      locked: 'signing.decisionStep2Locked',
    },
    invitation: {
      intro: 'signing.invitationIntro',
      step1: 'signing.invitationStep1Hint',
      step2: 'signing.invitationStep2Hint',
      locked: 'signing.invitationStep2Locked',
    },
    consolidated: {
      intro: 'signing.consolidatedIntro',
      step1: 'signing.consolidatedStep1Hint',
      step2: 'signing.consolidatedStep2Hint',
      locked: 'signing.consolidatedStep2Locked',
    },
    unit_report: {
      intro: 'signing.unitReportIntro',
      step1: 'signing.unitReportStep1Hint',
      step2: 'signing.unitReportStep2Hint',
      locked: 'signing.unitReportStep2Locked',
    },
  } as const satisfies Record<SignedDocumentKind, Record<string, MessageKey>>;
  const say = words[target.kind];
  // The open step's links, and how many signatures there were when it opened.
  const [opened, setOpened] = useState<{ session: SigningSession; seen: number } | null>(null);
  const session = opened?.session ?? null;
  const [now, setNow] = useState(() => Date.now());
  const open = session !== null && Date.parse(session.expiresAt) > now;
  const signatures = useDocumentSignatures(target.kind, target.id, open);
  const start = useStartSigning(target.kind, target.id);
  const reload = useReloadAfterRelease(target.kind);
  const items = signatures.data?.items ?? [];
  // The release needs the signer's signature on the document as it is now (an edit needs signing again).
  const signedVersion = items.some((s) => s.step === 'sign' && s.documentVersion === target.version);
  const released = target.released ?? items.some((s) => s.step === 'release');
  // A release of the version on the page has just been accepted (an earlier one may have been undone).
  const justReleased = items.some((s) => s.step === 'release' && s.documentVersion === target.version);

  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [open]);
  // The signature the step waited for has arrived: its links are done.
  const count = items.length;
  useEffect(() => {
    if (opened && count > opened.seen) setOpened(null);
  }, [count, opened]);
  // The release issued the document: the lists refresh and the page reloads it from the server, once.
  const onReleasedRef = useRef(onReleased);
  onReleasedRef.current = onReleased;
  const reported = useRef(false);
  useEffect(() => {
    if (!justReleased || !draft || reported.current) return;
    reported.current = true;
    void reload();
    onReleasedRef.current();
  }, [justReleased, draft, reload]);
  const openStep = (next: SigningSession) => setOpened({ session: next, seen: count });

  if (!manage && items.length === 0) return null;

  return (
    <Card withBorder mb="md" data-testid="signing-panel">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>
            <Group gap={6}>
              <IconSignature size={20} />
              {t('signing.title')}
            </Group>
          </Title>
          <Group gap="xs">
            {released && (
              <Button
                component="a"
                href={target.pdfUrl}
                download
                size="xs"
                variant="light"
                color="teal"
                leftSection={<IconFileTypePdf size={14} />}
              >
                {t('signing.downloadSigned')}
              </Button>
            )}
            {released && target.edxmlUrl && (
              <EdxmlButton url={target.edxmlUrl} name={target.edxmlName ?? 'van-ban.edxml'} />
            )}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} />}
              onClick={() => signatures.refetch()}
              loading={signatures.isFetching}
            >
              {t('signing.refresh')}
            </Button>
          </Group>
        </Group>
        {manage && <Text size="sm">{t(say.intro)}</Text>}
        {items.length > 0 && <SignatureTable items={items} />}
        {manage && (
          <>
            {Boolean(start.error) && start.variables?.step === 'sign' && (
              <Alert color="red" icon={<IconAlertCircle />} role="alert" data-testid="signing-error">
                {message(start.error)}
              </Alert>
            )}
            {dirty && (
              <Alert color="orange" icon={<IconAlertCircle />}>
                {t('signing.unsaved')}
              </Alert>
            )}
            <Group align="flex-start" grow>
              <Stack gap="xs">
                <Text fw={600}>{t('signing.step1')}</Text>
                <Text size="sm" c="dimmed">
                  {t(say.step1)}
                </Text>
                {fields}
                <Group>
                  <Button
                    leftSection={<IconSignature size={16} />}
                    variant={signedVersion ? 'default' : 'filled'}
                    loading={start.isPending && start.variables?.step === 'sign'}
                    disabled={dirty}
                    onClick={() =>
                      start.mutate(
                        { step: 'sign', version: target.version, ...target.stepFields },
                        { onSuccess: openStep },
                      )
                    }
                    data-testid="signing-start-sign"
                  >
                    {signedVersion ? t('signing.signAgain') : t('signing.sign')}
                  </Button>
                </Group>
              </Stack>
              <Stack gap="xs">
                <Text fw={600}>{t('signing.step2')}</Text>
                {signedVersion ? (
                  <IssueDocumentForm
                    intro={t(say.step2)}
                    unsavedText={t('signing.unsaved')}
                    dirty={dirty}
                    initialNumber={target.docNumber}
                    initialDate={isoDateToText(target.docDate)}
                    numberLabel={t('issue.number')}
                    dateLabel={t('issue.date')}
                    docCode={target.docCode}
                    numberRequired
                    submitLabel={t('signing.release')}
                    error={start.variables?.step === 'release' ? start.error : null}
                    pending={start.isPending && start.variables?.step === 'release'}
                    onCancel={() => setOpened(null)}
                    onSubmit={(issue) =>
                      start.mutate(
                        { step: 'release', version: target.version, ...target.stepFields, ...issue },
                        { onSuccess: openStep },
                      )
                    }
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t(say.locked)}
                  </Text>
                )}
              </Stack>
            </Group>
            {session && <SessionLinks session={session} now={now} />}
          </>
        )}
      </Stack>
    </Card>
  );
}
