import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';

export interface ReasonModalProps {
  title: string;
  intro: ReactNode;
  label: string;
  submitLabel: string;
  color: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** A step that needs a written reason (không đồng ý, gửi vượt chỉ tiêu): nothing is sent without one. */
export function ReasonModal(props: ReasonModalProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    props.onSubmit(reason.trim());
  };
  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" component="div">
            {props.intro}
          </Text>
          <ProblemAlert error={props.error} />
          <Textarea
            label={props.label}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={2000}
            required
            error={missing ? t('nomination.reasonRequired') : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={props.pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.color} loading={props.pending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
