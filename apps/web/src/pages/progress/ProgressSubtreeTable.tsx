import { Progress as Bar, Group, Table, Text } from '@mantine/core';
import type { Progress } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';
import { percent } from './progressStates.ts';

/** Each unit with the units below it, indented by level: the blocks of the province at a glance. */
export function ProgressSubtreeTable({ subtrees }: { subtrees: Progress['subtrees'] }) {
  const t = useT();
  const top = Math.min(...subtrees.map((s) => s.depth));
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table
        striped
        verticalSpacing={6}
        styles={{ th: { whiteSpace: 'nowrap' } }}
        data-testid="progress-subtrees"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('progress.unit')}</Table.Th>
            <Table.Th>{t('progress.expected')}</Table.Th>
            <Table.Th>{t('progress.submitted')}</Table.Th>
            <Table.Th>{t('progress.onTime')}</Table.Th>
            <Table.Th>{t('progress.overdue')}</Table.Th>
            <Table.Th>{t('progress.reportingRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subtrees.map((s) => (
            <Table.Tr key={s.unitId}>
              <Table.Td style={{ paddingLeft: 12 + (s.depth - top) * 18 }} fw={s.depth === top ? 700 : 400}>
                {s.unitName}
              </Table.Td>
              <Table.Td>{s.expected}</Table.Td>
              <Table.Td>{s.submitted}</Table.Td>
              <Table.Td>{s.onTime}</Table.Td>
              <Table.Td c={s.overdue > 0 ? 'red.7' : undefined}>{s.overdue}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Bar value={s.reportingRate * 100} w={70} size="sm" color="blue" aria-hidden />
                  <Text size="sm">{percent(s.reportingRate)}</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
