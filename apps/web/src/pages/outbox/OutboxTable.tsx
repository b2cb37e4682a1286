import { Anchor, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { formatDateTimeVn, type Notice } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';
import classes from '../notifications/Notices.module.css';
import { DeliveryBadge } from './DeliveryBadge.tsx';

export interface OutboxTableProps {
  items: readonly Notice[];
  onOpen: (notice: Notice) => void;
}

/** Every message: when, to which unit and address, what, and whether it went out. */
export function OutboxTable({ items, onOpen }: OutboxTableProps) {
  const t = useT();
  const none = t('common.none');
  const address = (notice: Notice) =>
    notice.toAddress ? (
      <Text size="sm" ff="monospace" component="span">
        {notice.toAddress}
      </Text>
    ) : (
      <Text size="sm" c="dimmed" component="span">
        {t('outbox.noAddress')}
      </Text>
    );
  return (
    <>
      {/* A phone lists cards: five columns would scroll sideways. */}
      <Stack gap="xs" hiddenFrom="sm">
        {items.map((notice) => (
          <UnstyledButton
            key={notice.id}
            className={classes.item}
            onClick={() => onOpen(notice)}
            aria-haspopup="dialog"
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {formatDateTimeVn(notice.createdAt)}
              </Text>
              <DeliveryBadge notice={notice} />
            </Group>
            <Text fw={600} size="sm" mt={4}>
              {notice.unitName ?? none}
            </Text>
            {address(notice)}
            <Text size="sm" lineClamp={2} mt={4}>
              {notice.subject}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={900} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('outbox.time')}</Table.Th>
              <Table.Th w="20%">{t('outbox.unit')}</Table.Th>
              <Table.Th w="20%">{t('outbox.address')}</Table.Th>
              <Table.Th>{t('outbox.subject')}</Table.Th>
              <Table.Th w={150}>{t('outbox.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((notice) => (
              <Table.Tr key={notice.id} onClick={() => onOpen(notice)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVn(notice.createdAt)}</Table.Td>
                <Table.Td>{notice.unitName ?? none}</Table.Td>
                <Table.Td>{address(notice)}</Table.Td>
                <Table.Td>
                  {/* The row opens on click; the subject is the keyboard's way in. */}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    lineClamp={2}
                    aria-haspopup="dialog"
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(notice);
                    }}
                  >
                    {notice.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <DeliveryBadge notice={notice} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
