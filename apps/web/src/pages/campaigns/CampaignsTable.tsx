import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { type CampaignListItem, formatDateVn } from '@tongket/domain';
import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { CampaignStatusBadge } from './CampaignStatusBadge.tsx';
import { isoDateToText } from './plan/planForm.ts';
import { RoundProgress } from './RoundProgress.tsx';

/** Every round the person can see: name, kind, status, progress, number and the dates that matter. */
export function CampaignsTable({ items }: { items: readonly CampaignListItem[] }) {
  const t = useT();
  const labels = useLabels();
  const none = t('common.none');
  const link = (item: CampaignListItem) => (
    <Anchor component={Link} to={`/campaigns/${encodeURIComponent(item.id)}`} fw={500}>
      {item.name}
    </Anchor>
  );
  return (
    <>
      {/* A phone lists cards: six columns would scroll sideways. */}
      <Stack gap="xs" hiddenFrom="sm">
        {items.map((item) => (
          <Paper key={item.id} withBorder p="sm" radius="sm">
            {link(item)}
            <Group gap="xs" mt={4}>
              <Badge variant="outline" miw="max-content">
                {labels.campaignKind(item.kind)}
              </Badge>
              <CampaignStatusBadge status={item.status} />
              {item.reference && <Text size="sm">{item.reference}</Text>}
            </Group>
            {item.progress && item.progress.expected > 0 && (
              <Stack mt={6} gap={0}>
                <RoundProgress progress={item.progress} />
              </Stack>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {item.issuingUnitName}
              {item.docDate && ` · ${t('campaigns.docDate')}: ${isoDateToText(item.docDate)}`}
              {item.reportDeadline &&
                ` · ${t('campaigns.reportDeadline')}: ${formatDateVn(item.reportDeadline)}`}
            </Text>
          </Paper>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={1000} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.name')}</Table.Th>
              <Table.Th>{t('campaigns.kind')}</Table.Th>
              <Table.Th>{t('campaigns.status')}</Table.Th>
              <Table.Th>{t('campaigns.progress')}</Table.Th>
              <Table.Th>{t('campaigns.reference')}</Table.Th>
              <Table.Th>{t('campaigns.docDate')}</Table.Th>
              <Table.Th>{t('campaigns.reportDeadline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  {link(item)}
                  <Text size="xs" c="dimmed">
                    {item.issuingUnitName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{labels.campaignKind(item.kind)}</Table.Td>
                <Table.Td>
                  <CampaignStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  {item.progress && item.progress.expected > 0 ? (
                    <RoundProgress progress={item.progress} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {none}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.reference || none}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {item.docDate ? isoDateToText(item.docDate) : none}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {item.reportDeadline ? formatDateVn(item.reportDeadline) : none}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
