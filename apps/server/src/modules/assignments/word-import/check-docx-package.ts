import type { Entry, ZipFile } from 'yauzl';
import * as yauzl from 'yauzl';
import { HttpProblem } from '../../../http/problem.ts';
import { isOleFile, oleHasStream, readOleDirectoryNames } from './read-ole-directory.ts';
import {
  docLegacy,
  docxEncrypted,
  docxTooLargeUnpacked,
  docxUnreadable,
  fileTooLarge,
  notDocx,
} from './word-import-problems.ts';

/**
 * Everything an uploaded "Word file" is checked for before a parser sees it. Each refusal is an
 * HttpProblem a clerk can act on; nothing here inflates more than the limits allow, so a zip bomb
 * costs a central-directory read, not the server's memory.
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

const ZIP_SIGNATURES = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // local file header: every real .docx starts so
  Buffer.from([0x50, 0x4b, 0x05, 0x06]), // end of central directory: an empty zip
  Buffer.from([0x50, 0x4b, 0x07, 0x08]), // spanned archive marker
];

function isZip(file: Buffer): boolean {
  return ZIP_SIGNATURES.some((sig) => file.length >= sig.length && file.subarray(0, sig.length).equals(sig));
}

/** The main part (some editors write document2.xml); part names are case-insensitive. */
const MAIN_PART = /^word\/document\d*\.xml$/i;

/**
 * Refuses anything that is not a readable, reasonably sized .docx; resolves when the file may be
 * handed to the converter.
 */
export async function checkDocxPackage(file: Buffer, limits: DocxLimits): Promise<void> {
  const maxUncompressed = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  if (file.length > limits.maxBytes) throw fileTooLarge(limits.maxBytes);
  if (isOleFile(file)) {
    const names = readOleDirectoryNames(file);
    if (oleHasStream(file, names, 'EncryptedPackage')) throw docxEncrypted();
    throw docLegacy(oleHasStream(file, names, 'WordDocument'));
  }
  if (!isZip(file)) throw notDocx();

  const zip = await openZip(file);
  try {
    const entries = await readCentralDirectory(zip, maxUncompressed);
    const names = entries.map((e) => e.fileName);
    if (!names.some((n) => MAIN_PART.test(n))) throw notDocx(describeOtherPackage(names));
    await inflateWithinLimits(zip, entries, maxUncompressed);
  } finally {
    zip.close();
  }
}

async function openZip(file: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      decodeStrings: true,
    });
  } catch {
    // No end-of-central-directory record, a directory pointing past the end: cut short or damaged.
    throw docxUnreadable();
  }
}

/** Reads every entry's header (no data) and refuses a bomb on what the directory claims. */
async function readCentralDirectory(zip: ZipFile, maxUncompressed: number): Promise<Entry[]> {
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw docxTooLargeUnpacked(maxUncompressed);
  const entries: Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      const ratioTooHigh =
        entry.uncompressedSize > RATIO_APPLIES_ABOVE &&
        entry.uncompressedSize > MAX_COMPRESSION_RATIO * entry.compressedSize;
      if (total > maxUncompressed || ratioTooHigh || entries.length >= MAX_ZIP_ENTRIES) {
        throw docxTooLargeUnpacked(maxUncompressed);
      }
      entries.push(entry);
    }
  } catch (error) {
    if (isProblem(error)) throw error;
    throw docxUnreadable();
  }
  return entries;
}

/**
 * The directory's sizes are only claims: the converter inflates each part in memory, so every part
 * is inflated here first as a stream, counted and dropped. yauzl stops a stream the moment it
 * yields more than its entry claimed, so a lying header costs at most the claimed size.
 */
async function inflateWithinLimits(zip: ZipFile, entries: readonly Entry[], maxUncompressed: number) {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    if (entry.isEncrypted()) throw docxUnreadable();
    try {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > maxUncompressed) {
          stream.destroy();
          throw docxTooLargeUnpacked(maxUncompressed);
        }
      }
    } catch (error) {
      if (isProblem(error)) throw error;
      if (error instanceof Error && /too many bytes/i.test(error.message)) {
        throw docxTooLargeUnpacked(maxUncompressed);
      }
      throw docxUnreadable();
    }
  }
}

function isProblem(error: unknown): error is HttpProblem {
  return error instanceof HttpProblem;
}

/** What a zip without a Word document most likely is, for a clearer message. */
function describeOtherPackage(names: readonly string[]): string | undefined {
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^xl\//i)) return 'bảng tính Excel (.xlsx)';
  if (has(/^ppt\//i)) return 'bài trình chiếu PowerPoint (.pptx)';
  if (has(/^content\.xml$/i) && has(/^mimetype$/i)) return 'tài liệu OpenDocument (.odt/.ods)';
  return 'tệp nén (.zip)';
}
