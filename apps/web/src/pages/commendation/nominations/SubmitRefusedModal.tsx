import { Alert, Button, CopyButton, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconArrowUpRight, IconCopy } from '@tabler/icons-react';
import type { Nomination } from '@tongket/domain';
import { ApiError, isApiError } from '../../../api/client.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { useT } from '../../../i18n/useT.ts';
import { nominationLink } from './nominationLink.ts';

export interface SubmitRefusedModalProps {
  nomination: Nomination;
  error: unknown;
  /** The standing agency may send it over quota (with a reason). */
  canOverride: boolean;
  onOverride: () => void;
  onClose: () => void;
}

/**
 * Why a draft was not sent, in the server's words: the quota it ran out of ("đã gửi 1/1"), the
 * deadline, or what is missing. Over quota, a unit officer gets a link to hand to the standing
 * agency, who may send it anyway with a written reason.
 */
export function SubmitRefusedModal(props: SubmitRefusedModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const overQuota = isApiError(props.error, 'quota_exceeded');
  const fields = props.error instanceof ApiError ? (props.error.problem.errors ?? []) : [];
  const link = nominationLink(props.nomination);

  return (
    <Modal opened onClose={props.onClose} title={t('refused.title')} size="lg">
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" data-testid="submit-refused">
          <Text size="sm">{message(props.error)}</Text>
          {fields.length > 0 && (
            <List size="sm" mt={4}>
              {fields.map((f) => (
                <List.Item key={`${f.field}-${f.message}`}>{f.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
        {overQuota && !props.canOverride && (
          <Stack gap={4}>
            <Text size="sm">{t('refused.askAgency')}</Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label={t('refused.link')}
                value={link}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1 }}
              />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant="light" leftSection={<IconCopy size={16} />} onClick={copy}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.close')}
          </Button>
          {overQuota && props.canOverride && (
            <Button color="orange" leftSection={<IconArrowUpRight size={16} />} onClick={props.onOverride}>
              {t('override.open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
