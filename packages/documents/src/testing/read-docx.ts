import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface DocxSection {
  /** Twips, as w:pgSz says (already swapped for landscape). */
  pageWidth: number;
  pageHeight: number;
  orientation?: 'portrait' | 'landscape';
  /** Twips, from w:pgMar. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Distance of the page header from the top edge, in twips. */
  headerDistance?: number;
  /** w:titlePg: the first page has its own (here: empty) header. */
  titlePage: boolean;
  /** Page header parts by reference type ("default", "first", "even"): "word/header1.xml". */
  headers: Record<string, string>;
}

export interface DocxContent {
  /** mammoth's raw text, NFC. */
  text: string;
  documentXml: string;
  stylesXml: string;
  /** XML of every page header part (word/header*.xml), by part name. */
  headersXml: Record<string, string>;
  /** The first section of the body (the main text). */
  section: DocxSection;
  sections: DocxSection[];
  /** Font names of every w:rFonts (ascii, hAnsi, cs, eastAsia) in document.xml, styles.xml and the headers. */
  fonts: string[];
  /** Theme font references (w:asciiTheme…) met in the same parts: a run using one takes the theme's font. */
  themeFontRefs: string[];
  core: { title?: string; subject?: string; creator?: string };
}

function attr(xml: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(xml);
  return m?.[1];
}

function num(xml: string, name: string): number {
  const v = attr(xml, name);
  return v === undefined ? Number.NaN : Number(v);
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function parseSection(sectPr: string, rels: Record<string, string>): DocxSection {
  const pgSz = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0] ?? '';
  const pgMar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0] ?? '';
  const orient = attr(pgSz, 'w:orient');
  const header = attr(pgMar, 'w:header');
  return {
    pageWidth: num(pgSz, 'w:w'),
    pageHeight: num(pgSz, 'w:h'),
    orientation: orient === 'landscape' || orient === 'portrait' ? orient : undefined,
    margins: {
      top: num(pgMar, 'w:top'),
      bottom: num(pgMar, 'w:bottom'),
      left: num(pgMar, 'w:left'),
      right: num(pgMar, 'w:right'),
    },
    headerDistance: header === undefined ? undefined : Number(header),
    titlePage: /<w:titlePg\b(?![^>]*w:val="(?:false|0)")[^>]*>/.test(sectPr),
    headers: Object.fromEntries(
      [...sectPr.matchAll(/<w:headerReference\b[^>]*>/g)].map((m) => [
        attr(m[0], 'w:type') ?? 'default',
        rels[attr(m[0], 'r:id') ?? ''] ?? '',
      ]),
    ),
  };
}

/** Unpacks a DOCX the way a test wants to look at it. */
export async function readDocx(buffer: Buffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const documentXml = await part('word/document.xml');
  const stylesXml = await part('word/styles.xml');
  const headersXml: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) {
    headersXml[name] = await part(name);
  }
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(buffer) });

  const rels: Record<string, string> = {};
  for (const [rel] of (await part('word/_rels/document.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target) rels[id] = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  }
  const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) =>
    parseSection(m[0], rels),
  );
  const first = sections[0];
  if (!first) throw new Error('document.xml has no w:sectPr');

  const fonts = new Set<string>();
  const themeFontRefs = new Set<string>();
  for (const xml of [documentXml, stylesXml, ...Object.values(headersXml)]) {
    for (const [tag] of xml.matchAll(/<w:rFonts\b[^>]*>/g)) {
      for (const m of tag.matchAll(/w:(ascii|hAnsi|cs|eastAsia)(Theme)?="([^"]*)"/g)) {
        (m[2] ? themeFontRefs : fonts).add(decodeXml(m[3] ?? ''));
      }
    }
  }

  const coreXml = await part('docProps/core.xml');
  const core = (tag: string) => {
    const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(coreXml);
    return m ? decodeXml(m[1] ?? '').normalize('NFC') : undefined;
  };

  return {
    text: value.normalize('NFC'),
    documentXml,
    stylesXml,
    headersXml,
    section: first,
    sections,
    fonts: [...fonts].sort(),
    themeFontRefs: [...themeFontRefs].sort(),
    core: { title: core('dc:title'), subject: core('dc:subject'), creator: core('dc:creator') },
  };
}
