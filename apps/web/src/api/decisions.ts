import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Decision, DecisionCreate, DecisionFile, DecisionPatch, EndpointBody } from '@tongket/domain';
import { api, fileUrl } from './client.ts';
import { nominationsKey, quotasKey } from './nominations.ts';

export const decisionsKey = ['decisions'] as const;
const listKey = (campaignId: string) => [...decisionsKey, 'list', campaignId] as const;
const detailKey = (id: string) => [...decisionsKey, 'detail', id] as const;

export function useDecisions(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: listKey(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/decisions', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

/**
 * One decision as its editor opened it: never refetched behind the editor's back (a newer copy
 * would carry a version the edits were not based on); a save of ours or a reload replaces it.
 */
export function useDecision(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api('GET /decisions/:id', { params: { id }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnReconnect: false,
  });
}

function useStoreDecision() {
  const queryClient = useQueryClient();
  return (saved: Decision) => {
    queryClient.setQueryData(detailKey(saved.id), saved);
    // Nominations change with it (put in, taken out, decided).
    void queryClient.invalidateQueries({ queryKey: nominationsKey });
    void queryClient.invalidateQueries({ queryKey: quotasKey(saved.campaignId) });
    void queryClient.invalidateQueries({ queryKey: ['award-statistics'] });
    return queryClient.invalidateQueries({ queryKey: listKey(saved.campaignId) });
  };
}

/** Soạn quyết định from approved nominations. */
export function useCreateDecision(campaignId: string) {
  const store = useStoreDecision();
  return useMutation({
    mutationFn: (body: DecisionCreate) =>
      api('POST /campaigns/:id/decisions', { params: { id: campaignId }, body }),
    onSuccess: store,
  });
}

export function useUpdateDecision(id: string) {
  const store = useStoreDecision();
  return useMutation({
    mutationFn: (patch: DecisionPatch) => api('PATCH /decisions/:id', { params: { id }, body: patch }),
    onSuccess: store,
  });
}

export function useIssueDecision(id: string) {
  const store = useStoreDecision();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /decisions/:id/issue'>) =>
      api('POST /decisions/:id/issue', { params: { id }, body }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      return store(saved);
    },
  });
}

/** A decision's document; `inline` asks for a PDF the browser shows in a frame. */
export const decisionDocumentUrl = (id: string, file: DecisionFile, inline = false) =>
  fileUrl('GET /decisions/:id/documents/:file', {
    params: { id, file },
    query: { inline: inline ? '1' : undefined },
  });
