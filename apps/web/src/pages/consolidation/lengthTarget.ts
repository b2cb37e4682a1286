import { type ConsolidatedReport, MAX_TARGET_PAGES } from '@tongket/domain';

/**
 * The length target as the regenerate body takes it, from the field beside "Tổng hợp lại": a whole
 * number of pages from 1 to 200, or null when the field is empty (no target). Undefined: not a
 * target (the field says so and the button waits).
 */
export function targetPagesOf(value: string | number): number | null | undefined {
  if (typeof value === 'string' && value.trim() === '') return null;
  const pages = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_TARGET_PAGES) return undefined;
  return pages;
}

export type LengthNote =
  /** No target: the draft's length only. */
  | { kind: 'length'; pages: number }
  | { kind: 'fits'; pages: number; target: number }
  /** Over the target right after regenerating: the shortest draft the synthesis can write. */
  | { kind: 'minimum'; pages: number; target: number }
  /** Over the target after edits: regenerating would shorten the sections not edited. */
  | { kind: 'over'; pages: number; target: number };

/** What the page says of the draft's length; nothing before the first regeneration. */
export function lengthNote(
  report: Pick<ConsolidatedReport, 'version' | 'length' | 'generatedAt' | 'updatedAt'>,
): LengthNote | null {
  if (report.version === 0) return null;
  const { estimatedPages: pages, targetPages: target, overTarget } = report.length;
  if (target === null) return { kind: 'length', pages };
  if (!overTarget) return { kind: 'fits', pages, target };
  return report.generatedAt !== null && report.generatedAt === report.updatedAt
    ? { kind: 'minimum', pages, target }
    : { kind: 'over', pages, target };
}
