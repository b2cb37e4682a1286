import { Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useMyAssignments } from '../../api/assignments.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { AssignmentCard } from './AssignmentCard.tsx';
import { byUrgency } from './deadline.ts';

/** Việc của đơn vị: everything the unit owes in every round, the most urgent first. */
export default function AssignmentsPage() {
  const t = useT();
  const me = useCurrentUser();
  const query = useMyAssignments();
  const now = useMemo(() => new Date(), []);
  const items = useMemo(() => byUrgency(query.data?.items ?? [], now), [query.data, now]);

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('work.title')}
        </Title>
        {query.isFetching && !query.isPending && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <Text c="dimmed" size="sm">
        {t('work.intro', { unit: me.unitName })}
        {items.length > 0 && ` · ${t('work.count', { count: items.length })}`}
      </Text>
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Center mih={160}>
          <Stack gap={4} align="center" ta="center">
            <Text fw={500}>{t('work.empty')}</Text>
            <Text size="sm" c="dimmed" maw={480}>
              {t('work.emptyHint')}
            </Text>
          </Stack>
        </Center>
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, md: 2 }}
          spacing="sm"
          aria-label={t('work.listLabel')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((a) => (
            <li key={a.id}>
              <AssignmentCard assignment={a} now={now} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
