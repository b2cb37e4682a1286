import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@tongket/domain';
import { useCallback } from 'react';
import { campaignsKey } from './campaigns.ts';
import { api } from './client.ts';
import { decisionsKey } from './decisions.ts';

/** The documents signed in two steps: a round's plan (by the round's id) and an award decision. */
export type SignedDocumentKind = 'plan' | 'decision';

const signaturesKey = (kind: SignedDocumentKind, id: string) => ['signatures', kind, id] as const;

/** The signatures accepted on a document; polled while a signing link is waiting for the program. */
export function useDocumentSignatures(kind: SignedDocumentKind, id: string, polling: boolean) {
  return useQuery({
    queryKey: signaturesKey(kind, id),
    queryFn: ({ signal }) =>
      kind === 'plan'
        ? api('GET /campaigns/:id/signatures', { params: { id }, signal })
        : api('GET /decisions/:id/signatures', { params: { id }, signal }),
    refetchInterval: polling ? 4000 : false,
  });
}

/** Opens a signing step: the one-time links for the signing program on the signer's computer. */
export function useStartSigning(kind: SignedDocumentKind, id: string) {
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /decisions/:id/signing'>) =>
      kind === 'plan'
        ? api('POST /campaigns/:id/signing', { params: { id }, body })
        : api('POST /decisions/:id/signing', { params: { id }, body }),
  });
}

/** After the release the document is issued: its page and lists reload from the server. */
export function useReloadAfterRelease(kind: SignedDocumentKind) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: kind === 'plan' ? campaignsKey : decisionsKey }),
    [queryClient, kind],
  );
}
