import { ActionIcon, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type AuditEntry, formatDateVn, formatTimeVn } from '@tongket/domain';
import { Fragment, useState } from 'react';
import { useAuditLabels } from '../../i18n/auditLabels.ts';
import { useT } from '../../i18n/useT.ts';
import { AuditDiff } from './AuditDiff.tsx';
import type { AuditNameOf } from './auditNames.ts';

const COLUMNS = 6;

function formatAt(at: string): string {
  return `${formatDateVn(at)} ${formatTimeVn(at)}`;
}

/** The object's name when the page knows it (its id on hover, for the id filter), else its id. */
function EntityName({ name, id }: { name: string | null; id: string }) {
  return name ? (
    <Text size="xs" title={id}>
      {name}
    </Text>
  ) : (
    <Text size="xs" c="dimmed" ff="monospace">
      {id}
    </Text>
  );
}

export function AuditTable({ entries, nameOf }: { entries: readonly AuditEntry[]; nameOf: AuditNameOf }) {
  const t = useT();
  const labels = useAuditLabels();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44} />
            <Table.Th w={150}>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const detailsId = `audit-details-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr bg={expanded ? 'var(--mantine-color-blue-0)' : undefined}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(entry.id)}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatAt(entry.at)}</Table.Td>
                  <Table.Td ff={entry.actorUsername ? 'monospace' : undefined}>
                    {entry.actorUsername ?? t('audit.system')}
                  </Table.Td>
                  <Table.Td>{labels.auditAction(entry.action)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{labels.auditEntity(entry.entityType)}</Text>
                    {entry.entityId && (
                      <EntityName name={nameOf(entry.entityType, entry.entityId)} id={entry.entityId} />
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{entry.ip ?? t('common.none')}</Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-gray-0)">
                      <AuditDiff before={entry.before} after={entry.after} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
