import { Badge, List, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { UnitImportResult, UnitImportRow } from '@tongket/domain';
import { useRef, useState } from 'react';
import { useActiveTabInView } from '../../components/activeTabInView.ts';
import { ImportRowErrors } from '../../components/ImportRowErrors.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';

type Action = UnitImportRow['action'];
type Filter = Action | 'all';

/** Rendering thousands of table rows in a dialog is slow and unreadable; the filter reaches the rest. */
const MAX_ROWS_SHOWN = 500;

const ACTION_COLORS: Record<Action, string> = {
  create: 'teal',
  update: 'blue',
  unchanged: 'gray',
  error: 'red',
};

const ACTION_LABELS: Record<Action, MessageKey> = {
  create: 'import.action.create',
  update: 'import.action.update',
  unchanged: 'import.action.unchanged',
  error: 'import.action.error',
};

export function ImportActionBadge({ action }: { action: Action }) {
  const t = useT();
  return (
    <Badge color={ACTION_COLORS[action]} variant="light" miw="max-content">
      {t(ACTION_LABELS[action])}
    </Badge>
  );
}

export function ImportPreview({ result }: { result: UnitImportResult }) {
  const t = useT();
  const [filter, setFilter] = useState<Filter>(result.valid ? 'all' : 'error');
  // A file with errors opens on "Lỗi", the last choice: on a phone it would sit off to the right.
  const filterRef = useRef<HTMLDivElement>(null);
  useActiveTabInView(filterRef, filter);
  const rows = filter === 'all' ? result.rows : result.rows.filter((row) => row.action === filter);
  const shown = rows.slice(0, MAX_ROWS_SHOWN);
  const filterOptions = (['all', 'create', 'update', 'unchanged', 'error'] as const).map((value) => ({
    value,
    label:
      value === 'all'
        ? `${t('common.all')} (${result.rows.length})`
        : `${t(ACTION_LABELS[value])} (${result.summary[value]})`,
  }));

  return (
    <Stack gap="xs">
      <SegmentedControl
        ref={filterRef}
        aria-label={t('import.filter')}
        data={filterOptions}
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        size="xs"
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      <Table.ScrollContainer minWidth={900} maxHeight="50vh">
        <Table striped stickyHeader verticalSpacing={6} styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('import.row')}</Table.Th>
              <Table.Th w={130}>{t('unit.code')}</Table.Th>
              <Table.Th>{t('unit.name')}</Table.Th>
              <Table.Th>{t('import.action')}</Table.Th>
              <Table.Th>{t('import.changes')}</Table.Th>
              <Table.Th>{t('import.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td ff="monospace">{row.code}</Table.Td>
                <Table.Td miw={200}>{row.name}</Table.Td>
                <Table.Td>
                  <ImportActionBadge action={row.action} />
                </Table.Td>
                <Table.Td miw={180}>
                  {row.changes.length > 0 && (
                    <List size="xs" spacing={2}>
                      {row.changes.map((change) => (
                        <List.Item key={change}>{change}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td miw={260}>
                  <ImportRowErrors errors={row.errors} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > shown.length && (
        <Text size="xs" c="dimmed">
          {t('import.showing', { shown: shown.length, total: rows.length })}
        </Text>
      )}
    </Stack>
  );
}
