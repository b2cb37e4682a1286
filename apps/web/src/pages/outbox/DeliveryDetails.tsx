import { Table, Text } from '@mantine/core';
import { formatDateTimeVn, type Notice } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';
import { DeliveryBadge } from './DeliveryBadge.tsx';

/** To whom and how a message went, above its body in the outbox. */
export function DeliveryDetails({ notice }: { notice: Notice }) {
  const t = useT();
  const none = t('common.none');
  return (
    <Table variant="vertical" layout="fixed" withTableBorder verticalSpacing={6} fz="sm">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={150}>{t('outbox.createdAt')}</Table.Th>
          <Table.Td>{formatDateTimeVn(notice.createdAt)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('outbox.unit')}</Table.Th>
          <Table.Td>{notice.unitName ?? none}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('outbox.address')}</Table.Th>
          <Table.Td>{notice.toAddress ?? t('outbox.noAddress')}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('outbox.status')}</Table.Th>
          <Table.Td>
            <DeliveryBadge notice={notice} />
          </Table.Td>
        </Table.Tr>
        {notice.sentAt && (
          <Table.Tr>
            <Table.Th>{t('outbox.sentAt')}</Table.Th>
            <Table.Td>{formatDateTimeVn(notice.sentAt)}</Table.Td>
          </Table.Tr>
        )}
        {notice.attempts > 0 && (
          <Table.Tr>
            <Table.Th>{t('outbox.attempts')}</Table.Th>
            <Table.Td>{notice.attempts}</Table.Td>
          </Table.Tr>
        )}
        {notice.lastError && (
          <Table.Tr>
            <Table.Th>{t('outbox.lastError')}</Table.Th>
            <Table.Td>
              <Text size="sm" c="red.8" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                {notice.lastError}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
