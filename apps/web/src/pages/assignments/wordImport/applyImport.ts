import type { ReportContent, WordImport } from '@tongket/domain';
import { copyContent, isBlankHtml, joinHtml } from '../editor/reportContent.ts';

/** With a section that already has text: put the file's text in its place, or after it. */
export type ImportMode = 'replace' | 'append';

/** Where each unmatched part goes: a section id, or null to leave it out. */
export type UnmatchedTargets = Readonly<Record<number, string | null>>;

/** The HTML each section receives: its matches in file order, then the parts assigned to it. */
export function importedBySection(result: WordImport, targets: UnmatchedTargets): Map<string, string> {
  const out = new Map<string, string>();
  const add = (sectionId: string, html: string) => out.set(sectionId, joinHtml(out.get(sectionId), html));
  for (const match of result.matches) add(match.sectionId, match.html);
  result.unmatched.forEach((part, index) => {
    const target = targets[index];
    if (target) add(target, part.html);
  });
  return out;
}

/** The draft with the imported text put into its sections. */
export function applyImport(
  content: ReportContent,
  imported: Map<string, string>,
  mode: ImportMode,
): ReportContent {
  const next = copyContent(content);
  for (const [sectionId, html] of imported) {
    if (isBlankHtml(html)) continue;
    next.sections[sectionId] = mode === 'append' ? joinHtml(content.sections[sectionId], html) : html;
  }
  return next;
}
