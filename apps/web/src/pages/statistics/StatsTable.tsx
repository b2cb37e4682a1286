import { Table, Text } from '@mantine/core';
import { useT } from '../../i18n/useT.ts';

export interface StatsRow {
  key: string;
  label: string;
  collective: number;
  individual: number;
  exemplar: number;
  total: number;
}

/** A breakdown (by year, award or unit): tập thể, cá nhân, điển hình and the total, with a sum line. */
export function StatsTable({
  title,
  rows,
  caption,
}: {
  title: string;
  rows: readonly StatsRow[];
  caption?: string;
}) {
  const t = useT();
  const sum = rows.reduce(
    (acc, r) => ({
      collective: acc.collective + r.collective,
      individual: acc.individual + r.individual,
      exemplar: acc.exemplar + r.exemplar,
      total: acc.total + r.total,
    }),
    { collective: 0, individual: 0, exemplar: 0, total: 0 },
  );
  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table striped verticalSpacing={6} horizontalSpacing="xs" aria-label={caption ?? title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{title}</Table.Th>
            <Table.Th {...num}>{t('stats.collective')}</Table.Th>
            <Table.Th {...num}>{t('stats.individual')}</Table.Th>
            <Table.Th {...num}>{t('stats.exemplar')}</Table.Th>
            <Table.Th {...num}>{t('stats.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td {...num}>{r.collective}</Table.Td>
              <Table.Td {...num}>{r.individual}</Table.Td>
              <Table.Td {...num}>{r.exemplar}</Table.Td>
              <Table.Td {...num} fw={600}>
                {r.total}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>
                <Text size="sm" fw={700}>
                  {t('stats.sum')}
                </Text>
              </Table.Th>
              <Table.Th {...num}>{sum.collective}</Table.Th>
              <Table.Th {...num}>{sum.individual}</Table.Th>
              <Table.Th {...num}>{sum.exemplar}</Table.Th>
              <Table.Th {...num}>{sum.total}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
