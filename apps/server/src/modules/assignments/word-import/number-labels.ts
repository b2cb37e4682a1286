import { toRoman } from '@tongket/domain';
import { ElementType, parseDocument } from 'htmlparser2';

/**
 * Word's automatic numbering draws a paragraph's number ("9.", "II.", "b)") from numbering.xml; the
 * number is not in the text, and the HTML converter renders such paragraphs as plain list items that
 * always count 1, 2, 3. A clerk sees the number Word displays, and units often number their
 * headings this way without any heading style or bold, so the import computes each displayed number
 * the way Word does (per list and level, restarting when a higher level is used or a list restarts)
 * and writes it, between two private-use marker characters, at the start of the paragraph's text.
 * The block splitter takes the label out again and keeps it beside the paragraph.
 */

export const LABEL_START = '\uE000';
export const LABEL_END = '\uE001';
const LABEL = /\uE000([^\uE000\uE001]*)\uE001/;
const LABELS = /\uE000[^\uE000\uE001]*\uE001/g;

/** Removes every label marker (with its label) from text or markup. */
export function stripNumberLabels(text: string): string {
  return text.includes(LABEL_START) ? text.replace(LABELS, '') : text;
}

/** The first label in the text, if any. */
export function findNumberLabel(text: string): string | null {
  const found = LABEL.exec(text);
  return found ? (found[1] as string) : null;
}

type XmlNode = ReturnType<typeof parseDocument>['children'][number];
type XmlElement = Extract<XmlNode, { attribs: unknown }>;
const isElement = (node: XmlNode): node is XmlElement => ElementType.isTag(node);

function childrenNamed(node: XmlElement | undefined, name: string): XmlElement[] {
  if (!node) return [];
  return node.children.filter((c): c is XmlElement => isElement(c) && c.name === name);
}
const child = (node: XmlElement | undefined, name: string) => childrenNamed(node, name)[0];
const val = (node: XmlElement | undefined) => node?.attribs['w:val'];

function intOf(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

function* descendants(
  node: XmlElement | ReturnType<typeof parseDocument>,
  name: string,
): Generator<XmlElement> {
  for (const c of node.children) {
    if (!isElement(c)) continue;
    if (c.name === name) yield c;
    yield* descendants(c, name);
  }
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** 1-based level after whose use this level restarts; 0 never; null: after any higher level. */
  restart: number | null;
  legal: boolean;
}

interface NumberingDefinitions {
  abstractLevels: Map<string, Map<number, Level>>;
  /** Numbering styles an abstract definition only links to (w:numStyleLink). */
  abstractStyleLink: Map<string, string>;
  nums: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> }>;
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: intOf(val(child(lvl, 'w:start'))) ?? 1,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    restart: intOf(val(child(lvl, 'w:lvlRestart'))),
    legal: child(lvl, 'w:isLgl') !== undefined && val(child(lvl, 'w:isLgl')) !== '0',
  };
}

function readNumbering(xml: string): NumberingDefinitions {
  const root = parseDocument(xml, { xmlMode: true });
  const defs: NumberingDefinitions = {
    abstractLevels: new Map(),
    abstractStyleLink: new Map(),
    nums: new Map(),
  };
  for (const abstract of descendants(root, 'w:abstractNum')) {
    const id = abstract.attribs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of childrenNamed(abstract, 'w:lvl'))
      levels.set(intOf(lvl.attribs['w:ilvl']) ?? 0, readLevel(lvl));
    defs.abstractLevels.set(id, levels);
    const link = val(child(abstract, 'w:numStyleLink'));
    if (link) defs.abstractStyleLink.set(id, link);
  }
  for (const num of descendants(root, 'w:num')) {
    const id = num.attribs['w:numId'];
    const abstractId = val(child(num, 'w:abstractNumId'));
    if (id === undefined || abstractId === undefined) continue;
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const ilvl = intOf(override.attribs['w:ilvl']) ?? 0;
      const start = intOf(val(child(override, 'w:startOverride')));
      if (start !== null) starts.set(ilvl, start);
      const lvl = child(override, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    defs.nums.set(id, { abstractId, starts, levels });
  }
  return defs;
}

interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
}

/** Each paragraph or numbering style's own numPr and the style it is based on. */
function readStyles(xml: string | null): Map<string, StyleNumbering & { basedOn: string | null }> {
  const styles = new Map<string, StyleNumbering & { basedOn: string | null }>();
  if (!xml) return styles;
  for (const style of descendants(parseDocument(xml, { xmlMode: true }), 'w:style')) {
    const id = style.attribs['w:styleId'];
    if (id === undefined) continue;
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    styles.set(id, {
      numId: val(child(numPr, 'w:numId')) ?? null,
      ilvl: intOf(val(child(numPr, 'w:ilvl'))),
      basedOn: val(child(style, 'w:basedOn')) ?? null,
    });
  }
  return styles;
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not a base-26 number). */
function letters(n: number): string {
  const index = (n - 1) % 26;
  return String.fromCharCode(97 + index).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter as the level's number format draws it; unknown formats fall back to digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return n > 0 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? toRoman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return n > 0 ? letters(n).toUpperCase() : String(n);
    case 'lowerLetter':
      return n > 0 ? letters(n) : String(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

const MAX_LEVELS = 9;

/**
 * Counts Word's numbered paragraphs in document order and says the number each displays. Lists
 * that share an abstract definition continue one another unless a list restarts it
 * (w:startOverride); a level restarts when a higher level is used, or as w:lvlRestart says.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styles: Map<string, StyleNumbering & { basedOn: string | null }>,
  ) {}

  /** The numId and level a paragraph gets from its own numPr, else from its style chain. */
  numberingOf(numId: string | null, ilvl: number | null, styleId: string | null): StyleNumbering | null {
    if (numId !== null) return { numId, ilvl };
    // The nearest style that says the level wins, as does the nearest that names the list.
    const seen = new Set<string>();
    let level = ilvl;
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const style = this.styles.get(id);
      level ??= style?.ilvl ?? null;
      if (style?.numId) return { numId: style.numId, ilvl: level };
    }
    return null;
  }

  /** The label the next paragraph numbered with (numId, ilvl) displays; null for bullets and none. */
  next(numId: string, ilvl: number): string | null {
    const level = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const num = this.defs.nums.get(numId);
    if (!num) return null;
    const abstractId = this.resolveAbstract(num.abstractId);
    const abstract = this.defs.abstractLevels.get(abstractId);
    const levelOf = (l: number) => num.levels.get(l) ?? abstract?.get(l);
    const startOf = (l: number) => num.starts.get(l) ?? levelOf(l)?.start ?? 1;
    const def = levelOf(level);
    if (!def) return null;
    // A list that restarts its numbering counts on its own; the others share the abstract's count.
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = new Array(MAX_LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    counters[level] = counters[level] === undefined ? startOf(level) : (counters[level] as number) + 1;
    for (let deeper = level + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart ?? null;
      if (restart === null || (restart > 0 && level < restart)) counters[deeper] = undefined;
    }
    if (def.format === 'bullet' || def.format === 'none') return null;
    const label = def.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = (counters as Array<number | undefined>)[l] ?? startOf(l);
      return formatNumber(value, def.legal ? 'decimal' : (levelOf(l)?.format ?? 'decimal'));
    });
    const trimmed = label.replace(/[\uE000\uE001]/g, '').trim();
    return trimmed === '' ? null : trimmed;
  }

  private resolveAbstract(abstractId: string): string {
    const seen = new Set<string>();
    let id = abstractId;
    while (!seen.has(id)) {
      seen.add(id);
      const link = this.defs.abstractStyleLink.get(id);
      const numId = link ? this.styles.get(link)?.numId : null;
      const next = numId ? this.defs.nums.get(numId)?.abstractId : undefined;
      if (!next) break;
      id = next;
    }
    return id;
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** True when the paragraph has visible text of its own (an empty numbered line is left alone). */
function hasText(paragraph: XmlElement): boolean {
  for (const t of descendants(paragraph, 'w:t')) {
    if (t.children.some((c) => c.type === ElementType.Text && c.data.trim() !== '')) return true;
  }
  return false;
}

/**
 * The document part with each numbered paragraph's displayed number written as a marked label at
 * the start of its text, or null when nothing in it is numbered.
 */
export function labelNumberedParagraphs(
  documentXml: string,
  numberingXml: string,
  stylesXml: string | null,
): string | null {
  const counter = new NumberingCounter(readNumbering(numberingXml), readStyles(stylesXml));
  const root = parseDocument(documentXml, { xmlMode: true, withStartIndices: true, withEndIndices: true });
  const insertions: Array<{ at: number; label: string }> = [];
  for (const paragraph of descendants(root, 'w:p')) {
    const pPr = child(paragraph, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const numbering = counter.numberingOf(
      val(child(numPr, 'w:numId')) ?? null,
      intOf(val(child(numPr, 'w:ilvl'))),
      val(child(pPr, 'w:pStyle')) ?? null,
    );
    if (!numbering?.numId || numbering.numId === '0') continue;
    const label = counter.next(numbering.numId, numbering.ilvl ?? 0);
    if (label === null || !hasText(paragraph)) continue;
    const at =
      pPr?.endIndex != null
        ? pPr.endIndex + 1
        : (paragraph.startIndex ?? 0) + documentXml.slice(paragraph.startIndex ?? 0).indexOf('>') + 1;
    insertions.push({ at, label });
  }
  if (insertions.length === 0) return null;
  let out = '';
  let from = 0;
  for (const { at, label } of insertions) {
    out += documentXml.slice(from, at);
    out += `<w:r><w:t xml:space="preserve">${LABEL_START}${escapeXml(label)}${LABEL_END}</w:t></w:r>`;
    from = at;
  }
  return out + documentXml.slice(from);
}

/**
 * The .docx with its automatic numbers written in as marked labels, or the file itself when it has
 * no numbering (or cannot be read here: the converter then says what is wrong with it).
 */
export async function withNumberLabels(file: Buffer): Promise<Buffer> {
  // Loaded here, like mammoth: only a parser process reads a Word file.
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(file);
    const numberingPart = zip.file('word/numbering.xml');
    const documentName = Object.keys(zip.files).find((name) => /^word\/document\d*\.xml$/i.test(name));
    if (!numberingPart || !documentName) return file;
    const documentPart = zip.file(documentName);
    if (!documentPart) return file;
    const labelled = labelNumberedParagraphs(
      await documentPart.async('string'),
      await numberingPart.async('string'),
      (await zip.file('word/styles.xml')?.async('string')) ?? null,
    );
    if (labelled === null) return file;
    zip.file(documentName, labelled);
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } catch {
    return file;
  }
}
