import { Alert, Anchor, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDateTimeVn, type Nomination } from '@tongket/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAwardTypes } from '../../../api/campaigns.ts';
import { NominationStatusBadge } from '../../../components/NominationStatusBadge.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { DuplicateBadge } from './DuplicateBadge.tsx';
import { NominationFiles } from './NominationFiles.tsx';

export interface NominationDrawerProps {
  nomination: Nomination | null;
  /** The heading of its award group in the plan. */
  heading: string | undefined;
  all: ReadonlyMap<string, Nomination>;
  onOpen: (id: string) => void;
  onClose: () => void;
  /** Its next steps, as buttons. */
  actions: ReactNode;
  /** A decision still in draft is the board's working copy; others follow the link once it is issued. */
  draftDecisionsVisible: boolean;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Everything about one nomination: who, the award, the achievement, the dossier, and what became of it. */
export function NominationDrawer(props: NominationDrawerProps) {
  const { nomination: n, heading, all, onOpen, onClose, actions } = props;
  const t = useT();
  const labels = useLabels();
  const phone = useMediaQuery('(max-width: 48em)');
  const awardTypes = useAwardTypes();
  const higher = n?.higherAwardTypeId
    ? awardTypes.data?.items.find((a) => a.id === n.higherAwardTypeId)?.name
    : undefined;
  const person = n && n.nomineeKind !== 'collective';
  return (
    <Drawer
      opened={n !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={n?.name}
      styles={{
        header: { alignItems: 'flex-start' },
        title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)', lineHeight: 1.35 },
      }}
    >
      {n && (
        <Stack gap="sm">
          <Group gap="xs">
            <NominationStatusBadge status={n.status} quotaRefusedAt={n.quotaRefusedAt} />
            <DuplicateBadge nomination={n} all={all} onOpen={onOpen} />
          </Group>
          {n.status === 'rejected' && n.rejectReason && (
            <Alert color="red" title={t('nomination.rejectedBecause')} p="xs">
              {n.rejectReason}
            </Alert>
          )}
          {n.overrideReason && (
            <Alert color="orange" title={t('nomination.overrideBecause')} p="xs">
              {n.overrideReason}
            </Alert>
          )}
          {actions}
          <Divider />
          <Field label={t('nominations.unit')}>
            {n.unitName}
            {n.enteredOnBehalf && (
              <Text size="xs" c="dimmed" span>
                {' · '}
                {t('nomination.enteredOnBehalf', { user: n.enteredBy ?? '' })}
              </Text>
            )}
          </Field>
          <Field label={t('nomination.group')}>{heading ?? n.awardTypeName}</Field>
          <Field label={t('nomination.kind')}>{labels.nomineeKind(n.nomineeKind)}</Field>
          {person && (
            <Group gap="xl">
              <Field label={t('nomination.gender')}>
                {n.gender ? labels.gender(n.gender) : t('common.none')}
              </Field>
              <Field label={t('nomination.birthYear')}>{n.birthYear ?? t('common.none')}</Field>
            </Group>
          )}
          {person && <Field label={t('nomination.position')}>{n.position || t('common.none')}</Field>}
          <Field label={person ? t('nomination.workplace') : t('nomination.collectiveOf')}>
            {n.workplace || t('common.none')}
          </Field>
          <Field label={t('nomination.achievement')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.achievement || t('common.none')}
            </Text>
          </Field>
          <div>
            <Title order={3} size="h6" mb={4}>
              {t('nomination.files')}
            </Title>
            <NominationFiles files={n.attachments} />
          </div>
          {n.proposeHigher && (
            <Alert color="grape" p="xs">
              {t('nomination.proposedHigher', { award: higher ?? t('common.none') })}
            </Alert>
          )}
          {n.submittedAt && (
            <Text size="xs" c="dimmed">
              {t('nomination.submittedAt', { time: formatDateTimeVn(n.submittedAt) })}
            </Text>
          )}
          {n.decisionId && (n.status === 'decided' || props.draftDecisionsVisible) && (
            <Anchor
              component={Link}
              to={`/campaigns/${encodeURIComponent(n.campaignId)}/decisions/${encodeURIComponent(n.decisionId)}`}
              size="sm"
            >
              {t('nomination.openDecision')}
            </Anchor>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
