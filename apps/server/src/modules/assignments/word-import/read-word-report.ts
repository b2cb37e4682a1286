import type { WordImport } from '@tongket/domain';
import { convertDocx } from '../../../lib/uploads/convert-docx.ts';
import type { WordReportJob } from '../../../lib/uploads/parse-jobs.ts';
import { sanitizeReportHtml } from '../sanitize-report-html.ts';
import { assignBlocksToSections } from './assign-blocks-to-sections.ts';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, guardDocxPackage } from './check-docx-package.ts';
import { withNumberLabels } from './number-labels.ts';
import { splitHtmlBlocks } from './split-html-blocks.ts';

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
 * A unit's Word report (a zip, by its first bytes) matched to the outline, inside a parser
 * process: the zip guard inflates and counts every part; Word's automatic numbers are written into
 * the text, where the matching can see them; mammoth converts it (images dropped unread); the HTML
 * is sanitised, split into blocks and each block given its section. Every step reads the whole
 * document — seconds for a long one — so none of them runs on the server's event loop.
 */
export async function readWordReport(file: Buffer, job: WordReportJob): Promise<WordImport> {
  await guardDocxPackage(file, job.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES);
  const html = await convertDocx(await withNumberLabels(file), { styleMap: STYLE_MAP });
  return assignBlocksToSections(splitHtmlBlocks(sanitizeReportHtml(html)), job.outline);
}
