import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useAuditLog } from '../../api/audit.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { EMPTY_AUDIT_FILTER, toAuditQuery } from './auditFilter.ts';
import { useAuditNames } from './auditNames.ts';

export default function AuditPage() {
  const t = useT();
  const [values, setValues] = useState(EMPTY_AUDIT_FILTER);
  // Typing in a text box waits a moment; choosing an action or date applies at once, which is fine.
  const [debounced] = useDebouncedValue(values, 300);
  const query = useMemo(() => toAuditQuery(debounced), [debounced]);
  const log = useAuditLog(query);
  const nameOf = useAuditNames();
  const entries = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('audit.title')}
        </Title>
        {log.isFetching && !log.isFetchingNextPage && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <AuditFilters values={values} onChange={setValues} />

      {log.isError && !log.data ? (
        <ErrorState error={log.error} onRetry={() => log.refetch()} />
      ) : log.isPending ? (
        <PageLoader />
      ) : entries.length === 0 ? (
        <Center mih={120}>
          <Text c="dimmed">{t('audit.empty')}</Text>
        </Center>
      ) : (
        <>
          <AuditTable entries={entries} nameOf={nameOf} />
          {log.isFetchNextPageError && <ProblemAlert error={log.error} />}
          <Group justify="center">
            {log.hasNextPage ? (
              <Button variant="light" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('audit.end')}
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
