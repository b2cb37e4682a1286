import fs from 'node:fs';
import path from 'node:path';

/** The plain-text copy of plan 2519/KH-UBND (seed 000), kept beside this file as a test fixture. */
export const QUANG_TRI_SEED = path.resolve(import.meta.dirname, 'seeds/quang-tri-plan-2519-KH-UBND.txt');

/** The plain-text copy of the Bình Dương interim-review directive (the cascaded round's source). */
export const BINH_DUONG_SEED = path.resolve(import.meta.dirname, 'seeds/binh-duong-so-ket-2021.txt');

/**
 * Text as it is compared: NFC, one space between words, no spaces around "/" (the seed writes
 * "2519 /KH-UBND ngày 08 / 6 /2020").
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/** A line as it is looked for: normalised, no list dash before it, no closing punctuation after it. */
function comparable(line: string): string {
  return normaliseText(line)
    .replace(/^- /, '')
    .replace(/[\s;:.,/]+$/, '');
}

/** Every non-empty line of a seed: each sentence, heading and list item of the document. */
export function seedLines(file = QUANG_TRI_SEED): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map(comparable)
    .filter((l) => l.length > 0);
}
