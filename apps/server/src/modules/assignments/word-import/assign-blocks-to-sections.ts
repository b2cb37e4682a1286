import {
  foldVietnamese,
  numberOutline,
  type Outline,
  type OutlineSection,
  type WordImport,
} from '@tongket/domain';
import {
  type HeadingNumber,
  OutlineHeadingMatcher,
  type OutlineMatch,
  type ParsedHeading,
  parseHeading,
} from './match-outline-heading.ts';
import { type HtmlBlock, MAX_HEADING_CHARS, type ParagraphCut, paragraphCuts } from './split-html-blocks.ts';

/**
 * Distributes a report's blocks over the outline: each heading that names a section opens it, and
 * what follows up to the next heading is that section's text. Text before any heading, and text
 * under headings that name no section, is handed back apart so the clerk can place it.
 */

/**
 * How sure we are that a block is a heading. "strong": a Word heading style or a paragraph in bold
 * — it starts a part even when it names no section. "weak": numbered but not bold, or a bold
 * bullet — a heading only when it names a section, otherwise body text ("1. Đã xét nghiệm 300
 * mẫu." is a list item, not a new part).
 */
type HeadingStrength = 'strong' | 'weak';

interface HeadingCandidate {
  heading: ParsedHeading;
  strength: HeadingStrength;
  /** From a Word heading style (h1–h6): never folded back into the text above it. */
  styled: boolean;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The heading with the number Word's automatic numbering draws before it ("9.", "II."), when its
 * text carries none of its own; the heading stays written as the text is.
 */
function withLabel(heading: ParsedHeading, label: string | null): ParsedHeading {
  if (heading.number || !label) return heading;
  const number = parseHeading(label).number;
  return number ? { ...heading, number } : heading;
}

function headingCandidate(block: HtmlBlock): HeadingCandidate | null {
  if (block.tag && /^h[1-6]$/.test(block.tag)) {
    const text = oneLine(block.text);
    return text
      ? { heading: withLabel(parseHeading(text), block.label), strength: 'strong', styled: true }
      : null;
  }
  if (block.tag !== 'p' && block.tag !== null) return null;
  const text = oneLine(block.text);
  if (text === '' || text.length > MAX_HEADING_CHARS) return null;
  const heading = withLabel(parseHeading(text), block.label);
  if (block.allBold) {
    return { heading, strength: heading.number?.kind === 'bullet' ? 'weak' : 'strong', styled: false };
  }
  const numbered = heading.number !== null && heading.number.kind !== 'bullet';
  return numbered ? { heading, strength: 'weak', styled: false } : null;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A list of bold lines is Word's automatic numbering of headings when one of its lines names a
 * section; it is then read as one heading per line, the number Word draws (or, when it is not
 * known, the nesting level) standing for the number. Otherwise it is an ordinary list and stays whole.
 */
function expandHeadingList(
  block: HtmlBlock,
  matcher: OutlineHeadingMatcher,
): Array<{ block: HtmlBlock; candidate: HeadingCandidate }> | null {
  if (!block.listHeadings) return null;
  const items = block.listHeadings.map(({ text, level, label }) => {
    const parsed = withLabel(parseHeading(text), label);
    const heading: ParsedHeading = parsed.number
      ? parsed
      : { ...parsed, number: { kind: 'list', value: 0, depth: level } };
    const html = `<p><strong>${escapeText(text)}</strong></p>`;
    return {
      block: plainBlock('p', html, text, true),
      candidate: { heading, strength: 'strong' as const, styled: false },
    };
  });
  const namesASection = items.some(({ candidate }) =>
    matcher.find(candidate.heading, { allowContainment: false }),
  );
  return namesASection ? items : null;
}

function plainBlock(tag: string, html: string, text: string, allBold: boolean): HtmlBlock {
  return { tag, html, text, allBold, listHeadings: null, listItems: null, label: null };
}

/**
 * A list of plain lines numbered by Word ("1." drawn from numbering.xml, not typed) whose lines
 * include a section's title: each numbered line becomes a paragraph that starts with the number Word
 * draws, read like a typed one; lines without a number stay list items. Null when no line names a
 * section: the list is then text and stays whole.
 */
function expandNumberedList(
  block: HtmlBlock,
  namesASection: (block: HtmlBlock) => boolean,
): HtmlBlock[] | null {
  if (!block.listItems || block.listHeadings || (block.tag !== 'ol' && block.tag !== 'ul')) return null;
  const tag = block.tag;
  const lines = block.listItems.map((item) =>
    item.label
      ? plainBlock('p', `<p>${escapeText(item.label)} ${item.html}</p>`, `${item.label} ${item.text}`, false)
      : plainBlock(tag, `<${tag}><li>${item.html}</li></${tag}>`, item.text, item.bold),
  );
  return lines.some((line) => line.tag === 'p' && namesASection(line)) ? lines : null;
}

/**
 * "Nơi nhận:" opens the closing block of an official document (recipients, signature), often laid
 * out as a borderless table or written on one line ("Nơi nhận: - Như trên; - Lưu: VT."); it belongs
 * to no section, so it is handed back apart, with its text.
 */
function closingPart(block: HtmlBlock): UnmatchedPart | null {
  if (!foldVietnamese(block.text.slice(0, 40)).startsWith('noi nhan')) return null;
  const firstLine = oneLine(block.text.split(/[\n\t]/)[0] ?? '');
  const colon = firstLine.indexOf(':');
  const heading = colon >= 0 ? firstLine.slice(0, colon + 1) : firstLine;
  // A paragraph that is only "Nơi nhận:" heads the lines that follow; anything more is content.
  const content = block.tag === 'table' || oneLine(block.text) !== heading;
  return { kind: 'unmatched', heading, blocks: content ? [block] : [] };
}

/** A number that puts the heading below a section at `depth` ("a)" under "5.", "1." under "III."). */
function isDeeper(number: HeadingNumber | null, depth: number): boolean {
  if (!number) return false;
  if (number.kind === 'bullet') return true;
  return number.depth !== null && number.depth > depth;
}

interface SectionPart {
  kind: 'section';
  section: OutlineSection;
  depth: number;
  heading: string;
  blocks: HtmlBlock[];
}
interface UnmatchedPart {
  kind: 'unmatched';
  heading: string | null;
  blocks: HtmlBlock[];
}
type Part = SectionPart | UnmatchedPart;

export function assignBlocksToSections(blocks: readonly HtmlBlock[], outline: Outline): WordImport {
  const matcher = new OutlineHeadingMatcher(outline);
  const parts: Part[] = [];
  let current: Part = { kind: 'unmatched', heading: null, blocks: [] };
  parts.push(current);

  /**
   * The section a heading opens here, if any, and whether it reads as the unit's own sub-heading of
   * the current section. Nothing changes until `open`.
   */
  const sectionFor = (
    heading: ParsedHeading,
    options: { styled: boolean; allowContainment: boolean },
  ): { match: OutlineMatch | null; subHeading: boolean } => {
    // Under a section with no sub-sections, a bold "a) …" or "- …" is the unit's own structure:
    // it stays in that section unless it is, word for word, another section's title.
    const subHeading =
      !options.styled && current.kind === 'section' && current.section.children.length === 0
        ? isDeeper(heading.number, current.depth)
        : false;
    const match = matcher.find(heading, { allowContainment: options.allowContainment });
    return { match: match && (match.exact || !subHeading) ? match : null, subHeading };
  };

  const open = (match: OutlineMatch, written: string) => {
    matcher.accept(match);
    current = { kind: 'section', section: match.section, depth: match.depth, heading: written, blocks: [] };
    parts.push(current);
  };

  const place = (block: HtmlBlock, candidate: HeadingCandidate | null) => {
    if (!candidate) {
      current.blocks.push(block);
      return;
    }
    const { heading, strength, styled } = candidate;
    const { match, subHeading } = sectionFor(heading, { styled, allowContainment: strength === 'strong' });
    if (match) {
      open(match, heading.written);
    } else if (strength === 'weak' || subHeading) {
      current.blocks.push(block);
    } else {
      current = { kind: 'unmatched', heading: heading.written, blocks: [] };
      parts.push(current);
    }
  };

  /**
   * "1. Công tác chỉ đạo, điều hành: Ban Chỉ đạo đã …": a numbered or bold opening that names a
   * section, and its text on the same line. The first such cut wins.
   */
  const headingWithText = (
    block: HtmlBlock,
  ): { cut: ParagraphCut; heading: ParsedHeading; match: OutlineMatch } | null => {
    for (const cut of paragraphCuts(block)) {
      const heading = withLabel(parseHeading(cut.heading), block.label);
      const numbered = heading.number !== null && heading.number.kind !== 'bullet';
      if (!numbered && !cut.bold) continue;
      const { match } = sectionFor(heading, { styled: false, allowContainment: cut.bold });
      if (match) return { cut, heading, match };
    }
    return null;
  };

  /** True when the block would open a section as the text stands now. */
  const namesASection = (block: HtmlBlock): boolean => {
    if (headingWithText(block)) return true;
    const candidate = headingCandidate(block);
    return candidate !== null && matcher.find(candidate.heading, { allowContainment: false }) !== null;
  };

  const read = (block: HtmlBlock) => {
    const closing = closingPart(block);
    if (closing) {
      current = closing;
      parts.push(current);
      return;
    }
    const headingList = expandHeadingList(block, matcher);
    if (headingList) {
      for (const item of headingList) place(item.block, item.candidate);
      return;
    }
    const numberedList = expandNumberedList(block, namesASection);
    if (numberedList) {
      for (const line of numberedList) read(line);
      return;
    }
    const split = headingWithText(block);
    if (split) {
      open(split.match, split.heading.written);
      current.blocks.push(split.cut.rest);
      return;
    }
    place(block, headingCandidate(block));
  };

  for (const block of blocks) read(block);

  const bySection = new Map<string, { heading: string; html: string[] }>();
  const unmatched: WordImport['unmatched'] = [];
  for (const part of parts) {
    if (part.kind === 'unmatched') {
      // A heading with nothing under it (the document's own title, "BÁO CÁO") carries no text.
      if (part.blocks.length === 0) continue;
      unmatched.push({
        heading: part.heading,
        html: part.blocks.map((b) => b.html).join(''),
        text: part.blocks.map((b) => b.text).join('\n'),
      });
      continue;
    }
    // A section with sub-sections is usually only a title; it counts when something is written
    // under it before its first sub-section.
    if (part.section.children.length > 0 && part.blocks.length === 0) continue;
    const entry = bySection.get(part.section.id) ?? { heading: part.heading, html: [] };
    entry.html.push(...part.blocks.map((b) => b.html));
    bySection.set(part.section.id, entry);
  }

  const matches: WordImport['matches'] = [];
  for (const { section } of numberOutline(outline.sections)) {
    const entry = bySection.get(section.id);
    if (entry) matches.push({ sectionId: section.id, heading: entry.heading, html: entry.html.join('') });
  }
  return { matches, unmatched };
}
