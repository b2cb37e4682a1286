import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AssignmentDetail, endOfVietnamDay, formatDateVn } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useExtendDeadline } from '../../../api/assignments.ts';
import { fieldErrors } from '../../../api/errors.ts';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { parseDateVn } from '../../../components/dateVn.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Gia hạn: one unit gets a new deadline (to the end of that day); its reminders start over. */
export function ExtendDeadlineModal({ detail, onClose }: { detail: AssignmentDetail; onClose: () => void }) {
  const t = useT();
  const extend = useExtendDeadline(detail.assignment.id);
  const [date, setDate] = useState('');
  const [invalid, setInvalid] = useState(false);
  const current = detail.assignment.deadline;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = parseDateVn(date);
    if (!iso) {
      setInvalid(true);
      return;
    }
    const deadline = endOfVietnamDay(iso);
    extend.mutate(
      { previousDeadline: detail.assignment.deadline, deadline },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('extend.done', { date: formatDateVn(deadline) }) });
          onClose();
        },
      },
    );
  };
  const serverError = fieldErrors(extend.error).deadline;

  return (
    <Modal opened onClose={onClose} title={t('extend.title', { unit: detail.assignment.unitName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {current ? t('extend.current', { date: formatDateVn(current) }) : t('work.noDeadline')}
          </Text>
          {!serverError && <ProblemAlert error={extend.error} />}
          <DateInputVn
            label={t('extend.date')}
            description={t('plan.deadlineHint')}
            value={date}
            onChange={(value) => {
              setDate(value);
              setInvalid(false);
            }}
            error={invalid ? t('common.invalidDate') : serverError}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={extend.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={extend.isPending}>
              {t('extend.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
