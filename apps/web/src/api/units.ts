import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitCreate, UnitDetail, UnitPatch } from '@tongket/domain';
import { api, fileUrl, type Sending } from './client.ts';

export const unitsKey = ['units'] as const;

/** The whole tree, flat in tree order with depth. */
export function useUnitTree() {
  return useQuery({
    queryKey: [...unitsKey, 'tree'],
    queryFn: ({ signal }) => api('GET /units', { signal }),
  });
}

/** Matches plus their ancestors, in tree order; disabled for an empty query. */
export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: [...unitsKey, 'search', q],
    queryFn: ({ signal }) => api('GET /units', { query: { q }, signal }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useUnitDetail(id: string | null) {
  return useQuery({
    queryKey: [...unitsKey, 'detail', id],
    queryFn: ({ signal }) => api('GET /units/:id', { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitCreate) => api('POST /units', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UnitPatch }) =>
      api('PATCH /units/:id', { params: { id }, body: patch }),
    onSuccess: (saved) => {
      // The new version is known at once; the refetch then brings the path and tree order.
      queryClient.setQueryData<UnitDetail>([...unitsKey, 'detail', saved.id], (old) =>
        old ? { ...old, ...saved } : old,
      );
      return queryClient.invalidateQueries({ queryKey: unitsKey });
    },
  });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, commit, onUploadProgress }: { file: File; commit: boolean } & Sending) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /units/import', {
        form,
        query: { commit: commit ? 'true' : 'false' },
        onUploadProgress,
      });
    },
    onSuccess: (result) => {
      if (result.committed) return queryClient.invalidateQueries({ queryKey: unitsKey });
    },
  });
}

export const unitsExportUrl = fileUrl('GET /units/export.xlsx');
