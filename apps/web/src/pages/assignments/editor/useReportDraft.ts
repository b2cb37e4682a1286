import { useQueryClient } from '@tanstack/react-query';
import type { AssignmentDetail, Draft, ReportContent } from '@tongket/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  assignmentDetailKey,
  myAssignmentsKey,
  saveDraft,
  useSubmitAssignment,
} from '../../../api/assignments.ts';
import { ApiError, isApiError, problemMember } from '../../../api/client.ts';
import { contentToSend, copyContent } from './reportContent.ts';

/** Typing stops for this long before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;
/** A save that failed on the network is tried again after this long, typing or not. */
const RETRY_DELAY_MS = 10_000;

export type SaveState =
  /** Nothing waits to be saved; `at` is the last save (null: no draft yet). */
  | { kind: 'saved'; at: string | null }
  /** Typed since the last save; the save follows when typing pauses. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The network or the server failed; tried again later. */
  | { kind: 'failed'; error: unknown }
  /** The server refused some fields (they show why); saved again after the next edit. */
  | { kind: 'invalid'; error: unknown }
  /** Someone saved a newer draft: nothing more is saved until the two are merged. */
  | { kind: 'conflict'; current: Draft };

/** Field errors by editor key: "section:<id>", "indicator:<id>", "topic", "duration", "link", "body". */
export type ContentErrors = Record<string, string>;

const FIELD_KEYS: Record<string, string> = {
  sections: 'section',
  indicators: 'indicator',
  durationMinutes: 'duration',
  topic: 'topic',
  link: 'link',
  body: 'body',
};

/** The server's field errors ("content.indicators.<id>", "content.link") under the editor's keys. */
export function contentErrors(error: unknown): ContentErrors {
  const out: ContentErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const item of error.problem.errors ?? []) {
    const [, group = '', id] = item.field.replace(/^\/?(body[./])?/, '').split('.');
    const kind = FIELD_KEYS[group];
    if (!kind) continue;
    const key = id && (kind === 'section' || kind === 'indicator') ? `${kind}:${id}` : kind;
    if (!(key in out)) out[key] = item.message;
  }
  return out;
}

interface Live {
  content: ReportContent;
  /** Counts edits; `savedRevision` is the edit the server has. */
  revision: number;
  savedRevision: number;
  /** The stored draft's version and content the local copy was last in step with. */
  version: number;
  base: ReportContent;
  inFlight: Promise<void> | null;
  timer: number | undefined;
  conflict: boolean;
  submitting: boolean;
}

/**
 * The draft being written: the local copy, its autosave (a pause in typing, then PUT with the
 * version it started from), the merge after a conflict, and the submission. The local copy is
 * the truth while the page is open; the server's answers only move the version forward.
 */
export function useReportDraft(detail: AssignmentDetail) {
  const id = detail.assignment.id;
  const queryClient = useQueryClient();
  const submitMutation = useSubmitAssignment(id);
  const [content, setContent] = useState(() => startingContent(detail));
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: detail.draft.updatedAt });
  const [errors, setErrors] = useState<ContentErrors>({});
  const [revision, setRevision] = useState(0);
  const live = useRef<Live>({
    content,
    revision: 0,
    savedRevision: 0,
    version: detail.draft.version,
    base: detail.draft.content,
    inFlight: null,
    timer: undefined,
    conflict: false,
    submitting: false,
  });

  const save = useCallback(async (): Promise<void> => {
    const l = live.current;
    window.clearTimeout(l.timer);
    while (l.inFlight) await l.inFlight;
    if (l.conflict || l.submitting || l.revision === l.savedRevision) return;
    const revision = l.revision;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveDraft(id, { version: l.version, content: contentToSend(l.content) });
        l.version = saved.version;
        l.base = saved.content;
        l.savedRevision = revision;
        const before = queryClient.getQueryData<AssignmentDetail>(assignmentDetailKey(id));
        queryClient.setQueryData<AssignmentDetail>(assignmentDetailKey(id), (old) =>
          old ? { ...old, draft: saved } : old,
        );
        // The first save moves the task from "Chưa thực hiện" to "Đang soạn" (and its version):
        // the header and the unit's list are read again; the text being edited is not touched.
        if (before?.assignment.status === 'pending') {
          void queryClient.invalidateQueries({ queryKey: assignmentDetailKey(id) });
          void queryClient.invalidateQueries({ queryKey: myAssignmentsKey });
        }
        setErrors({});
        setState(l.revision === revision ? { kind: 'saved', at: saved.updatedAt } : { kind: 'pending' });
      } catch (error) {
        const current = problemMember(error, 'current') as Draft | undefined;
        if (isApiError(error, 'draft_conflict') && current) {
          l.conflict = true;
          setState({ kind: 'conflict', current });
        } else if (isApiError(error, 'content_invalid') || isApiError(error, 'validation_failed')) {
          setErrors(contentErrors(error));
          setState({ kind: 'invalid', error });
        } else {
          setState({ kind: 'failed', error });
        }
      }
    })();
    l.inFlight = run;
    await run;
    l.inFlight = null;
  }, [id, queryClient]);

  const schedule = useCallback(
    (delay: number) => {
      const l = live.current;
      window.clearTimeout(l.timer);
      l.timer = window.setTimeout(() => void save(), delay);
    },
    [save],
  );

  /** Applies an edit to the local copy; `field` names the field whose server error it answers. */
  const change = useCallback(
    (edit: (current: ReportContent) => ReportContent, field?: string) => {
      const l = live.current;
      l.content = edit(l.content);
      l.revision += 1;
      setContent(l.content);
      setRevision(l.revision);
      if (field) setErrors((current) => (field in current ? omit(current, field) : current));
      if (!l.conflict) {
        setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
        schedule(AUTOSAVE_DELAY_MS);
      }
    },
    [schedule],
  );

  // A save lost on the network is tried again by itself.
  useEffect(() => {
    if (state.kind === 'failed') schedule(RETRY_DELAY_MS);
  }, [state, schedule]);

  // Leaving the page (after the guard's question) still sends what was typed.
  useEffect(() => {
    const l = live.current;
    return () => {
      window.clearTimeout(l.timer);
      if (!l.conflict && !l.submitting && l.revision !== l.savedRevision) {
        void saveDraft(id, { version: l.version, content: contentToSend(l.content) }).catch(() => {});
      }
    };
  }, [id]);

  /** The merged copy becomes the local one, on top of the stored version, and is saved at once. */
  const resolveConflict = useCallback(
    (merged: ReportContent, current: Draft) => {
      const l = live.current;
      l.conflict = false;
      l.version = current.version;
      l.base = current.content;
      l.content = merged;
      l.revision += 1;
      setContent(merged);
      setRevision(l.revision);
      setState({ kind: 'pending' });
      void save();
    },
    [save],
  );

  /**
   * Saves and submits in one request. Errors are thrown to the caller (missing sections, a
   * conflict); a conflict also puts the editor into merging.
   */
  const submit = useCallback(
    async (idempotencyKey: string) => {
      const l = live.current;
      window.clearTimeout(l.timer);
      while (l.inFlight) await l.inFlight;
      if (l.conflict) return null;
      l.submitting = true;
      const revision = l.revision;
      try {
        const answer = await submitMutation.mutateAsync({
          version: l.version,
          content: contentToSend(l.content),
          idempotencyKey,
        });
        l.savedRevision = revision;
        return answer;
      } catch (error) {
        if (isApiError(error, 'draft_conflict')) {
          const current = problemMember(error, 'current') as Draft | undefined;
          if (current) {
            l.conflict = true;
            setState({ kind: 'conflict', current });
          }
        } else if (
          isApiError(error, 'content_invalid') ||
          isApiError(error, 'validation_failed') ||
          isApiError(error, 'length_over_maximum')
        ) {
          setErrors(contentErrors(error));
        }
        throw error;
      } finally {
        l.submitting = false;
        if (!l.conflict && l.revision !== l.savedRevision) schedule(AUTOSAVE_DELAY_MS);
      }
    },
    [submitMutation, schedule],
  );

  const dirty = revision !== live.current.savedRevision || state.kind === 'saving';
  return {
    content,
    change,
    state,
    errors,
    dirty,
    /** The copy both started from, for the merge dialog. */
    base: () => live.current.base,
    save,
    resolveConflict,
    submit,
    submitting: submitMutation.isPending,
  };
}

/** The stored draft; a first draft of a speech or a film starts with the topic the plan gave it. */
function startingContent(detail: AssignmentDetail): ReportContent {
  const content = copyContent(detail.draft.content);
  if (detail.draft.version === 0 && !content.topic) content.topic = detail.assignment.topic;
  return content;
}

function omit(errors: ContentErrors, key: string): ContentErrors {
  const next = { ...errors };
  delete next[key];
  return next;
}
