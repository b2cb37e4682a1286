import { Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTimeVn, type Role, type UnitKind } from '@tongket/domain';
import { useMemo } from 'react';
import { useUnitTree } from '../../api/units.ts';
import { useAuditLabels } from '../../i18n/auditLabels.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { diffRows, formatValue } from './auditDiff.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Values as people read them: unit names for unit ids, labels for kinds and roles, Có/Không, dd/mm/yyyy. */
function useValueText() {
  const t = useT();
  const labels = useLabels();
  const tree = useUnitTree();
  const unitNames = useMemo(() => new Map((tree.data?.items ?? []).map((u) => [u.id, u.name])), [tree.data]);
  return (field: string, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') {
      if (field === 'kind') return labels.unitKind(value as UnitKind);
      if (field === 'role') return labels.role(value as Role);
      if (field === 'parentId' || field === 'unitId') return unitNames.get(value) ?? value;
      if (ISO_INSTANT.test(value)) return formatDateTimeVn(value);
    }
    return formatValue(value);
  };
}

function Value({ text, value }: { text: string; value: unknown }) {
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
  const labels = useAuditLabels();
  const valueText = useValueText();
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
              <Value text={valueText(row.field, row.before)} value={row.before} />
            </Table.Td>
            <Table.Td>
              <Value text={valueText(row.field, row.after)} value={row.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
