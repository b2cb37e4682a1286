import { ActionIcon, Badge, Box, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconPencil } from '@tabler/icons-react';
import type { AwardType } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';

export interface AwardTypesTableProps {
  items: readonly AwardType[];
  pendingId: string | null;
  onEdit: (type: AwardType) => void;
  onToggle: (type: AwardType) => void;
}

/** The catalogue: code, name, order, whether plans can still choose it; cards on a phone. */
export function AwardTypesTable(props: AwardTypesTableProps) {
  return (
    <>
      <Stack gap="xs" hiddenFrom="sm">
        {props.items.map((type) => (
          <Paper key={type.id} withBorder p="sm" radius="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} c={type.active ? undefined : 'dimmed'}>
                  {type.order}. {type.name}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {type.code}
                </Text>
                <ActiveBadge active={type.active} />
              </div>
              <RowActions type={type} {...props} />
            </Group>
          </Paper>
        ))}
      </Stack>
      <Box visibleFrom="sm">
        <AwardTypesGrid {...props} />
      </Box>
    </>
  );
}

function ActiveBadge({ active }: { active: boolean }) {
  const t = useT();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" miw="max-content">
      {active ? t('awardTypes.inUse') : t('awardTypes.retired')}
    </Badge>
  );
}

function RowActions({ type, pendingId, onEdit, onToggle }: AwardTypesTableProps & { type: AwardType }) {
  const t = useT();
  const toggle = type.active ? t('awardTypes.deactivate') : t('awardTypes.activate');
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={`${t('common.edit')}: ${type.name}`}
          onClick={() => onEdit(type)}
        >
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={toggle}>
        <ActionIcon
          variant="subtle"
          size="lg"
          color={type.active ? 'gray' : 'teal'}
          aria-label={`${toggle}: ${type.name}`}
          loading={pendingId === type.id}
          onClick={() => onToggle(type)}
        >
          {type.active ? <IconEyeOff size={18} /> : <IconEye size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function AwardTypesGrid(props: AwardTypesTableProps) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('awardTypes.order')}</Table.Th>
            <Table.Th>{t('awardTypes.name')}</Table.Th>
            <Table.Th>{t('awardTypes.code')}</Table.Th>
            <Table.Th>{t('awardTypes.status')}</Table.Th>
            <Table.Th>{t('users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((type) => (
            <Table.Tr key={type.id} data-testid="award-type-row">
              <Table.Td>{type.order}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} c={type.active ? undefined : 'dimmed'}>
                  {type.name}
                </Text>
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {type.code}
              </Table.Td>
              <Table.Td>
                <ActiveBadge active={type.active} />
              </Table.Td>
              <Table.Td>
                <RowActions type={type} {...props} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
