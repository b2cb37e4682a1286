import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignCreate, CampaignPatch, EndpointBody } from '@tongket/domain';
import { api, fileUrl } from './client.ts';
import { notificationsKey } from './notifications.ts';

export const campaignsKey = ['campaigns'] as const;
const listKey = [...campaignsKey, 'list'] as const;
const detailKey = (id: string) => [...campaignsKey, 'detail', id] as const;
const assignmentsKey = (id: string) => [...campaignsKey, 'assignments', id] as const;

export function useCampaigns(enabled = true) {
  return useQuery({
    queryKey: listKey,
    queryFn: ({ signal }) => api('GET /campaigns', { signal }),
    enabled,
  });
}

/**
 * One campaign as the editors started from. It is never refetched behind their back (a newer copy
 * would carry a version the edits were not based on): only a save of ours or an explicit reload
 * replaces it, so a stale edit still gets its 409. It is dropped when the page closes, so the next
 * visit starts from the server's copy.
 */
export function useCampaign(id: string, enabled = true) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => {
      const fetchIt = () => api('GET /campaigns/:id', { params: { id }, signal });
      // An early request that failed (no session yet, offline) is made again, now.
      return takeEarlyCampaign(id)?.catch(fetchIt) ?? fetchIt();
    },
    enabled: enabled && id !== '',
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnReconnect: false,
  });
}

/** Rounds asked for as the app started, each taken by the first query of it (see `prefetchCampaign`). */
const earlyCampaigns = new Map<string, Promise<Campaign>>();

function takeEarlyCampaign(id: string): Promise<Campaign> | undefined {
  const early = earlyCampaigns.get(id);
  earlyCampaigns.delete(id);
  return early;
}

/**
 * Asks for a round as the app starts, before its page has rendered. Not through the query cache:
 * the round's query is dropped when its page closes and never refetched behind the editors' back,
 * so the request is handed, once, to the first query of that round as it starts.
 */
export function prefetchCampaign(id: string): void {
  const early = api('GET /campaigns/:id', { params: { id } });
  // Whoever takes it asks again if it failed; one nobody takes is dropped quietly.
  early.catch(() => undefined);
  earlyCampaigns.set(id, early);
}

/** A saved campaign goes into the cache at once (its new version and problems), and lists refresh. */
function useStoreCampaign() {
  const queryClient = useQueryClient();
  return (saved: Campaign) => {
    queryClient.setQueryData(detailKey(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: listKey });
  };
}

export function useCreateCampaign() {
  const store = useStoreCampaign();
  return useMutation({
    mutationFn: (body: CampaignCreate) => api('POST /campaigns', { body }),
    onSuccess: store,
  });
}

export function useUpdateCampaign(id: string) {
  const store = useStoreCampaign();
  return useMutation({
    mutationFn: (body: CampaignPatch) => api('PATCH /campaigns/:id', { params: { id }, body }),
    onSuccess: store,
  });
}

export function useSaveOutline(id: string) {
  const store = useStoreCampaign();
  return useMutation({
    mutationFn: (body: EndpointBody<'PUT /campaigns/:id/outline'>) =>
      api('PUT /campaigns/:id/outline', { params: { id }, body }),
    onSuccess: store,
  });
}

export function useIssueCampaign(id: string) {
  const store = useStoreCampaign();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /campaigns/:id/issue'>) =>
      api('POST /campaigns/:id/issue', { params: { id }, body }),
    onSuccess: async (saved) => {
      await store(saved);
      // Issuing created the assignments, and notices to the units (refreshed without waiting).
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
      return queryClient.invalidateQueries({ queryKey: assignmentsKey(id) });
    },
  });
}

/** Kết thúc đợt: no more reports or reminders; everything stays readable. */
export function useCloseCampaign(id: string) {
  const store = useStoreCampaign();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /campaigns/:id/close'>) =>
      api('POST /campaigns/:id/close', { params: { id }, body }),
    onSuccess: async (saved) => {
      await store(saved);
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      return queryClient.invalidateQueries({ queryKey: ['progress', id] });
    },
  });
}

export function useCloneCampaign(id: string) {
  const store = useStoreCampaign();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /campaigns/:id/clone'>) =>
      api('POST /campaigns/:id/clone', { params: { id }, body }),
    onSuccess: store,
  });
}

export function useCampaignAssignments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assignmentsKey(id),
    queryFn: ({ signal }) => api('GET /campaigns/:id/assignments', { params: { id }, signal }),
    enabled,
  });
}

/** Built-in outlines change only with a release. */
export function useOutlineTemplates(enabled = true) {
  return useQuery({
    queryKey: ['outline-templates'],
    queryFn: ({ signal }) => api('GET /outline-templates', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useAwardTypes() {
  return useQuery({
    queryKey: ['award-types'],
    queryFn: ({ signal }) => api('GET /award-types', { signal }),
    staleTime: 5 * 60_000,
  });
}

export type PlanDocumentFormat = 'docx' | 'pdf';

/** The printed plan; `inline` asks for a PDF the browser shows in a frame instead of saving it. */
export function planDocumentUrl(
  id: string,
  format: PlanDocumentFormat,
  options: { inline?: boolean; version?: number } = {},
) {
  return fileUrl('GET /campaigns/:id/documents/:file', {
    params: { id, file: `plan.${format}` },
    query: {
      inline: options.inline ? '1' : undefined,
      // A new address per saved version, so no cache between the browser and the server shows an old copy.
      v: options.version === undefined ? undefined : String(options.version),
    },
  });
}

/**
 * The plan as the document model its DOCX and PDF are drawn from, to read it in the page. Asked
 * again for each saved version; a receiving unit's reading it records the unit's opening.
 */
export function usePlanDocument(id: string, version: number, enabled = true) {
  return useQuery({
    queryKey: [...campaignsKey, 'plan.document', id, version],
    queryFn: ({ signal }) => api('GET /campaigns/:id/plan.document', { params: { id }, signal }),
    enabled: enabled && id !== '',
    staleTime: 60_000,
  });
}

/** The issued plan as an edXML package (QCVN 102:2016) for the document-management system. */
export function planEdxmlUrl(id: string) {
  return fileUrl('GET /campaigns/:id/plan.edxml', { params: { id } });
}
