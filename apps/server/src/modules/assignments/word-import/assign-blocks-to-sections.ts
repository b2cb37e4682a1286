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
  type ParsedHeading,
  parseHeading,
} from './match-outline-heading.ts';
import { type HtmlBlock, MAX_HEADING_CHARS } from './split-html-blocks.ts';

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

function headingCandidate(block: HtmlBlock): HeadingCandidate | null {
  if (block.tag && /^h[1-6]$/.test(block.tag)) {
    const text = oneLine(block.text);
    return text ? { heading: parseHeading(text), strength: 'strong', styled: true } : null;
  }
  if (block.tag !== 'p' && block.tag !== null) return null;
  const text = oneLine(block.text);
  if (text === '' || text.length > MAX_HEADING_CHARS) return null;
  const heading = parseHeading(text);
  if (block.allBold) {
    return { heading, strength: heading.number?.kind === 'bullet' ? 'weak' : 'strong', styled: false };
  }
  const numbered = heading.number !== null && heading.number.kind !== 'bullet';
  return numbered ? { heading, strength: 'weak', styled: false } : null;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A list of bold lines is Word's automatic numbering of headings when one of its lines names a
 * section; it is then read as one heading per line, the nesting level standing in for the number
 * Word drew. Otherwise it is an ordinary list and stays whole.
 */
function expandHeadingList(
  block: HtmlBlock,
  matcher: OutlineHeadingMatcher,
): Array<{ block: HtmlBlock; candidate: HeadingCandidate }> | null {
  if (!block.listHeadings) return null;
  const items = block.listHeadings.map(({ text, level }) => {
    const parsed = parseHeading(text);
    const heading: ParsedHeading = parsed.number
      ? parsed
      : { ...parsed, number: { kind: 'list', value: 0, depth: level } };
    const html = `<p><strong>${escapeText(text)}</strong></p>`;
    return {
      block: { tag: 'p', html, text, allBold: true, listHeadings: null },
      candidate: { heading, strength: 'strong' as const, styled: false },
    };
  });
  const namesASection = items.some(({ candidate }) =>
    matcher.find(candidate.heading, { allowContainment: false }),
  );
  return namesASection ? items : null;
}

/**
 * "Nơi nhận:" opens the closing block of an official document (recipients, signature), often laid
 * out as a borderless table; it belongs to no section, so it is handed back apart.
 */
function closingLine(block: HtmlBlock): string | null {
  if (!foldVietnamese(block.text.slice(0, 40)).startsWith('noi nhan')) return null;
  return oneLine(block.text.split(/[\n\t]/)[0] ?? '');
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

  const place = (block: HtmlBlock, candidate: HeadingCandidate | null) => {
    if (!candidate) {
      current.blocks.push(block);
      return;
    }
    const { heading, strength, styled } = candidate;
    // Under a section with no sub-sections, a bold "a) …" or "- …" is the unit's own structure:
    // it stays in that section unless it is, word for word, another section's title.
    const subHeading =
      !styled && current.kind === 'section' && current.section.children.length === 0
        ? isDeeper(heading.number, current.depth)
        : false;
    const match = matcher.find(heading, { allowContainment: strength === 'strong' });
    if (match && (match.exact || !subHeading)) {
      matcher.accept(match);
      current = {
        kind: 'section',
        section: match.section,
        depth: match.depth,
        heading: heading.written,
        blocks: [],
      };
      parts.push(current);
    } else if (strength === 'weak' || subHeading) {
      current.blocks.push(block);
    } else {
      current = { kind: 'unmatched', heading: heading.written, blocks: [] };
      parts.push(current);
    }
  };

  for (const block of blocks) {
    const closing = closingLine(block);
    if (closing !== null) {
      // The "Nơi nhận:" paragraph is a heading; a table that starts with it is content too.
      current = { kind: 'unmatched', heading: closing, blocks: block.tag === 'table' ? [block] : [] };
      parts.push(current);
      continue;
    }
    const headingList = expandHeadingList(block, matcher);
    if (headingList) {
      for (const item of headingList) place(item.block, item.candidate);
    } else {
      place(block, headingCandidate(block));
    }
  }

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
