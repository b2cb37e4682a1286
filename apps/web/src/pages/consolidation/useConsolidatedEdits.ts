import { useQueryClient } from '@tanstack/react-query';
import type { ConsolidatedReport } from '@tongket/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { consolidatedKey, fetchConsolidated, useSaveConsolidated } from '../../api/consolidation.ts';
import type { MergeChoice, MergeItem } from '../assignments/editor/merge.ts';
import { joinHtml, sameHtml } from '../assignments/editor/reportContent.ts';
import { mergeBlocks } from './mergeBlocks.ts';

/** A section's text as typed here, not yet saved. */
export interface LocalEdit {
  html: string;
  /** The stored text this edit started from: tells, after a conflict, who changed what. */
  base: string;
}

export type EditState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** Someone saved the consolidated report after this copy was loaded: nothing is saved until merged. */
  | { kind: 'conflict'; error: unknown }
  | { kind: 'failed'; error: unknown };

/** What a merge needs: the newer stored copy and the sections where both sides wrote something different. */
export interface PendingMerge {
  latest: ConsolidatedReport;
  items: MergeItem[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A unit's contribution as the consolidated text takes it in (as the server writes it on regenerating). */
export function attributedHtml(unitName: string, html: string): string {
  return `<p><strong>${escapeHtml(unitName)}:</strong></p>${html}`;
}

/**
 * The consolidated text being edited: the sections typed since the last save (the stored copy
 * shows everywhere else), saved together with the version they were based on; a stale version
 * is merged section by section before anything is saved again.
 */
export function useConsolidatedEdits(campaignId: string, report: ConsolidatedReport) {
  const queryClient = useQueryClient();
  const saveMutation = useSaveConsolidated(campaignId);
  const [edits, setEdits] = useState<Record<string, LocalEdit>>({});
  const [state, setState] = useState<EditState>({ kind: 'idle' });
  const live = useRef(edits);
  const storedHtml = useMemo(() => new Map(report.sections.map((s) => [s.sectionId, s.html])), [report]);
  const stored = useRef(storedHtml);
  stored.current = storedHtml;

  const update = useCallback((change: (current: Record<string, LocalEdit>) => Record<string, LocalEdit>) => {
    live.current = change(live.current);
    setEdits(live.current);
  }, []);

  const change = useCallback(
    (sectionId: string, html: string) =>
      update((current) => ({
        ...current,
        [sectionId]: { html, base: current[sectionId]?.base ?? stored.current.get(sectionId) ?? '' },
      })),
    [update],
  );

  /** Adds a text at the end of a section (a unit's contribution taken in by hand). */
  const append = useCallback(
    (sectionId: string, html: string) =>
      update((current) => {
        const now = current[sectionId]?.html ?? stored.current.get(sectionId) ?? '';
        return {
          ...current,
          [sectionId]: {
            html: joinHtml(now, html),
            base: current[sectionId]?.base ?? stored.current.get(sectionId) ?? '',
          },
        };
      }),
    [update],
  );

  const save = useCallback(async (): Promise<boolean> => {
    const sent = live.current;
    const current = queryClient.getQueryData<ConsolidatedReport>(consolidatedKey(campaignId));
    if (!current || Object.keys(sent).length === 0) return true;
    setState({ kind: 'saving' });
    try {
      const sections: Record<string, string> = {};
      for (const [id, edit] of Object.entries(sent)) sections[id] = edit.html;
      await saveMutation.mutateAsync({ version: current.version, sections });
      // What was typed while the save was on its way stays to be saved next.
      update((now) => {
        const next = { ...now };
        for (const [id, edit] of Object.entries(sent)) if (next[id]?.html === edit.html) delete next[id];
        return next;
      });
      setState({ kind: 'idle' });
      return true;
    } catch (error) {
      setState(
        isApiError(error, 'version_conflict') ? { kind: 'conflict', error } : { kind: 'failed', error },
      );
      return false;
    }
  }, [campaignId, queryClient, saveMutation, update]);

  /** Reads the newer stored copy and lists the sections both sides changed. */
  const prepareMerge = useCallback(async (): Promise<PendingMerge> => {
    const latest = await fetchConsolidated(campaignId);
    const newer = new Map(latest.sections.map((s) => [s.sectionId, s.html]));
    const items: MergeItem[] = [];
    for (const [id, edit] of Object.entries(live.current)) {
      const theirs = newer.get(id) ?? '';
      if (sameHtml(edit.html, theirs) || sameHtml(theirs, edit.base)) continue;
      items.push({
        key: `section:${id}`,
        field: { kind: 'section', id },
        rich: true,
        mine: edit.html,
        stored: theirs,
        suggested: sameHtml(edit.html, edit.base) ? 'stored' : 'both',
      });
    }
    return { latest, items };
  }, [campaignId]);

  /** The newer copy becomes the base, each differing section as chosen, and the result is saved at once. */
  const applyMerge = useCallback(
    (merge: PendingMerge, choices: Readonly<Record<string, MergeChoice>>) => {
      const newer = new Map(merge.latest.sections.map((s) => [s.sectionId, s.html]));
      const byKey = new Map(merge.items.map((item) => [item.key, item]));
      queryClient.setQueryData(consolidatedKey(campaignId), merge.latest);
      stored.current = newer;
      update((current) => {
        const next: Record<string, LocalEdit> = {};
        for (const [id, edit] of Object.entries(current)) {
          const theirs = newer.get(id) ?? '';
          const item = byKey.get(`section:${id}`);
          const choice = item ? (choices[item.key] ?? item.suggested) : 'mine';
          const html =
            choice === 'stored'
              ? theirs
              : choice === 'both'
                ? mergeBlocks(edit.base, edit.html, theirs)
                : edit.html;
          if (!sameHtml(html, theirs)) next[id] = { html, base: theirs };
        }
        return next;
      });
      setState({ kind: 'idle' });
      return save();
    },
    [campaignId, queryClient, save, update],
  );

  /** Drops what was typed and loads the stored copy again. */
  const discard = useCallback(async () => {
    update(() => ({}));
    setState({ kind: 'idle' });
    await queryClient.refetchQueries({ queryKey: consolidatedKey(campaignId) });
  }, [campaignId, queryClient, update]);

  const textOf = useCallback(
    (sectionId: string) => edits[sectionId]?.html ?? storedHtml.get(sectionId) ?? '',
    [edits, storedHtml],
  );

  return {
    edits,
    dirty: Object.keys(edits).length > 0,
    state,
    change,
    append,
    textOf,
    save,
    prepareMerge,
    applyMerge,
    discard,
  };
}
