import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AwardType } from '@tongket/domain';
import { api } from './client.ts';

/** The catalogue's key, shared with useAwardTypes (campaigns.ts), which reads it. */
export const awardTypesKey = ['award-types'] as const;

export function useCreateAwardType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; name: string; order?: number }) =>
      api.post<AwardType>('/award-types', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awardTypesKey }),
  });
}

export function useUpdateAwardType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      patch,
    }: {
      id: string;
      patch: { version: number; name?: string; active?: boolean; order?: number };
    }) => api.patch<AwardType>(`/award-types/${encodeURIComponent(id)}`, patch),
    onSuccess: (saved) => {
      // The new version at once, so a second change of the same row is not refused as stale.
      queryClient.setQueryData<{ items: AwardType[] }>(awardTypesKey, (old) =>
        old ? { items: old.items.map((t) => (t.id === saved.id ? saved : t)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: awardTypesKey });
    },
  });
}
