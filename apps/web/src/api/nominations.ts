import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Nomination, NominationInput, QuotaStatus } from '@tongket/domain';
import { api, buildUrl } from './client.ts';

export const nominationsKey = ['nominations'] as const;
const listKey = (campaignId: string) => [...nominationsKey, 'list', campaignId] as const;
const oneKey = (id: string) => [...nominationsKey, 'one', id] as const;
export const quotasKey = (campaignId: string) => ['quotas', campaignId] as const;
const campaignPath = (id: string, rest = '') => `/campaigns/${encodeURIComponent(id)}${rest}`;
const path = (id: string, rest = '') => `/nominations/${encodeURIComponent(id)}${rest}`;

/** Section VI of the round with the slots used, per unit. */
export function useQuotas(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: quotasKey(campaignId),
    queryFn: ({ signal }) =>
      api.get<{ items: QuotaStatus[] }>(campaignPath(campaignId, '/quotas'), undefined, signal),
    enabled,
    staleTime: 0,
  });
}

/** The round's nominations the caller may read (a unit officer: its own subtree's). */
export function useNominations(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: listKey(campaignId),
    queryFn: ({ signal }) =>
      api.get<{ items: Nomination[] }>(campaignPath(campaignId, '/nominations'), undefined, signal),
    enabled,
    staleTime: 0,
  });
}

/** One nomination by its id: a unit's draft the standing agency opens from a link the unit sent. */
export function useNomination(id: string | null) {
  return useQuery({
    queryKey: oneKey(id ?? ''),
    queryFn: ({ signal }) => api.get<Nomination>(path(id ?? ''), undefined, signal),
    enabled: id !== null,
  });
}

/**
 * A changed nomination goes into the cached list at once (its new version and status, so a second
 * click does not race the refetch with a stale version); quotas and decisions refresh.
 */
function useStoreNomination(campaignId: string) {
  const queryClient = useQueryClient();
  return (saved: Nomination | null, removedId?: string) => {
    queryClient.setQueryData<{ items: Nomination[] }>(listKey(campaignId), (old) => {
      if (!old) return old;
      if (removedId) return { items: old.items.filter((n) => n.id !== removedId) };
      if (!saved) return old;
      const known = old.items.some((n) => n.id === saved.id);
      return {
        items: known ? old.items.map((n) => (n.id === saved.id ? saved : n)) : [...old.items, saved],
      };
    });
    if (saved) queryClient.setQueryData(oneKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: quotasKey(campaignId) });
    void queryClient.invalidateQueries({ queryKey: ['award-rounds'] });
    return queryClient.invalidateQueries({ queryKey: listKey(campaignId) });
  };
}

export function useCreateNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: (body: NominationInput) =>
      api.post<Nomination>(campaignPath(campaignId, '/nominations'), body),
    onSuccess: (saved) => store(saved),
  });
}

export type NominationPatch = Partial<NominationInput> & { version: number };

export function useUpdateNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: NominationPatch }) =>
      api.patch<Nomination>(path(id), patch),
    onSuccess: (saved) => store(saved),
  });
}

export function useDeleteNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(path(id)),
    onSuccess: (_answer, id) => store(null, id),
  });
}

/** Gửi: takes a quota slot; the standing agency may send over quota with a written reason. */
export function useSubmitNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, overrideReason }: { id: string; version: number; overrideReason?: string }) =>
      api.post<Nomination>(path(id, '/submit'), { version, ...(overrideReason ? { overrideReason } : {}) }),
    onSuccess: (saved) => store(saved),
    // A refusal for quota marks the draft as waiting for the standing agency: reload it.
    onError: (_error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: oneKey(id) });
      return queryClient.invalidateQueries({ queryKey: listKey(campaignId) });
    },
  });
}

export type ReviewStep =
  | { step: 'forward'; version: number }
  | { step: 'approve'; version: number; proposeHigher?: boolean; higherAwardTypeId?: string | null }
  | { step: 'reject'; version: number; reason: string };

/** Chuyển thẩm định (standing agency), đồng ý or không đồng ý (the board). */
export function useReviewNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: ({ id, review }: { id: string; review: ReviewStep }) => {
      const { step, ...body } = review;
      return api.post<Nomination>(path(id, `/${step}`), body);
    },
    onSuccess: (saved) => store(saved),
  });
}

export interface NominationFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** Báo cáo thành tích, one file at a time. */
export function useUploadNominationFile(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<NominationFile>(path(id, '/files'), form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

/** Gỡ tệp: takes a file off a nomination not yet under review. */
export function useRemoveNominationFile(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => api.delete<void>(`/nomination-files/${encodeURIComponent(fileId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

export const nominationFileUrl = (fileId: string) =>
  buildUrl(`/nomination-files/${encodeURIComponent(fileId)}`);

/** The Excel list to fill in for an award, with the columns the import reads. */
export const nominationTemplateUrl = (campaignId: string, awardGroupId: string | null) =>
  buildUrl(
    `/campaigns/${encodeURIComponent(campaignId)}/nominations/template.xlsx${awardGroupId ? `?awardGroupId=${encodeURIComponent(awardGroupId)}` : ''}`,
  );

export interface NominationImportResult {
  valid: boolean;
  committed: boolean;
  rows: Array<{
    row: number;
    name: string;
    nomineeKind: string | null;
    errors: Array<{ column: string; message: string }>;
  }>;
}

/** A unit's list from Excel: commit=false checks it, commit=true saves every row as a draft, or none. */
export function useImportNominations(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, awardGroupId, commit }: { file: File; awardGroupId: string; commit: boolean }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<NominationImportResult>(campaignPath(campaignId, '/nominations/import'), form, {
        awardGroupId,
        commit: String(commit),
      });
    },
    onSuccess: (result) => {
      if (result.committed) return queryClient.invalidateQueries({ queryKey: listKey(campaignId) });
    },
  });
}
