import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** ISO instants with offset. */
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api('GET /audit', { query: { ...filter, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal }),
    getNextPageParam: (last) => last.nextCursor,
  });
}
