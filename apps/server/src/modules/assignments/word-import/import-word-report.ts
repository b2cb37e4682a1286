import type { Outline, WordImport } from '@tongket/domain';
import { HttpProblem } from '../../../http/problem.ts';
import { parseInWorker } from '../../../lib/uploads/parser-pool.ts';
import { sanitizeReportHtml } from '../sanitize-report-html.ts';
import { assignBlocksToSections } from './assign-blocks-to-sections.ts';
import { checkDocxPackage, type DocxLimits } from './check-docx-package.ts';
import { withNumberLabels } from './number-labels.ts';
import { splitHtmlBlocks } from './split-html-blocks.ts';
import { docxUnreadable } from './word-import-problems.ts';

export type { DocxLimits } from './check-docx-package.ts';

/**
 * Word's heading styles and the Title style become h1–h4 (mammoth's defaults already cover
 * Heading 1–6; Title is added, and a deeper heading is folded into h4 by the sanitiser).
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h4:fresh",
];

/**
 * Reads a unit's report written in Word and says which outline section each part belongs to.
 * Nothing is saved: the answer is a preview the clerk confirms. The file is checked before any
 * parser sees it (size, type, password, zip bomb), and each refusal is an HttpProblem in Vietnamese.
 */
export async function importWordReport(
  file: Buffer,
  outline: Outline,
  limits: DocxLimits,
): Promise<WordImport> {
  await checkDocxPackage(file, limits);
  let html: string;
  try {
    // Word's automatic numbers are written into the text first, where the matching can see them;
    // then the conversion runs in a parser worker (images dropped unread), within its limits.
    html = await parseInWorker('docx', await withNumberLabels(file), { styleMap: STYLE_MAP });
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw docxUnreadable();
  }
  return assignBlocksToSections(splitHtmlBlocks(sanitizeReportHtml(html)), outline);
}
