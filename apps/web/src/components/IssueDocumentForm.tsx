import { Alert, Button, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError, problemList } from '../api/client.ts';
import { useErrorMessage } from '../api/errors.ts';
import { useT } from '../i18n/useT.ts';
import { DateInputVn } from './DateInputVn.tsx';
import { parseDateVn } from './dateVn.ts';

/** What issuing sends: the number and date typed, each left out when blank (the server then decides). */
export interface IssueFields {
  docNumber?: string;
  docDate?: string;
}

export interface IssueDocumentFormProps {
  intro: ReactNode;
  /** Shown while the document has unsaved edits, which issuing would leave out. */
  unsavedText: string;
  dirty: boolean;
  /** The number and date to start from, dd/mm/yyyy. */
  initialNumber: string;
  initialDate: string;
  numberLabel: string;
  dateLabel: string;
  /** The document's code, printed after the number: "KH-UBND", "QĐ-UBND". */
  docCode: string;
  numberRequired?: boolean;
  submitLabel: string;
  /** The last refusal: a number taken shows at its field, anything else (what is missing) above. */
  error: unknown;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (fields: IssueFields) => void;
}

/**
 * Ban hành a document that takes its number from the issuing body's register: the number and the
 * date, and the server's refusal — the list of what is missing, or the number already in use.
 */
export function IssueDocumentForm(props: IssueDocumentFormProps) {
  const t = useT();
  const message = useErrorMessage();
  const [number, setNumber] = useState(props.initialNumber);
  const [date, setDate] = useState(props.initialDate);
  const [dateError, setDateError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = date.trim() ? parseDateVn(date) : null;
    if (date.trim() && !iso) {
      setDateError(t('common.invalidDate'));
      return;
    }
    setDateError(null);
    props.onSubmit({
      ...(number.trim() ? { docNumber: number.trim() } : {}),
      ...(iso ? { docDate: iso } : {}),
    });
  };

  const { error } = props;
  const missing = problemList(error, 'problems');
  const duplicate = isApiError(error, 'duplicate_number');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{props.intro}</Text>
        {props.dirty && (
          <Alert color="orange" icon={<IconAlertCircle />} role="alert">
            {props.unsavedText}
          </Alert>
        )}
        {Boolean(error) && !duplicate && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert" title={t('issue.refused')}>
            {/* The server's sentence lists the same problems; the list reads better. */}
            {missing.length === 0 ? (
              <Text size="sm">{message(error)}</Text>
            ) : (
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
            label={props.numberLabel}
            description={t('issue.numberHint', { code: props.docCode })}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value.replace(/\D/g, ''))}
            error={duplicate ? message(error) : undefined}
            inputMode="numeric"
            maxLength={7}
            required={props.numberRequired}
            data-autofocus
          />
          <DateInputVn
            label={props.dateLabel}
            description={t('issue.dateHint')}
            value={date}
            onChange={setDate}
            error={dateError ?? undefined}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} disabled={props.pending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={props.pending}
            disabled={props.dirty}
          >
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
