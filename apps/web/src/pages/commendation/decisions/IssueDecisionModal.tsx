import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { type Decision, vietnamDate } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { isApiError, problemList } from '../../../api/client.ts';
import { useIssueDecision } from '../../../api/decisions.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { parseDateVn } from '../../../components/dateVn.ts';
import { useT } from '../../../i18n/useT.ts';
import { isoDateToText } from '../../campaigns/plan/planForm.ts';
import { decisionCounts } from './decisionText.ts';

export interface IssueDecisionModalProps {
  decision: Decision;
  /** Unsaved edits would not be in the issued decision: the dialog asks to save them first. */
  dirty: boolean;
  onClose: () => void;
  onIssued: (decision: Decision) => void;
}

/**
 * Ban hành: the number from the register and the date; the nominations become decided, their units
 * are told, and the certificates can be printed. Refused with what is missing, or a number in use.
 */
export function IssueDecisionModal({ decision, dirty, onClose, onIssued }: IssueDecisionModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const phone = useMediaQuery('(max-width: 48em)');
  const issue = useIssueDecision(decision.id);
  const [number, setNumber] = useState(decision.docNumber);
  const [date, setDate] = useState(isoDateToText(decision.docDate ?? vietnamDate(new Date())));
  const [dateError, setDateError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = date.trim() ? parseDateVn(date) : null;
    if (date.trim() && !iso) {
      setDateError(t('common.invalidDate'));
      return;
    }
    setDateError(null);
    issue.mutate(
      {
        version: decision.version,
        ...(number.trim() ? { docNumber: number.trim() } : {}),
        ...(iso ? { docDate: iso } : {}),
      },
      { onSuccess: onIssued },
    );
  };

  const error = issue.error;
  const missing = problemList(error, 'problems');
  const duplicate = isApiError(error, 'duplicate_number');

  return (
    <Modal opened onClose={onClose} title={t('decision.issueTitle')} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('decision.issueIntro', {
              counts: decisionCounts(decision.counts, t),
              award: decision.awardTypeName,
            })}
          </Text>
          {dirty && (
            <Alert color="orange" icon={<IconAlertCircle />} role="alert">
              {t('decision.issueUnsaved')}
            </Alert>
          )}
          {error && !duplicate && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" title={t('issue.refused')}>
              {missing.length === 0 ? (
                <Text size="sm">{message(error)}</Text>
              ) : (
                <List size="sm" spacing={2}>
                  {missing.map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('decision.number')}
              description={t('issue.numberHint', { code: decision.docCode })}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value.replace(/\D/g, ''))}
              error={duplicate ? message(error) : undefined}
              inputMode="numeric"
              maxLength={7}
              required
              data-autofocus
            />
            <DateInputVn
              label={t('decision.date')}
              description={t('issue.dateHint')}
              value={date}
              onChange={setDate}
              error={dateError ?? undefined}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={issue.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              leftSection={<IconSend size={16} />}
              loading={issue.isPending}
              disabled={dirty}
            >
              {t('decision.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
