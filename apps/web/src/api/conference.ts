import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConferenceDelegate,
  ConferenceEvent,
  ConferenceInput,
  DelegateInput,
  DelegatePatch,
  EndpointAnswer,
  EndpointBody,
} from '@tongket/domain';
import { useEffect, useRef, useState } from 'react';
import { api, buildUrl, fileUrl, type Sending } from './client.ts';
import type { LiveState } from './events.ts';
import { queryClient } from './queryClient.ts';

/**
 * The conference of a round: its details and agenda, the delegates with their invitations, RSVPs
 * and check-in, attendance by group, the budget and the plan's distribution. Everything of one
 * round sits under one query key, so a `conference` event from the server refreshes what changed.
 */

export const conferenceKeys = {
  all: (campaignId: string) => ['conference', campaignId] as const,
  details: (campaignId: string) => ['conference', campaignId, 'details'] as const,
  delegates: (campaignId: string) => ['conference', campaignId, 'delegates'] as const,
  attendance: (campaignId: string) => ['conference', campaignId, 'attendance'] as const,
  budget: (campaignId: string) => ['conference', campaignId, 'budget'] as const,
  distribution: (campaignId: string) => ['conference', campaignId, 'distribution'] as const,
};
export const rsvpKey = (token: string) => ['rsvp', token] as const;

/* ------------------------------------------------------------------------------------------- */

/** The conference with its agenda, warnings and (for the organisers) the speeches ready to add. */
export function useConference(campaignId: string, enabled = true) {
  return useQuery({ ...conferenceQuery(campaignId), enabled: enabled && campaignId !== '' });
}

function conferenceQuery(campaignId: string) {
  return queryOptions({
    queryKey: conferenceKeys.details(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/conference', { params: { id: campaignId }, signal }),
    // The round's events refresh it on every change; a copy a few seconds old (fetched as the page
    // started, or by the tab a moment before its agenda mounted) is not fetched a second time.
    staleTime: 5_000,
  });
}

/** Starts fetching the conference as the round's page starts, alongside the round itself. */
export function prefetchConference(campaignId: string): void {
  void queryClient.prefetchQuery(conferenceQuery(campaignId));
}

export function useSaveConference(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConferenceInput) =>
      api('PUT /campaigns/:id/conference', { params: { id: campaignId }, body }),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.details(campaignId), saved),
  });
}

/** The item on the hall screen (null: none); outside the version, so it never conflicts with an edit. */
export function useSetCurrentItem(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string | null) =>
      api('PUT /campaigns/:id/conference/current', { params: { id: campaignId }, body: { itemId } }),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.details(campaignId), saved),
  });
}

export function useDelegates(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.delegates(campaignId),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/conference/delegates', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

export function useAttendance(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.attendance(campaignId),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/conference/attendance', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

/** A change to the list touches the counts and, for a first delegate, creates the conference. */
function useRefreshDelegates(campaignId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: conferenceKeys.all(campaignId) });
}

/** A delegate's new state goes into the cached list at once, so a second click carries the new version. */
function useStoreDelegate(campaignId: string) {
  const queryClient = useQueryClient();
  return (delegate: ConferenceDelegate) =>
    queryClient.setQueryData<EndpointAnswer<'GET /campaigns/:id/conference/delegates'>>(
      conferenceKeys.delegates(campaignId),
      (old) => {
        if (!old) return old;
        const known = old.items.some((d) => d.id === delegate.id);
        return {
          items: known
            ? old.items.map((d) => (d.id === delegate.id ? delegate : d))
            : [...old.items, delegate],
        };
      },
    );
}

export function useCreateDelegate(campaignId: string) {
  const store = useStoreDelegate(campaignId);
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: (body: DelegateInput) =>
      api('POST /campaigns/:id/conference/delegates', { params: { id: campaignId }, body }),
    onSuccess: (saved) => {
      store(saved);
      return refresh();
    },
  });
}

export function useUpdateDelegate(campaignId: string) {
  const store = useStoreDelegate(campaignId);
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: DelegatePatch }) =>
      api('PATCH /campaigns/:id/conference/delegates/:delegateId', {
        params: { id: campaignId, delegateId: id },
        body: patch,
      }),
    onSuccess: (saved) => {
      store(saved);
      return refresh();
    },
  });
}

export function useDeleteDelegate(campaignId: string) {
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: (id: string) =>
      api('DELETE /campaigns/:id/conference/delegates/:delegateId', {
        params: { id: campaignId, delegateId: id },
      }),
    onSuccess: refresh,
  });
}

/** Excel list: commit=false checks it row by row, commit=true saves every row or none. */
export function useImportDelegates(campaignId: string) {
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: ({ file, commit, onUploadProgress }: { file: File; commit: boolean } & Sending) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /campaigns/:id/conference/delegates/import', {
        params: { id: campaignId },
        form,
        query: { commit: commit ? 'true' : 'false' },
        onUploadProgress,
      });
    },
    onSuccess: (result) => {
      if (result.committed) return refresh();
    },
  });
}

/** Sends invitations: to the listed delegates, or to everyone not invited yet when none are listed. */
export function useSendInvitations(campaignId: string) {
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: ({ delegateIds, idempotencyKey }: { delegateIds?: string[]; idempotencyKey: string }) =>
      api('POST /campaigns/:id/conference/invitations', {
        params: { id: campaignId },
        body: delegateIds ? { delegateIds } : {},
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: refresh,
  });
}

/** Check-in at the door, by the invitation's code or by a delegate found by name. */
export function useCheckIn(campaignId: string) {
  const queryClient = useQueryClient();
  const store = useStoreDelegate(campaignId);
  return useMutation({
    mutationFn: (by: { code: string } | { delegateId: string }) =>
      'code' in by
        ? api('POST /campaigns/:id/conference/checkin', {
            params: { id: campaignId },
            body: { code: by.code },
          })
        : api('POST /campaigns/:id/conference/delegates/:delegateId/checkin', {
            params: { id: campaignId, delegateId: by.delegateId },
          }),
    onSuccess: (answer) => {
      store(answer.delegate);
      queryClient.setQueryData(conferenceKeys.attendance(campaignId), answer.attendance);
    },
  });
}

export function useUndoCheckIn(campaignId: string) {
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: (delegateId: string) =>
      api('DELETE /campaigns/:id/conference/delegates/:delegateId/checkin', {
        params: { id: campaignId, delegateId },
      }),
    onSuccess: refresh,
  });
}

export function useBudget(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.budget(campaignId),
    queryFn: ({ signal }) =>
      api('GET /campaigns/:id/conference/budget', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

export function useSaveBudget(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'PUT /campaigns/:id/conference/budget'>) =>
      api('PUT /campaigns/:id/conference/budget', { params: { id: campaignId }, body }),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.budget(campaignId), saved),
  });
}

export function useDistribution(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.distribution(campaignId),
    queryFn: ({ signal }) => api('GET /campaigns/:id/distribution', { params: { id: campaignId }, signal }),
    enabled,
    staleTime: 0,
  });
}

/** The caller's unit acknowledges the plan it received (its first opening is recorded with it). */
export function useAcknowledgePlan(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST /campaigns/:id/distribution/acknowledge', { params: { id: campaignId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conferenceKeys.distribution(campaignId) }),
  });
}

/* ------------------------------------------------------------------------------------------- */

export type ConferenceFile = 'agenda.pdf' | 'agenda.docx' | 'invitation.pdf' | 'invitation.docx';

export const conferenceDocumentUrl = (
  campaignId: string,
  file: ConferenceFile,
  options: { delegateId?: string; inline?: boolean; copies?: 'delegates' } = {},
) =>
  fileUrl(`GET /campaigns/:id/documents/${file}`, {
    params: { id: campaignId },
    query: {
      delegateId: options.delegateId,
      inline: options.inline ? '1' : undefined,
      copies: options.copies,
    },
  });

export const conferenceCalendarUrl = (campaignId: string) =>
  fileUrl('GET /campaigns/:id/conference/calendar.ics', { params: { id: campaignId } });

export const delegatesWorkbookUrl = (campaignId: string, template = false) =>
  fileUrl('GET /campaigns/:id/conference/delegates.xlsx', {
    params: { id: campaignId },
    query: { template: template ? '1' : undefined },
  });

export const budgetWorkbookUrl = (campaignId: string) =>
  fileUrl('GET /campaigns/:id/conference/budget.xlsx', { params: { id: campaignId } });

/* ------------------------------------------------------------------------------------------- */

/** A delegate's invitation by the token of their link; no account, the token is the key. */
export function useRsvp(token: string) {
  return useQuery({
    queryKey: rsvpKey(token),
    queryFn: ({ signal }) => api('GET /rsvp/:token', { params: { token }, signal }),
    enabled: token !== '',
  });
}

export function useAnswerRsvp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /rsvp/:token'>) =>
      api('POST /rsvp/:token', { params: { token }, body }),
    onSuccess: (view) => queryClient.setQueryData(rsvpKey(token), view),
  });
}

export const rsvpInvitationUrl = (token: string) =>
  fileUrl('GET /rsvp/:token/invitation.pdf', { params: { token } });
/** The agency's signed invitation, once released: the same bytes as the organisers'. */
export const rsvpSignedInvitationUrl = (token: string) =>
  fileUrl('GET /rsvp/:token/signed-invitation.pdf', { params: { token } });
export const rsvpCalendarUrl = (token: string) =>
  fileUrl('GET /rsvp/:token/calendar.ics', { params: { token } });

/* ------------------------------------------------------------------------------------------- */

/** When the browser gave up on a stream (the server refused it), try again after this long. */
const RETRY_MS = 15_000;

/**
 * Follows a round's `conference` events and refetches what each one changed: a check-in or an
 * answer the counts and the list, the agenda or the running item the conference, the list all of
 * it. After a reconnection everything is refetched (events may have been missed meanwhile).
 */
export function useConferenceEvents(campaignId: string | null, onEvent?: (event: ConferenceEvent) => void) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const [attempt, setAttempt] = useState(0);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const openedFor = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` starts a fresh stream after the browser gave up on the last one
  useEffect(() => {
    if (!campaignId || typeof EventSource === 'undefined') return;
    let retry: number | undefined;
    const refresh = (key: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey: key });
    const source = new EventSource(buildUrl('/events', { campaignId }));
    setState('connecting');
    source.onopen = () => {
      setState('live');
      if (openedFor.current === campaignId) refresh(conferenceKeys.all(campaignId));
      openedFor.current = campaignId;
    };
    source.addEventListener('conference', (message) => {
      let event: ConferenceEvent | null = null;
      try {
        event = JSON.parse((message as MessageEvent<string>).data) as ConferenceEvent;
      } catch {
        refresh(conferenceKeys.all(campaignId));
        return;
      }
      if (event.change === 'attendance') {
        refresh(conferenceKeys.attendance(campaignId));
        refresh(conferenceKeys.delegates(campaignId));
      } else if (event.change === 'agenda' || event.change === 'current') {
        refresh(conferenceKeys.details(campaignId));
      } else if (event.change === 'budget') {
        refresh(conferenceKeys.budget(campaignId));
      } else {
        refresh(conferenceKeys.all(campaignId));
      }
      handler.current?.(event);
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setState('offline');
        retry = window.setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      } else {
        setState('connecting');
      }
    };
    return () => {
      window.clearTimeout(retry);
      source.close();
    };
  }, [campaignId, attempt, queryClient]);

  return state;
}
