import { Alert, Anchor, Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { AssignmentStatus, ConsolidatedReport } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCampaignAssignments } from '../../api/campaigns.ts';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge.tsx';
import { useT } from '../../i18n/useT.ts';

const FIRST = 8;

/**
 * The units that owe a report with nothing in the consolidation yet, each with where its report
 * stands (a report sent but not accepted is missing while only accepted ones count) and a link to it.
 */
export function MissingUnits({ campaignId, report }: { campaignId: string; report: ConsolidatedReport }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const missing = report.missing;
  const assignments = useCampaignAssignments(campaignId, missing.length > 0);
  const reportOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of assignments.data?.items ?? []) if (a.kind === 'report') map.set(a.unitId, a.id);
    return map;
  }, [assignments.data]);

  if (missing.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} p="xs" data-testid="missing-units">
        <Text size="sm">{t('consolidated.missingNone')}</Text>
      </Alert>
    );
  }
  const sentNotAccepted = missing.filter((m) => m.status === 'submitted').length;
  const shown = all ? missing : missing.slice(0, FIRST);

  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle />}
      p="xs"
      title={t('consolidated.missingTitle', { count: missing.length })}
      data-testid="missing-units"
    >
      {report.basis === 'accepted' && sentNotAccepted > 0 && (
        <Text size="sm" mb="xs">
          {t('consolidated.missingHintAccepted', { count: sentNotAccepted })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xl" verticalSpacing={6}>
        {shown.map((m) => {
          const id = reportOf.get(m.unitId);
          return (
            <Group key={m.unitId} gap={8} wrap="nowrap" data-testid="missing-unit">
              {id ? (
                <Anchor component={Link} to={`/assignments/${encodeURIComponent(id)}`} size="sm">
                  {m.unitName}
                </Anchor>
              ) : (
                <Text size="sm">{m.unitName}</Text>
              )}
              <AssignmentStatusBadge status={m.status as AssignmentStatus} size="sm" />
            </Group>
          );
        })}
      </SimpleGrid>
      {missing.length > FIRST && (
        <Button size="compact-sm" variant="subtle" mt={4} onClick={() => setAll((a) => !a)}>
          {all ? t('consolidated.showLess') : t('consolidated.showAllMissing', { count: missing.length })}
        </Button>
      )}
    </Alert>
  );
}
