import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Campaign,
  CampaignStatus,
  ConsolidatedReport,
  ConsolidatedSources,
  ConsolidationBasis,
  ProgressCounts,
} from '@tongket/domain';
import { assignmentDetailKey, myAssignmentsKey } from './assignments.ts';
import { api, buildUrl } from './client.ts';

const path = (id: string, rest = '') => `/campaigns/${encodeURIComponent(id)}${rest}`;

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
    queryFn: ({ signal }) =>
      api.get<ConsolidatedReport>(path(campaignId, '/consolidated'), undefined, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function fetchConsolidated(campaignId: string) {
  return api.get<ConsolidatedReport>(path(campaignId, '/consolidated'));
}

export function useSaveConsolidated(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; sections: Record<string, string> }) =>
      api.put<ConsolidatedReport>(path(campaignId, '/consolidated'), body),
    onSuccess: (saved) => queryClient.setQueryData(consolidatedKey(campaignId), saved),
  });
}

export type Regenerated = ConsolidatedReport & { added: number };

/** Takes in what the units sent since: untouched sections are rebuilt, edited ones get the new parts appended. */
export function useRegenerateConsolidated(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; basis?: ConsolidationBasis }) =>
      api.post<Regenerated>(path(campaignId, '/consolidated/regenerate'), body),
    onSuccess: ({ added: _added, ...report }) =>
      queryClient.setQueryData<ConsolidatedReport>(consolidatedKey(campaignId), report),
  });
}

export interface SentUp {
  assignmentId: string;
  draftVersion: number;
  sections: number;
  indicators: number;
  /** Sections of this round's outline with no counterpart above: not carried up. */
  unmapped: string[];
}

/** A lower round's consolidation becomes the draft of its unit's report in the higher round. */
export function useSendUp(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SentUp>(path(campaignId, '/consolidated/send-up')),
    onSuccess: (answer) => {
      // The report editor takes its draft once, when it opens: it must not open on a cached copy.
      queryClient.removeQueries({ queryKey: assignmentDetailKey(answer.assignmentId) });
      return queryClient.invalidateQueries({ queryKey: myAssignmentsKey });
    },
  });
}

export type ConsolidatedFile = 'consolidated.docx' | 'consolidated.pdf' | 'indicators.xlsx';

export const consolidatedDocumentUrl = (campaignId: string, file: ConsolidatedFile) =>
  buildUrl(path(campaignId, `/documents/${file}`));

/** A lower round opened by a unit of this round, with its progress. */
export interface ChildCampaign {
  campaignId: string;
  name: string;
  status: CampaignStatus;
  /** The unit that opened it and runs it. */
  unitId: string;
  unitName: string;
  reportDeadline: string | null;
  totals: ProgressCounts;
}

export function useCampaignChildren(
  campaignId: string,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery({
    queryKey: childrenKey(campaignId),
    queryFn: ({ signal }) =>
      api.get<{ items: ChildCampaign[] }>(path(campaignId, '/children'), undefined, signal),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval,
  });
}

export interface OpenChildBody {
  reportDeadline: string;
  unitIds?: string[];
  name?: string;
}

/** Mở đợt cấp dưới: a draft round of the caller's unit for the units below it. */
export function useOpenChildCampaign(parentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenChildBody) => api.post<Campaign>(path(parentId, '/children'), body),
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
      api.get<ConsolidatedSources>(path(campaignId, '/consolidated/sources'), undefined, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
