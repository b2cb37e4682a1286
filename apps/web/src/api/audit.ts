import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@tongket/domain';
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

interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>('/audit', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, signal),
    getNextPageParam: (last) => last.nextCursor,
  });
}
