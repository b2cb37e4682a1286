import { Anchor, Checkbox, Group, Stack, Table } from '@mantine/core';
import type { Nomination } from '@tongket/domain';
import { NominationStatusBadge } from '../../../components/NominationStatusBadge.tsx';
import { useT } from '../../../i18n/useT.ts';
import { DuplicateBadge } from './DuplicateBadge.tsx';
import { NominationActions } from './NominationActions.tsx';
import type { NominationRowProps } from './NominationCard.tsx';
import { NomineeLine } from './NomineeLine.tsx';

type Row = Omit<NominationRowProps, 'all' | 'onOpen' | 'onAction'>;

export interface NominationsTableProps {
  /** Every nomination that matches the filters: the header checkbox counts them all. */
  rows: ReadonlyArray<Row>;
  /** Those drawn (the first of `rows`, a page at a time). */
  drawn: ReadonlyArray<Row>;
  all: ReadonlyMap<string, Nomination>;
  /** A header checkbox picks every selectable row. */
  selectable: boolean;
  onSelectAll: (selected: boolean) => void;
  onOpen: NominationRowProps['onOpen'];
  onAction: NominationRowProps['onAction'];
}

/** The nominations on a wide screen: one line each, the next step at the end. */
export function NominationsTable(props: NominationsTableProps) {
  const t = useT();
  const pickable = props.rows.filter((r) => r.selectable);
  const picked = pickable.filter((r) => r.selected).length;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            {props.selectable && (
              <Table.Th w={36}>
                <Checkbox
                  checked={pickable.length > 0 && picked === pickable.length}
                  indeterminate={picked > 0 && picked < pickable.length}
                  disabled={pickable.length === 0}
                  onChange={(e) => props.onSelectAll(e.currentTarget.checked)}
                  aria-label={t('nominations.selectAll')}
                />
              </Table.Th>
            )}
            <Table.Th>{t('nominations.nominee')}</Table.Th>
            <Table.Th>{t('nominations.unit')}</Table.Th>
            <Table.Th>{t('nominations.status')}</Table.Th>
            <Table.Th>{t('nominations.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.drawn.map((row) => {
            const n = row.nomination;
            return (
              <Table.Tr key={n.id} data-testid="nomination-row">
                {props.selectable && (
                  <Table.Td>
                    {row.selectable && (
                      <Checkbox
                        checked={row.selected}
                        onChange={(e) => row.onSelect(e.currentTarget.checked)}
                        aria-label={t('nominations.select', { name: n.name })}
                      />
                    )}
                  </Table.Td>
                )}
                <Table.Td miw={260}>
                  <Stack gap={2}>
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      size="sm"
                      ta="left"
                      onClick={() => props.onOpen(n.id)}
                    >
                      {n.name}
                    </Anchor>
                    <NomineeLine nomination={n} />
                    {n.duplicateOf.length > 0 && (
                      <Group gap={4}>
                        <DuplicateBadge nomination={n} all={props.all} onOpen={props.onOpen} />
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td miw={160}>{n.unitName}</Table.Td>
                <Table.Td>
                  <NominationStatusBadge status={n.status} quotaRefusedAt={n.quotaRefusedAt} />
                </Table.Td>
                <Table.Td miw={180}>
                  <NominationActions
                    nomination={n}
                    actions={row.actions}
                    pending={row.pending}
                    onAction={props.onAction}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
