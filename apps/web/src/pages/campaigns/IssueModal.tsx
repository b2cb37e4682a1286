import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import type { Campaign } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useIssueCampaign } from '../../api/campaigns.ts';
import { isApiError, problemList } from '../../api/client.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { DateInputVn } from '../../components/DateInputVn.tsx';
import { parseDateVn } from '../../components/dateVn.ts';
import { useT } from '../../i18n/useT.ts';
import { isoDateToText } from './plan/planForm.ts';

export interface IssueModalProps {
  campaign: Campaign;
  opened: boolean;
  /** Unsaved edits would not be in the issued plan: the dialog asks to save them first. */
  dirty: boolean;
  onClose: () => void;
  onIssued: (campaign: Campaign) => void;
}

/**
 * Issuing freezes the plan's number and date and creates the assignments. A plan that is not
 * complete is refused with the list of what is missing.
 */
export function IssueModal({ campaign, opened, dirty, onClose, onIssued }: IssueModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const phone = useMediaQuery('(max-width: 48em)');
  const issue = useIssueCampaign(campaign.id);
  const [number, setNumber] = useState(campaign.plan.docNumber);
  const [date, setDate] = useState(isoDateToText(campaign.plan.docDate));
  const [dateError, setDateError] = useState<string | null>(null);

  const close = () => {
    issue.reset();
    setDateError(null);
    onClose();
  };

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
        version: campaign.version,
        ...(number.trim() ? { docNumber: number.trim() } : {}),
        ...(iso ? { docDate: iso } : {}),
      },
      {
        onSuccess: (issued) => {
          issue.reset();
          onIssued(issued);
        },
      },
    );
  };

  const error = issue.error;
  const missing = problemList(error, 'problems');
  const duplicate = isApiError(error, 'duplicate_number');

  return (
    <Modal opened={opened} onClose={close} title={t('issue.title')} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('issue.intro')}</Text>
          {dirty && (
            <Alert color="orange" icon={<IconAlertCircle />} role="alert">
              {t('issue.unsaved')}
            </Alert>
          )}
          {error && !duplicate && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" title={t('issue.refused')}>
              {/* The server's sentence lists the same problems; the list reads better. */}
              {missing.length === 0 && <Text size="sm">{message(error)}</Text>}
              {missing.length > 0 && (
                <List size="sm" spacing={2}>
                  {missing.map((problem, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same sentence may come twice
                    <List.Item key={i}>{problem}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('issue.number')}
              description={t('issue.numberHint', { code: campaign.plan.docCode || 'KH-UBND' })}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value.replace(/\D/g, ''))}
              error={duplicate ? message(error) : undefined}
              inputMode="numeric"
              maxLength={7}
              data-autofocus
            />
            <DateInputVn
              label={t('issue.date')}
              description={t('issue.dateHint')}
              value={date}
              onChange={setDate}
              error={dateError ?? undefined}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={issue.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              leftSection={<IconSend size={16} />}
              loading={issue.isPending}
              disabled={dirty}
            >
              {t('issue.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
