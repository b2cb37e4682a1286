import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointAnswer, EndpointBody } from '@tongket/domain';
import { api } from './client.ts';

/** The catalogue's key, shared with useAwardTypes (campaigns.ts), which reads it. */
export const awardTypesKey = ['award-types'] as const;

export function useCreateAwardType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /award-types'>) => api('POST /award-types', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awardTypesKey }),
  });
}

export function useUpdateAwardType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: EndpointBody<'PATCH /award-types/:id'> }) =>
      api('PATCH /award-types/:id', { params: { id }, body: patch }),
    onSuccess: (saved) => {
      // The new version at once, so a second change of the same row is not refused as stale.
      queryClient.setQueryData<EndpointAnswer<'GET /award-types'>>(awardTypesKey, (old) =>
        old ? { items: old.items.map((t) => (t.id === saved.id ? saved : t)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: awardTypesKey });
    },
  });
}
