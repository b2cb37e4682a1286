import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaskKind, UnitKind } from '@tongket/domain';
import { api, fileUrl } from './client.ts';
import { notificationsKey } from './notifications.ts';

export interface ProgressFilters {
  kind?: TaskKind | undefined;
  unitKind?: UnitKind | undefined;
  /** Only the units in this subtree. */
  under?: string | undefined;
}

export const progressKey = (campaignId: string, filters: ProgressFilters = {}) =>
  ['progress', campaignId, filters.kind ?? '', filters.unitKind ?? '', filters.under ?? ''] as const;
const query = (filters: ProgressFilters) => ({
  kind: filters.kind,
  unitKind: filters.unitKind,
  under: filters.under,
});

/** A round's progress; a change of filters keeps the last answer on screen until the next arrives. */
export function useProgress(campaignId: string, filters: ProgressFilters = {}) {
  return useQuery({
    queryKey: progressKey(campaignId, filters),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/progress', { params: { id: campaignId }, query: query(filters), signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
    // During a burst of submissions the server shares an answer up to a second old and says so:
    // ask again shortly, so that the page does not stop on figures behind the last change.
    refetchInterval: (query) => (query.state.data?.behind ? BEHIND_REFETCH_MS : false),
  });
}

/** How soon an answer that is behind (see `Progress.behind`) is asked for again. */
const BEHIND_REFETCH_MS = 1_200;

export const progressWorkbookUrl = (campaignId: string, filters: ProgressFilters) =>
  fileUrl('GET /campaigns/:id/progress.xlsx', { params: { id: campaignId }, query: query(filters) });

/** Đôn đốc: one message to every overdue unit; the same key (a retry of the same click) sends nothing more. */
export function useRemindLateUnits(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (idempotencyKey: string) =>
      api('POST /campaigns/:id/remind', {
        params: { id: campaignId },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
