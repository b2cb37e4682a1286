import { Anchor, Badge, Table } from '@mantine/core';
import type { UnitDetail } from '@tongket/domain';
import type { ReactNode } from 'react';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';

export interface UnitDetailsProps {
  unit: UnitDetail;
  parentName: string | null;
}

/** The path from the root to the unit; `path` lists the ancestors (the unit itself is added here). */
export function unitPath(unit: UnitDetail): string[] {
  return unit.path.length > unit.depth ? unit.path : [...unit.path, unit.name];
}

export function UnitDetails({ unit, parentName }: UnitDetailsProps) {
  const t = useT();
  const labels = useLabels();
  const none = t('common.none');
  const rows: Array<[MessageKey, ReactNode]> = [
    ['unit.name', unit.name],
    ['unit.shortName', unit.shortName ?? none],
    ['unit.code', unit.code],
    ['unit.agencyCode', unit.agencyCode ?? none],
    ['unit.kind', labels.unitKind(unit.kind)],
    ['unit.parent', parentName ?? t('unit.parentNone')],
    ['unit.path', unitPath(unit).join(' › ')],
    [
      'unit.email',
      unit.email ? (
        <Anchor key="email" href={`mailto:${unit.email}`} inherit>
          {unit.email}
        </Anchor>
      ) : (
        none
      ),
    ],
    ['unit.order', unit.order],
    [
      'unit.status',
      <Badge key="status" color={unit.active ? 'teal' : 'gray'} variant="light" miw="max-content">
        {unit.active ? t('common.active') : t('common.inactive')}
      </Badge>,
    ],
    ['unit.depth', unit.depth],
    ['unit.version', unit.version],
    ['unit.id', unit.id],
  ];

  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{t(label)}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
