import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  ChildCampaignCreate,
  ConsolidatedReport,
  ContributionsPage,
  EndpointBody,
} from '@tongket/domain';
import { assignmentDetailKey, myAssignmentsKey } from './assignments.ts';
import { api, fileUrl } from './client.ts';

export const consolidatedKey = (campaignId: string) => ['consolidated', campaignId] as const;
export const childrenKey = (campaignId: string) => ['campaigns', 'children', campaignId] as const;

/**
 * A round's consolidated report as the page started from. Like a campaign being edited, it is
 * never refetched behind the editors' back (a newer copy would carry a version the edits were not
 * based on): only a save, a regeneration or an explicit "Cập nhật" replaces it.
 */
export function useConsolidated(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: consolidatedKey(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/consolidated', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Contributions a "Xem thêm" brings. */
export const CONTRIBUTIONS_PAGE = 10;

export interface ContributionsFilter {
  q: string;
  onlyNew: boolean;
}

/**
 * One section's contributions, read a page at a time from the server (a round of 1,000 units would
 * otherwise send every unit's text for every section with the report). Unfiltered, the first page
 * is the one the report came with; a search or "only new" asks the server from the start. Keyed by
 * the report's version: a regeneration or a save starts the list again.
 */
export function useSectionContributions(
  campaignId: string,
  section: Pick<ConsolidatedReport['sections'][number], 'sectionId' | 'contributions' | 'contributionCount'>,
  version: number,
  filter: ContributionsFilter,
) {
  const filtered = filter.q !== '' || filter.onlyNew;
  const queryKey = ['consolidated', campaignId, 'contributions', section.sectionId, version, filter] as const;
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      api('GET /campaigns/:id/consolidated/sections/:sectionId/contributions', {
        params: { id: campaignId, sectionId: section.sectionId },
        query: {
          offset: pageParam,
          limit: CONTRIBUTIONS_PAGE,
          ...(filter.q && { q: filter.q }),
          ...(filter.onlyNew && { onlyNew: '1' as const }),
        },
        signal,
      }),
    getNextPageParam: (last: ContributionsPage) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
    ...(!filtered && {
      initialData: {
        pages: [
          {
            sectionId: section.sectionId,
            total: section.contributionCount,
            offset: 0,
            items: section.contributions,
          },
        ],
        pageParams: [0],
      },
    }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  /** Back to the first page only. */
  const collapse = () =>
    queryClient.setQueryData<InfiniteData<ContributionsPage, number>>(queryKey, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
  const pages = query.data?.pages ?? [];
  return {
    items: pages.flatMap((p) => p.items),
    total: pages[0]?.total ?? (filtered ? 0 : section.contributionCount),
    pending: query.isPending,
    loadingMore: query.isFetchingNextPage,
    failed: query.isError,
    more: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
    collapse,
  };
}

export const indicatorBreakdownKey = (campaignId: string, indicatorId: string, version: number) =>
  ['consolidated', campaignId, 'indicator', indicatorId, version] as const;

/**
 * One indicator's figures by level and unit, asked for only once someone opens it: the report
 * carries each indicator's total alone (a round of 1,000 units would otherwise send every unit's
 * figure of every indicator with it). Keyed by the report's version, like the contributions.
 */
export function useIndicatorBreakdown(campaignId: string, indicatorId: string, version: number) {
  return useQuery({
    queryKey: indicatorBreakdownKey(campaignId, indicatorId, version),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/consolidated/indicators/:indicatorId', {
        params: { id: campaignId, indicatorId },
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

export function fetchConsolidated(campaignId: string) {
  return api('GET /campaigns/:id/consolidated', { params: { id: campaignId } });
}

export function useSaveConsolidated(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'PUT /campaigns/:id/consolidated'>) =>
      api('PUT /campaigns/:id/consolidated', { params: { id: campaignId }, body }),
    onSuccess: (saved) => queryClient.setQueryData(consolidatedKey(campaignId), saved),
  });
}

/** Takes in what the units sent since: untouched sections are rebuilt, edited ones get the new parts appended. */
export function useRegenerateConsolidated(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /campaigns/:id/consolidated/regenerate'>) =>
      api('POST /campaigns/:id/consolidated/regenerate', { params: { id: campaignId }, body }),
    onSuccess: ({ added: _added, ...report }) =>
      queryClient.setQueryData<ConsolidatedReport>(consolidatedKey(campaignId), report),
  });
}

/** A lower round's consolidation becomes the draft of its unit's report in the higher round. */
export function useSendUp(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST /campaigns/:id/consolidated/send-up', { params: { id: campaignId } }),
    onSuccess: (answer) => {
      // The report editor takes its draft once, when it opens: it must not open on a cached copy.
      queryClient.removeQueries({ queryKey: assignmentDetailKey(answer.assignmentId) });
      return queryClient.invalidateQueries({ queryKey: myAssignmentsKey });
    },
  });
}

export type ConsolidatedFile = 'consolidated.docx' | 'consolidated.pdf' | 'indicators.xlsx';

export const consolidatedDocumentUrl = (campaignId: string, file: ConsolidatedFile) =>
  fileUrl(`GET /campaigns/:id/documents/${file}`, { params: { id: campaignId } });

export function useCampaignChildren(
  campaignId: string,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery({
    queryKey: childrenKey(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/children', { params: { id: campaignId }, signal }),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval,
  });
}

/** Mở đợt cấp dưới: a draft round of the caller's unit for the units below it. */
export function useOpenChildCampaign(parentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChildCampaignCreate) =>
      api('POST /campaigns/:id/children', { params: { id: parentId }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: childrenKey(parentId) }),
        queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] }),
      ]),
  });
}

export const consolidatedSourcesKey = (campaignId: string, version: number) =>
  ['consolidated', campaignId, 'sources', version] as const;

/**
 * Where each generated sentence of the consolidated text came from, for the version on the page:
 * asked for only once someone opens the sources, and asked again after a regeneration (a new
 * version), never in between.
 */
export function useConsolidatedSources(campaignId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: consolidatedSourcesKey(campaignId, version),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/consolidated/sources', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
