import type { Outline, WordImport } from '@tongket/domain';
import { HttpProblem } from '../../../http/problem.ts';
import { parseInWorker } from '../../../lib/uploads/parser-pool.ts';
import { checkDocxFile, type DocxLimits } from './check-docx-package.ts';
import { docxUnreadable } from './word-import-problems.ts';

export type { DocxLimits } from './check-docx-package.ts';

/**
 * Reads a unit's report written in Word and says which outline section each part belongs to.
 * Nothing is saved: the answer is a preview the clerk confirms. The file's size and first bytes
 * are checked here (size, type, password); the rest — zip bomb, conversion, matching — runs in a
 * parser process within its memory and time limits (read-word-report.ts). Each refusal is an
 * HttpProblem in Vietnamese.
 */
export async function importWordReport(
  file: Buffer,
  outline: Outline,
  limits: DocxLimits,
): Promise<WordImport> {
  checkDocxFile(file, limits);
  try {
    return await parseInWorker('docx', file, { outline, maxUncompressedBytes: limits.maxUncompressedBytes });
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw docxUnreadable();
  }
}
