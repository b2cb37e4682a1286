import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { type Decision, hasPermission } from '@tongket/domain';
import { useState } from 'react';
import { isApiError } from '../../../api/client.ts';
import { decisionDocumentUrl, useUpdateDecision } from '../../../api/decisions.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { useNominations } from '../../../api/nominations.ts';
import { decisionEdxmlUrl } from '../../../api/signing.ts';
import { useCurrentUser } from '../../../auth/useCurrentUser.ts';
import { useLeaveGuard } from '../../../components/useLeaveGuard.ts';
import { useT } from '../../../i18n/useT.ts';
import { ConflictAlert } from '../../campaigns/ConflictAlert.tsx';
import { SaveBar } from '../../campaigns/SaveBar.tsx';
import { SaveProblem } from '../../campaigns/SaveProblem.tsx';
import { DocumentSigningPanel } from '../../campaigns/SigningPanel.tsx';
import { DecisionDownloads } from './DecisionDownloads.tsx';
import { DecisionFacts } from './DecisionFacts.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionNominees } from './DecisionNominees.tsx';
import { DecisionPreview } from './DecisionPreview.tsx';
import { DecisionStatusBadge } from './DecisionStatusBadge.tsx';
import {
  type DecisionFormErrors,
  type DecisionFormValues,
  decisionToValues,
  isDirty,
  toDecisionPatch,
  validateDecision,
} from './decisionForm.ts';
import { decisionCounts, decisionTitle } from './decisionText.ts';
import { IssueDecisionModal } from './IssueDecisionModal.tsx';

export interface DecisionWorkspaceProps {
  campaignId: string;
  decision: Decision;
  /** Loads the decision again (after a conflict) and starts a new workspace on it. */
  reload: () => Promise<void>;
}

/**
 * A decision: for the board, a draft's words, who it awards and its printed form side by side,
 * saved with its version and issued with a number — or signed and released through digital
 * signing; for everyone, the documents to download and the signatures it carries.
 */
export function DecisionWorkspace({ campaignId, decision, reload }: DecisionWorkspaceProps) {
  const t = useT();
  const message = useErrorMessage();
  const me = useCurrentUser();
  const nominations = useNominations(campaignId);
  const save = useUpdateDecision(decision.id);
  const nominees = useUpdateDecision(decision.id);
  const board = hasPermission(me.role, 'nominations.review');
  const editable = decision.status === 'draft' && board;
  const [values, setValues] = useState<DecisionFormValues>(() => decisionToValues(decision));
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const [issuing, setIssuing] = useState(false);
  const dirty = editable && isDirty(values, decision);
  useLeaveGuard(dirty, t('editor.leaveConfirm'));

  const change = <K extends keyof DecisionFormValues>(field: K, value: DecisionFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = () => {
    const found = validateDecision(values, t);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    save.mutate(toDecisionPatch(values, decision), {
      onSuccess: (saved) => {
        // The server's tidy form of the text (spaces, Unicode), so nothing reads as changed.
        setValues(decisionToValues(saved));
        notifications.show({ color: 'teal', message: t('common.saved') });
      },
    });
  };

  // The page mounts a new workspace on the reloaded copy, so the form starts again from it.
  const restart = () => void reload();

  const afterIssue = (issued: Decision) => {
    setIssuing(false);
    notifications.show({
      color: 'teal',
      message: t('decision.issuedDone', { title: decisionTitle(issued, t) }),
    });
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs" align="center">
          <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
            {decisionTitle(decision, t)}
          </Title>
          <DecisionStatusBadge status={decision.status} />
        </Group>
        <Group gap="xs">
          <Badge variant="light" miw="max-content" h="auto" style={{ whiteSpace: 'normal' }}>
            {decision.awardTypeName}
          </Badge>
          <Text size="sm" data-testid="decision-counts">
            {decisionCounts(decision.counts, t)}
          </Text>
        </Group>
      </Stack>
      <Group gap="xs">
        <DecisionDownloads decision={decision} />
        {editable && (
          <Button color="teal" leftSection={<IconSend size={16} />} onClick={() => setIssuing(true)}>
            {t('decision.issue')}
          </Button>
        )}
      </Group>
      {/* Ký số: signed, then released with number and date — the decision issued as "Ban hành" does. */}
      <DocumentSigningPanel
        target={{
          kind: 'decision',
          id: decision.id,
          version: decision.version,
          draft: decision.status === 'draft',
          canSign: board,
          docNumber: decision.docNumber,
          docDate: decision.docDate,
          docCode: decision.docCode,
          pdfUrl: decisionDocumentUrl(decision.id, 'decision.pdf'),
          edxmlUrl: decisionEdxmlUrl(decision.id),
          edxmlName: 'quyet-dinh.edxml',
        }}
        dirty={dirty}
        onReleased={() => {
          notifications.show({
            color: 'teal',
            message: t('signing.decisionReleased'),
          });
          void reload();
        }}
      />
      {isApiError(nominees.error, 'version_conflict') && (
        <ConflictAlert message={message(nominees.error)} onReload={restart} />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
              {editable ? (
                <DecisionForm values={values} errors={errors} onChange={change} />
              ) : (
                <DecisionFacts decision={decision} />
              )}
            </Paper>
            <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
              <DecisionNominees
                decision={decision}
                nominations={nominations.data?.items ?? []}
                editable={editable}
                pending={nominees.isPending}
                error={isApiError(nominees.error, 'version_conflict') ? null : nominees.error}
                onChange={(nominationIds) => nominees.mutate({ version: decision.version, nominationIds })}
              />
            </Paper>
            {editable && (
              <SaveBar dirty={dirty} pending={save.isPending} onSave={submit}>
                <SaveProblem
                  error={save.error}
                  invalidBeforeSending={Object.values(errors).some(Boolean)}
                  toPath={(field) => field}
                  isInline={(field) => field in values}
                  onReload={restart}
                />
              </SaveBar>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <DecisionPreview decision={decision} />
        </Grid.Col>
      </Grid>
      {issuing && (
        <IssueDecisionModal
          decision={decision}
          dirty={dirty}
          onClose={() => setIssuing(false)}
          onIssued={afterIssue}
        />
      )}
    </Stack>
  );
}
