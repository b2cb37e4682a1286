import type { Bilingual } from '@tongket/domain';
import type { Entry, ZipFile } from 'yauzl';
import * as yauzl from 'yauzl';
import { HttpProblem, problem } from '../../http/problem.ts';

/**
 * The one gate every zip-based upload (.xlsx, .docx, a zip-based attachment) passes before any
 * parser sees it. Every part is inflated here as a stream and counted, so the limits hold whatever
 * the archive's headers claim; nothing is kept in memory but a few bytes of each part's tail.
 * XML parts that declare a DOCTYPE or an ENTITY are refused: Office never writes one, and no
 * parser downstream then gets the chance to expand an entity or fetch an external one.
 */

export interface ZipLimits {
  /** How many entries the archive may hold. */
  maxEntries: number;
  /** The most one entry may unpack to. */
  maxEntryBytes: number;
  /** The most all entries together may unpack to. */
  maxTotalBytes: number;
  /** How many times an entry may grow when inflated, once it is over `ratioAppliesAbove` bytes. */
  maxRatio: number;
  ratioAppliesAbove: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  // Office packages hold a few dozen parts; thousands means something generated it to hurt.
  maxEntries: 2000,
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  // Office XML shrinks 5–30× when zipped; a part over 1 MB that grows more than 100× is a bomb.
  maxRatio: 100,
  ratioAppliesAbove: 1024 * 1024,
};

export interface GuardedZip {
  /** Entry names, as the archive spells them. */
  names: string[];
}

/** What a person sent, for the messages: "Tệp Excel", "Tài liệu Word", "Tệp đính kèm". */
export type ZipWhat = Bilingual;

export const zipProblems = {
  tooManyEntries: (what: ZipWhat, max: number) =>
    problem('zip_too_many_entries', { what, max }, { limit: max }),
  entryTooLarge: (what: ZipWhat, max: number, entry: string) =>
    problem('zip_entry_too_large', { what, max, entry }, { limit: max, entry }),
  tooLargeUnpacked: (what: ZipWhat, max: number) =>
    problem('zip_too_large_unpacked', { what, max }, { limit: max }),
  ratioTooHigh: (what: ZipWhat, max: number, entry: string) =>
    problem('zip_ratio_too_high', { what, max, entry }, { limit: max, entry }),
  sizesInconsistent: (what: ZipWhat, entry: string) =>
    problem('zip_sizes_inconsistent', { what, entry }, { entry }),
  encrypted: (what: ZipWhat) => problem('zip_encrypted', { what }),
  xmlEntities: (what: ZipWhat, entry: string) => problem('xml_entities_refused', { what, entry }, { entry }),
  unreadable: (what: ZipWhat) => problem('zip_unreadable', { what }),
};

export type ZipProblemCode = ReturnType<(typeof zipProblems)[keyof typeof zipProblems]>['code'];

const ZIP_SIGNATURES = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // local file header: every real Office file starts so
  Buffer.from([0x50, 0x4b, 0x05, 0x06]), // end of central directory: an empty zip
  Buffer.from([0x50, 0x4b, 0x07, 0x08]), // spanned archive marker
];

export function isZip(file: Buffer): boolean {
  return ZIP_SIGNATURES.some((sig) => file.length >= sig.length && file.subarray(0, sig.length).equals(sig));
}

/** Parts read as XML by Office parsers. */
const XML_PART = /\.(xml|rels|vml)$/i;
/** Written in every encoding an XML part may use: UTF-8, UTF-16LE and UTF-16BE. */
const DECLARATIONS = ['<!DOCTYPE', '<!ENTITY'].flatMap((d) => [
  Buffer.from(d, 'latin1'),
  Buffer.from(d, 'utf16le'),
  Buffer.from(d, 'utf16le').swap16(),
]);
const TAIL = Math.max(...DECLARATIONS.map((d) => d.length)) - 1;

/**
 * Refuses, with a problem naming the limit, any archive that is not a readable zip within
 * `limits`, or whose XML declares a DOCTYPE or an entity. Resolves with the entry names.
 */
export async function guardZip(
  file: Buffer,
  what: ZipWhat,
  limits: Partial<ZipLimits> = {},
): Promise<GuardedZip> {
  const l = { ...DEFAULT_ZIP_LIMITS, ...limits };
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      decodeStrings: true,
      strictFileNames: false,
    });
  } catch {
    // No end-of-central-directory record, a directory pointing past the end: cut short or damaged.
    throw zipProblems.unreadable(what);
  }
  try {
    if (zip.entryCount > l.maxEntries) throw zipProblems.tooManyEntries(what, l.maxEntries);
    const entries = await readDirectory(zip, what, l);
    await inflateCounted(zip, entries, what, l);
    return { names: entries.map((e) => e.fileName) };
  } finally {
    zip.close();
  }
}

/** Every entry's header, no data; what the headers claim already refuses the plain bombs. */
async function readDirectory(zip: ZipFile, what: ZipWhat, l: ZipLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  let claimed = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.length >= l.maxEntries) throw zipProblems.tooManyEntries(what, l.maxEntries);
      if (entry.isEncrypted()) throw zipProblems.encrypted(what);
      if (entry.uncompressedSize > l.maxEntryBytes) {
        throw zipProblems.entryTooLarge(what, l.maxEntryBytes, entry.fileName);
      }
      claimed += entry.uncompressedSize;
      if (claimed > l.maxTotalBytes) throw zipProblems.tooLargeUnpacked(what, l.maxTotalBytes);
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw zipProblems.unreadable(what);
  }
  return entries;
}

/**
 * The headers' sizes are only claims: every entry is inflated as a stream, counted against the
 * limits as it comes and dropped. yauzl also stops a stream that yields more than its entry
 * claimed, which is reported as the lie it is.
 */
async function inflateCounted(zip: ZipFile, entries: readonly Entry[], what: ZipWhat, l: ZipLimits) {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const scanXml = XML_PART.test(entry.fileName);
    let tail = Buffer.alloc(0);
    let size = 0;
    let stream: NodeJS.ReadableStream | undefined;
    try {
      stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        if (size > l.maxEntryBytes) throw zipProblems.entryTooLarge(what, l.maxEntryBytes, entry.fileName);
        if (total > l.maxTotalBytes) throw zipProblems.tooLargeUnpacked(what, l.maxTotalBytes);
        if (size > l.ratioAppliesAbove && size > l.maxRatio * Math.max(entry.compressedSize, 1)) {
          throw zipProblems.ratioTooHigh(what, l.maxRatio, entry.fileName);
        }
        if (scanXml) {
          const window = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
          if (DECLARATIONS.some((d) => window.includes(d)))
            throw zipProblems.xmlEntities(what, entry.fileName);
          tail = Buffer.from(window.subarray(Math.max(0, window.length - TAIL)));
        }
      }
    } catch (error) {
      (stream as { destroy?: () => void } | undefined)?.destroy?.();
      if (error instanceof HttpProblem) throw error;
      if (error instanceof Error && /too many bytes|not enough bytes/i.test(error.message)) {
        throw zipProblems.sizesInconsistent(what, entry.fileName);
      }
      throw zipProblems.unreadable(what);
    }
  }
}
