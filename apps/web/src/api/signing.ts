import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@tongket/domain';
import { useCallback } from 'react';
import { assignmentsKey } from './assignments.ts';
import { campaignsKey } from './campaigns.ts';
import { api, fileUrl } from './client.ts';
import { decisionsKey } from './decisions.ts';

/**
 * The documents signed in two steps: a round's plan (by the round's id), an award decision, a
 * conference's invitation and a round's consolidated report (both by their round's id), a unit's
 * report (by its assignment's id).
 */
export type SignedDocumentKind = 'plan' | 'decision' | 'invitation' | 'consolidated' | 'unit_report';

const signaturesKey = (kind: SignedDocumentKind, id: string) => ['signatures', kind, id] as const;

/** The signatures accepted on a document; polled while a signing link is waiting for the program. */
export function useDocumentSignatures(kind: SignedDocumentKind, id: string, polling: boolean) {
  return useQuery({
    queryKey: signaturesKey(kind, id),
    queryFn: ({ signal }) => {
      const params = { id };
      switch (kind) {
        case 'plan':
          return api('GET /campaigns/:id/signatures', { params, signal });
        case 'invitation':
          return api('GET /campaigns/:id/conference/signatures', { params, signal });
        case 'consolidated':
          return api('GET /campaigns/:id/consolidated/signatures', { params, signal });
        case 'unit_report':
          return api('GET /assignments/:id/signatures', { params, signal });
        default:
          return api('GET /decisions/:id/signatures', { params, signal });
      }
    },
    refetchInterval: polling ? 4000 : false,
  });
}

/** The released invitation as an edXML package (the conference's organisers). */
export const invitationEdxmlUrl = (campaignId: string) =>
  fileUrl('GET /campaigns/:id/conference/invitation.edxml', { params: { id: campaignId } });

/** The released award decision as an edXML package. */
export const decisionEdxmlUrl = (decisionId: string) =>
  fileUrl('GET /decisions/:id/decision.edxml', { params: { id: decisionId } });

/** A unit's released report as an edXML package (the unit's officers). */
export const unitReportEdxmlUrl = (assignmentId: string) =>
  fileUrl('GET /assignments/:id/report.edxml', { params: { id: assignmentId } });

/** Opens a signing step: the one-time links for the signing program on the signer's computer. */
export function useStartSigning(kind: SignedDocumentKind, id: string) {
  return useMutation({
    // A unit's report's step also carries what it prints (notation, signer); the others take the rest.
    mutationFn: (body: EndpointBody<'POST /assignments/:id/signing'>) => {
      const params = { id };
      switch (kind) {
        case 'plan':
          return api('POST /campaigns/:id/signing', { params, body });
        case 'invitation':
          return api('POST /campaigns/:id/conference/signing', { params, body });
        case 'consolidated':
          return api('POST /campaigns/:id/consolidated/signing', { params, body });
        case 'unit_report':
          return api('POST /assignments/:id/signing', { params, body });
        default:
          return api('POST /decisions/:id/signing', { params, body });
      }
    },
  });
}

/** What each kind's release changes, to reload. */
const RELOADED: Record<SignedDocumentKind, readonly string[]> = {
  plan: campaignsKey,
  decision: decisionsKey,
  invitation: ['conference'],
  consolidated: ['consolidated'],
  unit_report: assignmentsKey,
};

/** After the release the document is issued: its page and lists reload from the server. */
export function useReloadAfterRelease(kind: SignedDocumentKind) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: RELOADED[kind] }), [queryClient, kind]);
}
