import { Alert, Button, CopyButton, Group, Modal, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconCopy, IconSend } from '@tabler/icons-react';
import type { InvitationSendResult } from '@tongket/domain';
import { useState } from 'react';
import { useSendInvitations } from '../../api/conference.ts';
import { newIdempotencyKey } from '../../components/idempotencyKey.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { rsvpLink } from './conferencePaths.ts';

export interface SendInvitationsModalProps {
  campaignId: string;
  /** Delegates never invited. */
  notInvited: number;
  /** Delegates ticked in the list. */
  selectedIds: readonly string[];
  onClose: () => void;
  onSent: () => void;
}

/**
 * Gửi giấy mời: to everyone not invited yet, or to those ticked (invited again, they get a new
 * link and the old one stops working). Each link is shown once, for handing over by phone or chat.
 */
export function SendInvitationsModal(props: SendInvitationsModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const send = useSendInvitations(props.campaignId);
  const [who, setWho] = useState<'new' | 'selected'>(props.selectedIds.length > 0 ? 'selected' : 'new');
  const [key] = useState(newIdempotencyKey);
  const [result, setResult] = useState<InvitationSendResult | null>(null);
  const count = who === 'new' ? props.notInvited : props.selectedIds.length;

  const submit = () =>
    send.mutate(
      { delegateIds: who === 'selected' ? [...props.selectedIds] : undefined, idempotencyKey: key },
      {
        onSuccess: (answer) => {
          setResult(answer);
          props.onSent();
        },
      },
    );

  return (
    <Modal opened onClose={props.onClose} title={t('invitations.title')} size="xl" fullScreen={phone}>
      {result ? (
        <Stack data-testid="invitation-result">
          <Alert color="teal" icon={<IconCircleCheck />}>
            {t(result.repeated ? 'invitations.repeated' : 'invitations.sent', {
              invited: result.invited,
              emailed: result.emailed,
            })}
          </Alert>
          {result.links.length > 0 && (
            <>
              <Text size="sm">{t('invitations.linksHint')}</Text>
              <Table.ScrollContainer minWidth={560} maxHeight="50vh">
                <Table verticalSpacing={4} striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('delegates.name')}</Table.Th>
                      <Table.Th>{t('invitations.link')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.links.map((l) => {
                      const link = rsvpLink(l.path);
                      return (
                        <Table.Tr key={l.delegateId} data-testid="invitation-link">
                          <Table.Td miw={160}>{l.name}</Table.Td>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <TextInput
                                value={link}
                                readOnly
                                aria-label={t('invitations.linkOf', { name: l.name })}
                                onFocus={(e) => e.currentTarget.select()}
                                style={{ flex: 1 }}
                                size="xs"
                              />
                              <CopyButton value={link}>
                                {({ copied, copy }) => (
                                  <Button
                                    size="compact-sm"
                                    variant="light"
                                    leftSection={<IconCopy size={14} />}
                                    onClick={copy}
                                  >
                                    {copied ? t('common.copied') : t('common.copy')}
                                  </Button>
                                )}
                              </CopyButton>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
          <Group justify="flex-end">
            <Button onClick={props.onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Radio.Group
            value={who}
            onChange={(v) => setWho(v as 'new' | 'selected')}
            label={t('invitations.who')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="new" label={t('invitations.toNew', { count: props.notInvited })} />
              <Radio
                value="selected"
                label={t('invitations.toSelected', { count: props.selectedIds.length })}
                disabled={props.selectedIds.length === 0}
              />
            </Stack>
          </Radio.Group>
          {who === 'selected' && (
            <Text size="sm" c="orange.9">
              {t('invitations.againHint')}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('invitations.hint')}
          </Text>
          <ProblemAlert error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={send.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              onClick={submit}
              loading={send.isPending}
              disabled={count === 0}
            >
              {t('invitations.send', { count })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
