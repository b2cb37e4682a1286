import type { ReportContent } from '@tongket/domain';
import { useSyncExternalStore } from 'react';

/*
 * The draft as it is being typed, shared from the editor (which owns it) with the rest of the
 * assignment's page — the "still missing" summary at its top — without lifting the editor's state.
 */

const drafts = new Map<string, ReportContent>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The editor's current copy of an assignment's draft; undefined clears it (the editor closed). */
export function publishDraft(assignmentId: string, content: ReportContent | undefined) {
  if (content === undefined) drafts.delete(assignmentId);
  else drafts.set(assignmentId, content);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The draft being typed for the assignment, while its editor is open. */
export function useLiveDraft(assignmentId: string): ReportContent | undefined {
  return useSyncExternalStore(subscribe, () => drafts.get(assignmentId));
}
