import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Attendance,
  Budget,
  Conference,
  ConferenceInput,
  Delegate,
  DelegateInput,
  Distribution,
  RsvpStatus,
  RsvpView,
} from '@tongket/domain';
import { useEffect, useRef, useState } from 'react';
import { api, buildUrl } from './client.ts';
import type { LiveState } from './events.ts';

/**
 * The conference of a round: its details and agenda, the delegates with their invitations, RSVPs
 * and check-in, attendance by group, the budget and the plan's distribution. Everything of one
 * round sits under one query key, so a `conference` event from the server refreshes what changed.
 */

const path = (id: string, rest = '') => `/campaigns/${encodeURIComponent(id)}${rest}`;
const rsvpPath = (token: string, rest = '') => `/rsvp/${encodeURIComponent(token)}${rest}`;

export const conferenceKeys = {
  all: (campaignId: string) => ['conference', campaignId] as const,
  details: (campaignId: string) => ['conference', campaignId, 'details'] as const,
  delegates: (campaignId: string) => ['conference', campaignId, 'delegates'] as const,
  attendance: (campaignId: string) => ['conference', campaignId, 'attendance'] as const,
  budget: (campaignId: string) => ['conference', campaignId, 'budget'] as const,
  distribution: (campaignId: string) => ['conference', campaignId, 'distribution'] as const,
};
export const rsvpKey = (token: string) => ['rsvp', token] as const;

/** A delegate as the organisers read it: with the code their invitation's QR carries (null for a unit officer). */
export type ConferenceDelegate = Delegate & { checkinCode: string | null };

export interface CheckinAnswer {
  delegate: ConferenceDelegate;
  attendance: Attendance;
}

export interface InvitationSendResult {
  invited: number;
  emailed: number;
  /** Each invited delegate's link, shown this once (the server keeps only its hash). */
  links: Array<{ delegateId: string; name: string; path: string }>;
  /** The answer to a retry of a send already made: nothing went out again, and no links. */
  repeated: boolean;
}

export interface DelegateImportResult {
  valid: boolean;
  committed: boolean;
  rows: Array<{
    row: number;
    name: string;
    groupText: string;
    errors: Array<{ column: string; message: string }>;
  }>;
}

export type DelegatePatch = Partial<DelegateInput> & { version: number; rsvpStatus?: RsvpStatus };

export type BudgetLineInput = {
  id?: string;
  item: string;
  source: string;
  planned: number;
  actual: number | null;
  note: string;
};

/* ------------------------------------------------------------------------------------------- */

/** The conference with its agenda, warnings and (for the organisers) the speeches ready to add. */
export function useConference(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.details(campaignId),
    queryFn: ({ signal }) => api.get<Conference>(path(campaignId, '/conference'), undefined, signal),
    enabled: enabled && campaignId !== '',
    staleTime: 0,
  });
}

export function useSaveConference(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConferenceInput) => api.put<Conference>(path(campaignId, '/conference'), body),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.details(campaignId), saved),
  });
}

/** The item on the hall screen (null: none); outside the version, so it never conflicts with an edit. */
export function useSetCurrentItem(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string | null) =>
      api.put<Conference>(path(campaignId, '/conference/current'), { itemId }),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.details(campaignId), saved),
  });
}

export function useDelegates(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.delegates(campaignId),
    queryFn: ({ signal }) =>
      api.get<{ items: ConferenceDelegate[] }>(path(campaignId, '/conference/delegates'), undefined, signal),
    enabled,
    staleTime: 0,
  });
}

export function useAttendance(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.attendance(campaignId),
    queryFn: ({ signal }) =>
      api.get<Attendance>(path(campaignId, '/conference/attendance'), undefined, signal),
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
    queryClient.setQueryData<{ items: ConferenceDelegate[] }>(conferenceKeys.delegates(campaignId), (old) => {
      if (!old) return old;
      const known = old.items.some((d) => d.id === delegate.id);
      return {
        items: known ? old.items.map((d) => (d.id === delegate.id ? delegate : d)) : [...old.items, delegate],
      };
    });
}

export function useCreateDelegate(campaignId: string) {
  const store = useStoreDelegate(campaignId);
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: (body: DelegateInput) =>
      api.post<ConferenceDelegate>(path(campaignId, '/conference/delegates'), body),
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
      api.patch<ConferenceDelegate>(
        path(campaignId, `/conference/delegates/${encodeURIComponent(id)}`),
        patch,
      ),
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
      api.delete<void>(path(campaignId, `/conference/delegates/${encodeURIComponent(id)}`)),
    onSuccess: refresh,
  });
}

/** Excel list: commit=false checks it row by row, commit=true saves every row or none. */
export function useImportDelegates(campaignId: string) {
  const refresh = useRefreshDelegates(campaignId);
  return useMutation({
    mutationFn: ({ file, commit }: { file: File; commit: boolean }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<DelegateImportResult>(path(campaignId, '/conference/delegates/import'), form, {
        commit: String(commit),
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
      api.post<InvitationSendResult>(
        path(campaignId, '/conference/invitations'),
        delegateIds ? { delegateIds } : {},
        undefined,
        { 'Idempotency-Key': idempotencyKey },
      ),
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
        ? api.post<CheckinAnswer>(path(campaignId, '/conference/checkin'), { code: by.code })
        : api.post<CheckinAnswer>(
            path(campaignId, `/conference/delegates/${encodeURIComponent(by.delegateId)}/checkin`),
            {},
          ),
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
      api.delete<void>(path(campaignId, `/conference/delegates/${encodeURIComponent(delegateId)}/checkin`)),
    onSuccess: refresh,
  });
}

export function useBudget(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.budget(campaignId),
    queryFn: ({ signal }) => api.get<Budget>(path(campaignId, '/conference/budget'), undefined, signal),
    enabled,
    staleTime: 0,
  });
}

export function useSaveBudget(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; lines: BudgetLineInput[] }) =>
      api.put<Budget>(path(campaignId, '/conference/budget'), body),
    onSuccess: (saved) => queryClient.setQueryData(conferenceKeys.budget(campaignId), saved),
  });
}

export function useDistribution(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: conferenceKeys.distribution(campaignId),
    queryFn: ({ signal }) => api.get<Distribution>(path(campaignId, '/distribution'), undefined, signal),
    enabled,
    staleTime: 0,
  });
}

/** The caller's unit acknowledges the plan it received (its first opening is recorded with it). */
export function useAcknowledgePlan(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Distribution>(path(campaignId, '/distribution/acknowledge')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conferenceKeys.distribution(campaignId) }),
  });
}

/* ------------------------------------------------------------------------------------------- */

export type ConferenceFile = 'agenda.pdf' | 'agenda.docx' | 'invitation.pdf' | 'invitation.docx';

export const conferenceDocumentUrl = (
  campaignId: string,
  file: ConferenceFile,
  options: { delegateId?: string; inline?: boolean } = {},
) =>
  buildUrl(path(campaignId, `/documents/${file}`), {
    delegateId: options.delegateId,
    inline: options.inline ? '1' : undefined,
  });

export const conferenceCalendarUrl = (campaignId: string) =>
  buildUrl(path(campaignId, '/conference/calendar.ics'));

export const delegatesWorkbookUrl = (campaignId: string, template = false) =>
  buildUrl(path(campaignId, '/conference/delegates.xlsx'), { template: template ? '1' : undefined });

export const budgetWorkbookUrl = (campaignId: string) =>
  buildUrl(path(campaignId, '/conference/budget.xlsx'));

/* ------------------------------------------------------------------------------------------- */

/** A delegate's invitation by the token of their link; no account, the token is the key. */
export function useRsvp(token: string) {
  return useQuery({
    queryKey: rsvpKey(token),
    queryFn: ({ signal }) => api.get<RsvpView>(rsvpPath(token), undefined, signal),
    enabled: token !== '',
  });
}

export function useAnswerRsvp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { response: 'accepted' | 'declined'; note: string }) =>
      api.post<RsvpView>(rsvpPath(token), body),
    onSuccess: (view) => queryClient.setQueryData(rsvpKey(token), view),
  });
}

export const rsvpInvitationUrl = (token: string) => buildUrl(rsvpPath(token, '/invitation.pdf'));
export const rsvpCalendarUrl = (token: string) => buildUrl(rsvpPath(token, '/calendar.ics'));

/* ------------------------------------------------------------------------------------------- */

/** What the server says changed: the pages refetch what they show of it. */
export interface ConferenceEvent {
  type: 'conference.changed';
  campaignId: string;
  change: 'attendance' | 'agenda' | 'current' | 'delegates' | 'budget';
  at: string;
}

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
