import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { Nomination, NominationStatus } from '@tongket/domain';
import { NOMINATION_STATUS_COLORS } from '../../components/NominationStatusBadge.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { countByStatus } from './nominations/nominationFilter.ts';

const SHOWN: NominationStatus[] = ['draft', 'submitted', 'forwarded', 'approved', 'rejected', 'decided'];

/** How many nominations stand where, one small card per status the round has. */
export function CommendationSummary({ nominations }: { nominations: readonly Nomination[] }) {
  const labels = useLabels();
  const counts = countByStatus(nominations);
  const shown = SHOWN.filter((s) => counts.has(s));
  if (shown.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="xs">
      {shown.map((status) => (
        <Paper key={status} withBorder p="xs" radius="sm" data-testid={`nominations-${status}`}>
          <Group gap={6} wrap="nowrap">
            <Text fw={700} size="xl" c={`${NOMINATION_STATUS_COLORS[status]}.8`}>
              {counts.get(status)}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {labels.nominationStatus(status)}
            </Text>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
