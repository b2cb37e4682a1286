import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EndpointAnswer,
  EndpointBody,
  Nomination,
  NominationInput,
  NominationPatch,
} from '@tongket/domain';
import { api, fileUrl, type Sending } from './client.ts';

export const nominationsKey = ['nominations'] as const;
const listKey = (campaignId: string) => [...nominationsKey, 'list', campaignId] as const;
const oneKey = (id: string) => [...nominationsKey, 'one', id] as const;
export const quotasKey = (campaignId: string) => ['quotas', campaignId] as const;

/** Section VI of the round with the slots used, per unit. */
export function useQuotas(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: quotasKey(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/quotas', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

/** The round's nominations the caller may read (a unit officer: its own subtree's). */
export function useNominations(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: listKey(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/nominations', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

/** One nomination by its id: a unit's draft the standing agency opens from a link the unit sent. */
export function useNomination(id: string | null) {
  return useQuery({
    queryKey: oneKey(id ?? ''),
    queryFn: ({ signal }) => api('GET /nominations/:id', { params: { id: id ?? '' }, signal }),
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
    queryClient.setQueryData<EndpointAnswer<'GET /campaigns/:id/nominations'>>(listKey(campaignId), (old) => {
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
      api('POST /campaigns/:id/nominations', { params: { id: campaignId }, body }),
    onSuccess: (saved) => store(saved),
  });
}

export function useUpdateNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: NominationPatch }) =>
      api('PATCH /nominations/:id', { params: { id }, body: patch }),
    onSuccess: (saved) => store(saved),
  });
}

export function useDeleteNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: (id: string) => api('DELETE /nominations/:id', { params: { id } }),
    onSuccess: (_answer, id) => store(null, id),
  });
}

/** Gửi: takes a quota slot; the standing agency may send over quota with a written reason. */
export function useSubmitNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, overrideReason }: { id: string; version: number; overrideReason?: string }) =>
      api('POST /nominations/:id/submit', {
        params: { id },
        body: { version, ...(overrideReason ? { overrideReason } : {}) },
      }),
    onSuccess: (saved) => store(saved),
    // A refusal for quota marks the draft as waiting for the standing agency: reload it.
    onError: (_error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: oneKey(id) });
      return queryClient.invalidateQueries({ queryKey: listKey(campaignId) });
    },
  });
}

export type ReviewStep =
  | ({ step: 'forward' } & EndpointBody<'POST /nominations/:id/forward'>)
  | ({ step: 'approve' } & EndpointBody<'POST /nominations/:id/approve'>)
  | ({ step: 'reject' } & EndpointBody<'POST /nominations/:id/reject'>);

/** Chuyển thẩm định (standing agency), đồng ý or không đồng ý (the board). */
export function useReviewNomination(campaignId: string) {
  const store = useStoreNomination(campaignId);
  return useMutation({
    mutationFn: ({ id, review }: { id: string; review: ReviewStep }) => {
      switch (review.step) {
        case 'forward': {
          const { step: _step, ...body } = review;
          return api('POST /nominations/:id/forward', { params: { id }, body });
        }
        case 'approve': {
          const { step: _step, ...body } = review;
          return api('POST /nominations/:id/approve', { params: { id }, body });
        }
        case 'reject': {
          const { step: _step, ...body } = review;
          return api('POST /nominations/:id/reject', { params: { id }, body });
        }
      }
    },
    onSuccess: (saved) => store(saved),
  });
}

/** Báo cáo thành tích, one file at a time. */
export function useUploadNominationFile(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /nominations/:id/files', { params: { id }, form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

/** Gỡ tệp: takes a file off a nomination not yet under review. */
export function useRemoveNominationFile(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => api('DELETE /nomination-files/:id', { params: { id: fileId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(campaignId) }),
  });
}

export const nominationFileUrl = (fileId: string) =>
  fileUrl('GET /nomination-files/:id', { params: { id: fileId } });

/** The Excel list to fill in for an award, with the columns the import reads. */
export const nominationTemplateUrl = (campaignId: string, awardGroupId: string | null) =>
  fileUrl('GET /campaigns/:id/nominations/template.xlsx', {
    params: { id: campaignId },
    query: { awardGroupId: awardGroupId ?? undefined },
  });

/** A unit's list from Excel: commit=false checks it, commit=true saves every row as a draft, or none. */
export function useImportNominations(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      awardGroupId,
      commit,
      onUploadProgress,
    }: { file: File; awardGroupId: string; commit: boolean } & Sending) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /campaigns/:id/nominations/import', {
        params: { id: campaignId },
        form,
        query: { awardGroupId, commit: commit ? 'true' : 'false' },
        onUploadProgress,
      });
    },
    onSuccess: (result) => {
      if (result.committed) return queryClient.invalidateQueries({ queryKey: listKey(campaignId) });
    },
  });
}
