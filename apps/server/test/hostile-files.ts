import zlib from 'node:zlib';

/**
 * Files an attacker would upload, made in memory at test time (nothing large is kept in the repo):
 * zip bombs of each container, XML entity bombs and XXE, encrypted and legacy Office files, wrong
 * content under a right name, workbooks far longer or wider than any list, odd names. Each says what
 * a careful server does with it: refuse it (a clear 4xx), or keep it under a cleaned name.
 */

export interface HostileFile {
  /** A short label for test names and reports. */
  label: string;
  fileName: string;
  bytes: Buffer;
  /**
   * 'refused' everywhere; 'clean-name': an attachment may keep it, under a cleaned, matching name;
   * 'attachable': harmless kept as an attachment (never parsed), refused by the imports.
   */
  expect: 'refused' | 'clean-name' | 'attachable';
}

export interface ZipEntry {
  name: string;
  /** The bytes as stored (deflated unless `stored`). */
  raw: Buffer;
  size: number;
  crc: number;
  stored?: boolean;
}

export const entry = (name: string, content: string | Buffer): ZipEntry => {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, raw: zlib.deflateRawSync(data, { level: 6 }), size: data.length, crc: zlib.crc32(data) };
};

/** A zip archive of the entries, with sizes as given (a test may lie in them). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.raw.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.raw.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.raw);
    centrals.push(central, name);
    offset += local.length + name.length + e.raw.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MB = 1024 * 1024;

/**
 * `megabytes` MB of zeros, deflated without ever holding them: one flushed block of a megabyte of
 * zeros repeats (its back-references only reach zeros), then an empty final block closes it.
 */
const zeroStreams = new Map<number, { raw: Buffer; crc: number }>();

function zeroBomb(name: string, megabytes: number, claimedSize?: number): ZipEntry {
  let stream = zeroStreams.get(megabytes);
  if (!stream) {
    const zeros = Buffer.alloc(MB);
    const block = zlib.deflateRawSync(zeros, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    let crc = 0;
    for (let i = 0; i < megabytes; i++) crc = zlib.crc32(zeros, crc);
    stream = {
      raw: Buffer.concat([...Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]),
      crc,
    };
    zeroStreams.set(megabytes, stream);
  }
  const size = megabytes * MB;
  return { name, raw: stream.raw, size: claimedSize ?? Math.min(size, 0xffffffff), crc: stream.crc };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS_XLSX = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const ROOT_RELS_DOCX = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Họ và tên</t></si></sst>`;

/** An .xlsx made of the given parts over a minimal valid package. */
export function xlsxOf(
  parts: Partial<Record<'sheet' | 'sharedStrings', ZipEntry>> = {},
  extra: ZipEntry[] = [],
) {
  return zipOf([
    entry('[Content_Types].xml', CONTENT_TYPES),
    entry('_rels/.rels', ROOT_RELS_XLSX),
    entry('xl/workbook.xml', WORKBOOK),
    entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    parts.sheet ??
      entry(
        'xl/worksheets/sheet1.xml',
        `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`,
      ),
    parts.sharedStrings ?? entry('xl/sharedStrings.xml', SHARED_STRINGS),
    ...extra,
  ]);
}

/** A .docx with the given main part over a minimal valid package. */
export function docxOf(document: ZipEntry, extra: ZipEntry[] = []) {
  return zipOf([
    entry('[Content_Types].xml', CONTENT_TYPES),
    entry('_rels/.rels', ROOT_RELS_DOCX),
    document,
    ...extra,
  ]);
}

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;
const XXE = `<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

const billionLaughsStrings = () =>
  entry(
    'xl/sharedStrings.xml',
    `${XML_DECL}${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`,
  );

const xxeStrings = () =>
  entry(
    'xl/sharedStrings.xml',
    `${XML_DECL}${XXE}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>`,
  );

/** The entity bomb again, written in UTF-16 as XML allows, for a scanner that only reads ASCII. */
const utf16Laughs = () => {
  const xml = `<?xml version="1.0" encoding="UTF-16"?>${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`;
  return entry(
    'xl/sharedStrings.xml',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
  );
};

const docxDocument = (body: string, prolog = '') =>
  entry(
    'word/document.xml',
    `${XML_DECL}${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

/** A minimal compound file (MS-CFB v3) naming the given streams, as Office writes an encrypted file. */
export function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => {
    directory.write(name, i * 128, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 0x40);
    directory.writeUInt8(i === 0 ? 5 : 2, i * 128 + 0x42);
  });
  return Buffer.concat([header, fat, directory, Buffer.alloc(512)]);
}

/** A sheet of `rows` rows, each with a number, a text and a formula over them. */
export function longSheet(rows: number): ZipEntry {
  const parts: string[] = [SHEET_HEAD];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}</t></is></c><c r="C${r}"><f>A${r}*2+LEN(B${r})</f><v>${2 * r}</v></c></row>`,
    );
  }
  parts.push(SHEET_TAIL);
  return entry('xl/worksheets/sheet1.xml', parts.join(''));
}

/** Few rows, each thousands of cells wide: within every size limit, but millions of cells to parse. */
export function wideSheet(rows: number, columns: number): ZipEntry {
  const parts: string[] = [SHEET_HEAD];
  const cells = Array.from({ length: columns }, (_, c) => `<c><v>${c}</v></c>`).join('');
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${cells}</row>`);
  parts.push(SHEET_TAIL);
  return entry('xl/worksheets/sheet1.xml', parts.join(''));
}

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082', 'hex'),
]);
/** A small PDF that file-type and any viewer recognise. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

/** A hostile file whose bytes are made the first time they are read. */
function lazy(
  label: string,
  fileName: string,
  make: () => Buffer,
  expect: HostileFile['expect'] = 'refused',
): HostileFile {
  let bytes: Buffer | undefined;
  return {
    label,
    fileName,
    expect,
    get bytes() {
      bytes ??= make();
      return bytes;
    },
  };
}

/**
 * A zip whose central directory lists `count` entries that all point at one local entry of
 * `megabytes` MB of zeros: a few kilobytes that a reader trusting the directory unpacks `count`
 * times (overlapping entries, as in the "better zip bomb").
 */
function overlappingBomb(count: number, megabytes: number): Buffer {
  const bomb = zeroBomb('a.xml', megabytes);
  const name = Buffer.from(bomb.name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(bomb.crc >>> 0, 14);
  local.writeUInt32LE(bomb.raw.length, 18);
  local.writeUInt32LE(bomb.size, 22);
  local.writeUInt16LE(name.length, 26);
  const centrals: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(bomb.crc >>> 0, 16);
    central.writeUInt32LE(bomb.raw.length, 20);
    central.writeUInt32LE(bomb.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    centrals.push(central, name);
  }
  const head = Buffer.concat([local, name, bomb.raw]);
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(head.length, 16);
  return Buffer.concat([head, directory, end]);
}

/** A Word body nested `depth` tables deep: small, but a recursive reader runs out of stack. */
const deepDocument = (depth: number) =>
  docxDocument(`${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`);

/** A workbook whose sheet relationship points outside the package. */
const WORKBOOK_RELS_OUTSIDE = WORKBOOK_RELS.replace('worksheets/sheet1.xml', '../../../../etc/passwd');

/** Every hostile file; each is made on first use, then kept for the run. */
export const HOSTILE_FILES: readonly HostileFile[] = [
  lazy('xlsx: sheet unpacking to 1 GiB of zeros', 'danh-sach.xlsx', () =>
    xlsxOf({ sheet: zeroBomb('xl/worksheets/sheet1.xml', 1024) }),
  ),
  lazy('docx: document unpacking to 1 GiB of zeros', 'bao-cao.docx', () =>
    docxOf(zeroBomb('word/document.xml', 1024)),
  ),
  lazy('zip bomb under a .docx name', 'bao-cao-thanh-tich.docx', () =>
    zipOf([zeroBomb('du-lieu.bin', 1024)]),
  ),
  lazy('xlsx: a sheet claiming 1 KB that unpacks to 200 MB', 'danh-sach.xlsx', () =>
    xlsxOf({ sheet: zeroBomb('xl/worksheets/sheet1.xml', 200, 1000) }),
  ),
  lazy('xlsx: 20,000 entries', 'danh-sach.xlsx', () =>
    xlsxOf(
      {},
      Array.from({ length: 20_000 }, (_, i) => ({
        name: `xl/media/p${i}.bin`,
        raw: Buffer.alloc(0),
        size: 0,
        crc: 0,
        stored: true,
      })),
    ),
  ),
  lazy('xlsx: billion laughs in sharedStrings', 'danh-sach.xlsx', () =>
    xlsxOf({ sharedStrings: billionLaughsStrings() }),
  ),
  lazy('xlsx: billion laughs in UTF-16', 'danh-sach.xlsx', () => xlsxOf({ sharedStrings: utf16Laughs() })),
  lazy('xlsx: XXE reading /etc/passwd', 'danh-sach.xlsx', () => xlsxOf({ sharedStrings: xxeStrings() })),
  lazy('docx: billion laughs', 'bao-cao.docx', () =>
    docxOf(docxDocument('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', LAUGHS)),
  ),
  lazy('docx: XXE', 'bao-cao.docx', () =>
    docxOf(docxDocument('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>', XXE.replace('sst', 'w:document'))),
  ),
  lazy('password-protected xlsx', 'danh-sach.xlsx', () => oleFile(['EncryptionInfo', 'EncryptedPackage'])),
  lazy('password-protected docx', 'bao-cao.docx', () => oleFile(['EncryptionInfo', 'EncryptedPackage'])),
  lazy('PNG under a .docx name', 'bao-cao.docx', () => PNG),
  lazy('PDF under an .xlsx name', 'danh-sach.xlsx', () => PDF),
  lazy('program under a .pdf name', 'bao-cao.pdf', () => EXE),
  lazy('web page under a .pdf name', 'bao-cao.pdf', () => HTML),
  lazy('truncated zip', 'danh-sach.xlsx', () => xlsxOf().subarray(0, 300)),
  lazy(
    'xlsx: 100,000 rows with formulas',
    'danh-sach.xlsx',
    () => xlsxOf({ sheet: longSheet(100_000) }),
    'attachable',
  ),
  lazy(
    'xlsx: 300 rows of 6,000 cells',
    'danh-sach.xlsx',
    () => xlsxOf({ sheet: wideSheet(300, 6_000) }),
    'attachable',
  ),
  lazy('a PDF named "\\u202efdp.exe"', '\u202efdp.exe', () => PDF),
  lazy('a PDF whose name has NUL and BEL', 'bao\u0000cao\u0007.pdf', () => PDF, 'clean-name'),
  lazy('a PDF named only zero-width spaces', '\u200b\u200b\u200b', () => PDF, 'clean-name'),
  lazy('a PDF named with folders', '../../etc/bao-cao.pdf', () => PDF, 'clean-name'),
  lazy('xlsx: 300 overlapping entries of 10 MB from 10 KB', 'danh-sach.xlsx', () => overlappingBomb(300, 10)),
  lazy('docx: tables nested 100,000 deep', 'bao-cao.docx', () => docxOf(deepDocument(100_000)), 'attachable'),
  lazy(
    'xlsx: sheet relationship pointing outside the package',
    'danh-sach.xlsx',
    () =>
      zipOf([
        entry('[Content_Types].xml', CONTENT_TYPES),
        entry('_rels/.rels', ROOT_RELS_XLSX),
        entry('xl/workbook.xml', WORKBOOK),
        entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS_OUTSIDE),
        entry('xl/sharedStrings.xml', SHARED_STRINGS),
      ]),
    'attachable',
  ),
  lazy(
    'xlsx: one cell of 8 MB',
    'danh-sach.xlsx',
    () =>
      xlsxOf({
        sheet: entry(
          'xl/worksheets/sheet1.xml',
          `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>${'Ư'.repeat(4 * MB)}</t></is></c></row>${SHEET_TAIL}`,
        ),
      }),
    'attachable',
  ),
  lazy('zip magic then garbage under an .xlsx name', 'danh-sach.xlsx', () =>
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4096, 0x41)]),
  ),
  lazy(
    'zip slip: entries named ..\\..\\',
    'bao-cao.docx',
    () =>
      docxOf(docxDocument('<w:p/>'), [
        entry('..\\..\\..\\windows\\evil.dll', 'MZ'),
        entry('../../../tmp/evil.sh', '#!/bin/sh'),
      ]),
    'attachable',
  ),
  lazy('a PDF named with 300 emoji', `${'📄'.repeat(300)}.pdf`, () => PDF, 'clean-name'),
  lazy('a PDF named a letter and 300 emoji', `a${'📄'.repeat(300)}.pdf`, () => PDF, 'clean-name'),
];

export function hostileFiles(): readonly HostileFile[] {
  return HOSTILE_FILES;
}
