import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@tongket/domain';
import { useCallback } from 'react';
import { campaignsKey } from './campaigns.ts';
import { api, fileUrl } from './client.ts';
import { decisionsKey } from './decisions.ts';

/**
 * The documents signed in two steps: a round's plan (by the round's id), an award decision, and a
 * conference's invitation (by its round's id).
 */
export type SignedDocumentKind = 'plan' | 'decision' | 'invitation';

const signaturesKey = (kind: SignedDocumentKind, id: string) => ['signatures', kind, id] as const;

/** The signatures accepted on a document; polled while a signing link is waiting for the program. */
export function useDocumentSignatures(kind: SignedDocumentKind, id: string, polling: boolean) {
  return useQuery({
    queryKey: signaturesKey(kind, id),
    queryFn: ({ signal }) =>
      kind === 'plan'
        ? api('GET /campaigns/:id/signatures', { params: { id }, signal })
        : kind === 'invitation'
          ? api('GET /campaigns/:id/conference/signatures', { params: { id }, signal })
          : api('GET /decisions/:id/signatures', { params: { id }, signal }),
    refetchInterval: polling ? 4000 : false,
  });
}

/** The released invitation as an edXML package (the conference's organisers). */
export const invitationEdxmlUrl = (campaignId: string) =>
  fileUrl('GET /campaigns/:id/conference/invitation.edxml', { params: { id: campaignId } });

/** The released award decision as an edXML package. */
export const decisionEdxmlUrl = (decisionId: string) =>
  fileUrl('GET /decisions/:id/decision.edxml', { params: { id: decisionId } });

/** Opens a signing step: the one-time links for the signing program on the signer's computer. */
export function useStartSigning(kind: SignedDocumentKind, id: string) {
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /decisions/:id/signing'>) =>
      kind === 'plan'
        ? api('POST /campaigns/:id/signing', { params: { id }, body })
        : kind === 'invitation'
          ? api('POST /campaigns/:id/conference/signing', { params: { id }, body })
          : api('POST /decisions/:id/signing', { params: { id }, body }),
  });
}

/** After the release the document is issued: its page and lists reload from the server. */
export function useReloadAfterRelease(kind: SignedDocumentKind) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        queryKey: kind === 'plan' ? campaignsKey : kind === 'invitation' ? ['conference'] : decisionsKey,
      }),
    [queryClient, kind],
  );
}
