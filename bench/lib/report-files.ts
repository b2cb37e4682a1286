import { createHash, randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { docxOf, entry } from '../../apps/server/test/hostile-files.ts';
import type { BenchUnit } from './bench-round.ts';
import { sectionHtml, seededRandom } from './report-text.ts';

/**
 * The file a unit attaches to its report, the way units send them: mostly a scanned, signed report
 * as a PDF (page images — incompressible bytes, as a real scan's JPEG streams are), every fourth a
 * Word file with the report's text and a photo in it. `meanBytes` on average, from 0.4 to 1.6 times
 * that; the size is the same on every run, the bytes are random, so every file is stored on its own.
 */
export interface ReportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function reportFile(unit: BenchUnit, meanBytes: number): ReportFile {
  const random = seededRandom(unit.index + 9_000_000);
  const size = Math.round(meanBytes * (0.4 + 1.2 * random()));
  const text = sectionHtml(unit.name, 'Kết quả thực hiện', unit.index + 1, 3000)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const docx = unit.index % 4 === 3;
  const bytes = docx ? wordFile(text, size) : scannedPdf(text, size);
  return {
    fileName: `Báo cáo tổng kết - ${unit.name}.${docx ? 'docx' : 'pdf'}`.normalize('NFC'),
    contentType: docx ? DOCX : 'application/pdf',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A one-page PDF whose page is an image (DCT-encoded, as a scanner writes it) and a text layer. */
function scannedPdf(text: string, size: number): Buffer {
  const contents = Buffer.from(
    `BT /F1 11 Tf 56 780 Td (${ascii(text)}) Tj ET q 595 0 0 842 0 0 cm /Im1 Do Q`,
  );
  const head = Buffer.from(
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' +
      '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n' +
      '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R' +
      '/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Times-Roman>>>>/XObject<</Im1 5 0 R>>>>>> endobj\n' +
      `4 0 obj <</Length ${contents.length}>> stream\n`,
    'latin1',
  );
  const tail = Buffer.from('\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
  const imageLength = Math.max(1024, size - head.length - contents.length - tail.length - 200);
  const image = Buffer.from(
    `\nendstream endobj\n5 0 obj <</Type/XObject/Subtype/Image/Width 2480/Height 3508/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/DCTDecode/Length ${imageLength}>> stream\n`,
  );
  return Buffer.concat([head, contents, image, randomBytes(imageLength), tail]);
}

/** A .docx: the report's text in word/document.xml and a photo (stored, as JPEG is) beside it. */
function wordFile(text: string, size: number): Buffer {
  const paragraphs = text
    .split(/(?<=\.) /)
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`)
    .join('');
  const document = entry(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  const photo = randomBytes(Math.max(1024, size - document.raw.length - 1500));
  return docxOf(document, [
    { name: 'word/media/image1.jpeg', raw: photo, size: photo.length, crc: zlib.crc32(photo), stored: true },
  ]);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A PDF literal string of plain ASCII (the text layer of a scan is rarely more). */
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[()\\]/g, '');
