import type { Bilingual } from '@tongket/domain';
import type { HttpProblem } from '../../../http/problem.ts';
import { isOleFile, oleHasStream, readOleDirectoryNames } from '../../../lib/read-ole-directory.ts';
import { guardZip, isZip } from '../../../lib/uploads/zip-guard.ts';
import {
  docLegacy,
  docxEncrypted,
  docxTooLargeUnpacked,
  docxUnreadable,
  fileTooLarge,
  notDocx,
} from './word-import-problems.ts';

/**
 * Everything an uploaded "Word file" is checked for before a parser sees it, in two steps: its size
 * and first bytes on the server (`checkDocxFile`), then, in the parser process, the zip guard that
 * inflates every part (`guardDocxPackage`). Each refusal is an HttpProblem a clerk can act on;
 * nothing inflates more than the limits allow, and nothing is inflated in the server's process.
 */

export interface DocxLimits {
  maxBytes: number;
  /** Total size of the unpacked parts; 50 MB unless told otherwise. */
  maxUncompressedBytes?: number;
}

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Word packages have a few dozen parts; thousands means something generated it to hurt. */
export const MAX_ZIP_ENTRIES = 2000;
/** A part over 1 MB that claims to shrink more than 100× is a bomb, not a report. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_APPLIES_ABOVE = 1024 * 1024;

/** The main part (some editors write document2.xml); part names are case-insensitive. */
const MAIN_PART = /^word\/document\d*\.xml$/i;

/**
 * Refuses, from its size and first bytes alone, anything that cannot be a .docx: too large, an
 * old or password-protected Office file, not a zip. Cheap enough for the server's event loop.
 */
export function checkDocxFile(file: Buffer, limits: DocxLimits): void {
  if (file.length > limits.maxBytes) throw fileTooLarge(limits.maxBytes);
  if (isOleFile(file)) {
    const names = readOleDirectoryNames(file);
    if (oleHasStream(file, names, 'EncryptedPackage')) throw docxEncrypted();
    throw docLegacy(oleHasStream(file, names, 'WordDocument'));
  }
  if (!isZip(file)) throw notDocx();
}

/**
 * Refuses a zip that is not a readable, reasonably sized Word package; resolves when it may be
 * handed to the converter. Inflates every part, so it runs in a parser process.
 */
export async function guardDocxPackage(
  file: Buffer,
  maxUncompressed = DEFAULT_MAX_UNCOMPRESSED_BYTES,
): Promise<void> {
  // The shared zip guard counts every part while inflating it; its refusals keep the Word wording.
  const { names } = await guardZip(
    file,
    { vi: 'Tài liệu Word', en: 'The Word document' },
    {
      maxEntries: MAX_ZIP_ENTRIES,
      maxEntryBytes: maxUncompressed,
      maxTotalBytes: maxUncompressed,
      maxRatio: MAX_COMPRESSION_RATIO,
      ratioAppliesAbove: RATIO_APPLIES_ABOVE,
    },
  ).catch((problem: HttpProblem) => {
    if (problem.code === 'zip_unreadable' || problem.code === 'zip_encrypted') throw docxUnreadable();
    if (problem.code === 'xml_entities_refused') throw problem;
    throw docxTooLargeUnpacked(maxUncompressed);
  });
  if (!names.some((n) => MAIN_PART.test(n))) throw notDocx(describeOtherPackage(names));
}

/** What a zip without a Word document most likely is, for a clearer message. */
function describeOtherPackage(names: readonly string[]): Bilingual {
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^xl\//i)) return { vi: 'bảng tính Excel (.xlsx)', en: 'an Excel spreadsheet (.xlsx)' };
  if (has(/^ppt\//i))
    return { vi: 'bài trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' };
  if (has(/^content\.xml$/i) && has(/^mimetype$/i))
    return { vi: 'tài liệu OpenDocument (.odt/.ods)', en: 'an OpenDocument file (.odt/.ods)' };
  return { vi: 'tệp nén (.zip)', en: 'a zip archive (.zip)' };
}
