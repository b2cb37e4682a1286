import { Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMyAssignments } from '../../api/assignments.ts';
import { useT } from '../../i18n/useT.ts';
import { AssignmentCard } from '../assignments/AssignmentCard.tsx';
import { byUrgency, isSettled } from '../assignments/deadline.ts';

const SHOWN = 4;

/** A unit officer's home starts with what is due: the most urgent things still to hand in. */
export function UrgentAssignments() {
  const t = useT();
  const query = useMyAssignments();
  const now = useMemo(() => new Date(), []);
  const open = useMemo(
    () => byUrgency(query.data?.items ?? [], now).filter((a) => !isSettled(a)),
    [query.data, now],
  );
  if (open.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="urgent-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="urgent-title">
          {t('work.urgent', { count: open.length })}
        </Title>
        <Anchor component={Link} to="/assignments" size="sm">
          <Group gap={4} component="span">
            {t('work.seeAll')}
            <IconArrowRight size={14} />
          </Group>
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {open.slice(0, SHOWN).map((a) => (
          <AssignmentCard key={a.id} assignment={a} now={now} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
