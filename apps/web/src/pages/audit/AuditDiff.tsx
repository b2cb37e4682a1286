import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { diffRows, formatValue } from './auditDiff.ts';

function Value({ value }: { value: unknown }) {
  const text = formatValue(value);
  const block = typeof value === 'object' && value !== null;
  return (
    <Text size="xs" ff={block ? 'monospace' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

/** Before and after side by side; the fields that changed are highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const labels = useLabels();
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noData')}
      </Text>
    );
  }
  const rows = diffRows(before ?? null, after ?? null);
  return (
    <Table withTableBorder withColumnBorders layout="fixed" verticalSpacing={4} fz="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('audit.field')}</Table.Th>
          <Table.Th>{t('audit.before')}</Table.Th>
          <Table.Th>{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={row.field}
            bg={row.changed ? 'var(--mantine-color-yellow-1)' : undefined}
            data-changed={row.changed || undefined}
          >
            <Table.Td fw={row.changed ? 700 : undefined} title={row.field}>
              {labels.auditField(row.field)}
              {row.changed && <VisuallyHidden> ({t('audit.changed')})</VisuallyHidden>}
            </Table.Td>
            <Table.Td>
              <Value value={row.before} />
            </Table.Td>
            <Table.Td>
              <Value value={row.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
