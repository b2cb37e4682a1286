import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@tongket/domain';
import { useCallback } from 'react';
import { campaignsKey } from './campaigns.ts';
import { api } from './client.ts';

const signaturesKey = (id: string) => ['signatures', id] as const;

/** The signatures accepted on a round's plan; polled while a signing link is waiting for the program. */
export function usePlanSignatures(id: string, polling: boolean) {
  return useQuery({
    queryKey: signaturesKey(id),
    queryFn: ({ signal }) => api('GET /campaigns/:id/signatures', { params: { id }, signal }),
    refetchInterval: polling ? 4000 : false,
  });
}

/** Opens a signing step: the one-time links for the signing program on the signer's computer. */
export function useStartSigning(id: string) {
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /campaigns/:id/signing'>) =>
      api('POST /campaigns/:id/signing', { params: { id }, body }),
  });
}

/** After the release the round is issued: its page and lists reload from the server. */
export function useReloadAfterRelease() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: campaignsKey }), [queryClient]);
}
