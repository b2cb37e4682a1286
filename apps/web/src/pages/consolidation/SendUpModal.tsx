import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArrowBigUpLines } from '@tabler/icons-react';
import type { ConsolidatedReport } from '@tongket/domain';
import { useNavigate } from 'react-router';
import { problemList } from '../../api/client.ts';
import { useSendUp } from '../../api/consolidation.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useT } from '../../i18n/useT.ts';

export interface SendUpModalProps {
  campaignId: string;
  report: ConsolidatedReport;
  unitName: string;
  parentName: string;
  /** Unsaved edits would not go up: saving comes first. */
  dirty: boolean;
  onClose: () => void;
}

/**
 * "Chuyển báo cáo lên cấp trên": the consolidated text of each section and the rolled-up figures
 * become the draft of the unit's report in the higher round, which then opens to be checked and sent.
 */
export function SendUpModal({ campaignId, report, unitName, parentName, dirty, onClose }: SendUpModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const sendUp = useSendUp(campaignId);
  const never = report.version === 0;
  const problems = problemList(sendUp.error, 'problems');

  const submit = () =>
    sendUp.mutate(undefined, {
      onSuccess: (answer) => {
        notifications.show({
          color: 'teal',
          message: t('consolidated.sentUp', { sections: answer.sections, indicators: answer.indicators }),
        });
        if (answer.unmapped.length > 0) {
          notifications.show({
            color: 'yellow',
            autoClose: false,
            message: t('consolidated.sentUpUnmapped', { list: answer.unmapped.join('; ') }),
          });
        }
        onClose();
        navigate(`/assignments/${encodeURIComponent(answer.assignmentId)}`);
      },
    });

  return (
    <Modal opened onClose={onClose} title={t('consolidated.sendUpTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('consolidated.sendUpText', { unit: unitName, parent: parentName })}</Text>
        {dirty && (
          <Alert color="orange" icon={<IconAlertCircle />} p="xs">
            {t('consolidated.sendUpUnsaved')}
          </Alert>
        )}
        {never && (
          <Alert color="orange" icon={<IconAlertCircle />} p="xs">
            {t('consolidated.sendUpEmpty')}
          </Alert>
        )}
        {!never && report.newContributions > 0 && (
          <Alert color="yellow" icon={<IconAlertCircle />} p="xs">
            {t('consolidated.sendUpNew', { count: report.newContributions })}
          </Alert>
        )}
        {sendUp.error !== null && (
          <Alert
            color="red"
            icon={<IconAlertCircle />}
            role="alert"
            p="xs"
            title={t('consolidated.sendUpRefused')}
          >
            {problems.length > 0 ? (
              <List size="sm" spacing={2}>
                {problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{message(sendUp.error)}</Text>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sendUp.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconArrowBigUpLines size={16} />}
            onClick={submit}
            loading={sendUp.isPending}
            disabled={dirty || never}
          >
            {t('consolidated.sendUpSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
