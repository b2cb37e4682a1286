import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import { type AssignmentDetail, formatDeadlineVn } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useWithdrawSubmission } from '../../../api/assignments.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';
import { sendsLate } from '../deadline.ts';

/**
 * "Rút lại bài đã gửi": the unit takes back what it sent while the standing agency has not decided
 * on it, after a confirmation that says what happens (and that sending again will be late, if so).
 * The page then shows the editor again, with the draft as it was sent.
 */
export function WithdrawButton({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdrawSubmission(detail.assignment.id);
  const now = useMemo(() => new Date(), []);
  const seq = Math.max(0, ...detail.submissions.map((s) => s.seq));
  const late = sendsLate(detail, now, seq);
  const { deadline } = detail.assignment;

  const close = () => {
    setOpen(false);
    withdraw.reset();
  };
  const confirm = () =>
    withdraw.mutate(detail.assignment.version, {
      onSuccess: () => {
        setOpen(false);
        notifications.show({ color: 'teal', message: t('withdraw.done') });
      },
    });

  return (
    <>
      <Button
        variant="light"
        color="orange"
        size="compact-sm"
        leftSection={<IconArrowBackUp size={14} />}
        onClick={() => setOpen(true)}
      >
        {t('withdraw.button')}
      </Button>
      <Modal opened={open} onClose={close} title={t('withdraw.title')} data-testid="withdraw-confirm">
        <Stack gap="sm">
          <Text size="sm">{t('withdraw.text', { seq })}</Text>
          {late && deadline && (
            <Alert color="red" icon={<IconAlertTriangle />} p="xs">
              {t('withdraw.late', { deadline: formatDeadlineVn(deadline) })}
            </Alert>
          )}
          <ProblemAlert error={withdraw.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={withdraw.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={withdraw.isPending} onClick={confirm} data-autofocus>
              {t('withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
