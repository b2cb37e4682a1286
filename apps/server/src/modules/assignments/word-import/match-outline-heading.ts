import { foldVietnamese, nfc, numberOutline, type Outline, type OutlineSection } from '@tongket/domain';

/**
 * Which outline section a heading in a unit's Word file stands for. Units retype the outline's
 * titles — with or without the number, in capitals, without diacritics, fixing (or adding) a typo —
 * so titles are compared folded (no diacritics, lower case, punctuation and spacing ignored), exactly
 * first and then loosely; the number written in the file and the last section found decide between
 * sections that share a title.
 */

/** "list": drawn by Word's automatic numbering, known only by its nesting level. */
export type HeadingNumberKind = 'roman' | 'arabic' | 'letter' | 'bullet' | 'list';

export interface HeadingNumber {
  kind: HeadingNumberKind;
  /** 1-based position it claims among its siblings ("III." → 3, "b)" → 2); 0 when it claims none. */
  value: number;
  /** The outline depth it implies (0 top, 1 "1.", 2 "a)"), or null when it does not say. */
  depth: number | null;
}

export interface ParsedHeading {
  /** The heading with its number, NFC, spaces collapsed: shown back to the clerk. */
  written: string;
  number: HeadingNumber | null;
  /** The title without its number, folded for comparison. */
  folded: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(letters: string): number | null {
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN_VALUES[letters[i] as string];
    const next = ROMAN_VALUES[letters[i + 1] as string] ?? 0;
    if (value === undefined) return null;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 40 ? total : null;
}

const PART_WORD = /^(?:phần|mục|chương)\s+/iu;
// "9/ …", "I/ …", "a/ …": the slash many units type instead of the dot — but not a date ("08/6/2020").
const ROMAN = /^([IVX]{1,6})(?:\s*[.):\-–—]\s*|\s*\/(?!\d)\s*|\s+|$)(.*)$/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)(?:\s*[.):\-–—]\s*|\s*\/(?!\d)\s*|\s+|$)(.*)$/u;
const LETTER = /^([a-zđ])\s*(?:[.)]|\/(?!\d))\s*(.*)$/iu;
const BULLET = /^[-–—+*•·▪◦●■□➢✓]\s*(.*)$/u;

/** Splits "II - ĐÁNH GIÁ", "1) Thuận lợi", "9/ Hoạt động", "b. Khó khăn", "2 Công tác…" into number and title. */
export function parseHeading(text: string): ParsedHeading {
  const written = nfc(text).replace(/\s+/g, ' ').trim();
  let rest = written;
  let number: HeadingNumber | null = null;
  const withoutPartWord = rest.replace(PART_WORD, '');
  const roman = ROMAN.exec(withoutPartWord);
  const romanNumber = roman ? romanValue(roman[1] as string) : null;
  const arabic = ARABIC.exec(rest);
  const letter = LETTER.exec(rest);
  const bullet = BULLET.exec(rest);
  if (roman && romanNumber !== null) {
    number = { kind: 'roman', value: romanNumber, depth: 0 };
    rest = roman[2] as string;
  } else if (arabic) {
    const parts = (arabic[1] as string).split('.');
    number = { kind: 'arabic', value: Number(parts[parts.length - 1]), depth: parts.length };
    rest = arabic[2] as string;
  } else if (letter) {
    const ch = letter[1] as string;
    const lower = ch.toLowerCase();
    // "A.", "B." head the top-level parts in some reports, "a)", "b)" the third level in most.
    number = {
      kind: 'letter',
      value: lower === 'đ' ? 5 : lower.charCodeAt(0) - 96 + (lower > 'd' ? 1 : 0),
      depth: ch === lower ? 2 : null,
    };
    rest = letter[2] as string;
  } else if (bullet) {
    number = { kind: 'bullet', value: 0, depth: null };
    rest = bullet[1] as string;
  }
  return { written, number, folded: foldVietnamese(rest) };
}

interface Candidate {
  section: OutlineSection;
  depth: number;
  /** 1-based position among its siblings. */
  position: number;
  /** Reading order in the whole outline. */
  order: number;
  parent: OutlineSection | null;
  folded: string;
}

export interface OutlineMatch {
  section: OutlineSection;
  depth: number;
  /** The folded titles are equal. */
  exact: boolean;
}

/** Exact folded equality, else a close match: Levenshtein similarity, or one title containing the other. */
const MIN_SIMILARITY = 0.85;
const MIN_CONTAINED_LENGTH = 12;
/** Beyond this a "heading" is a styled paragraph; an edit distance over it would only cost time. */
const MAX_FUZZY_LENGTH = 300;
const EXACT_SCORE = 2;
const CONTAINED_SCORE = 0.8;
/** Lines whose scores are remembered at once; a report asks about each line a few times in a row. */
const MAX_CACHED_SCORES = 256;

export class OutlineHeadingMatcher {
  private readonly candidates: Candidate[];
  private readonly parentOf = new Map<string, OutlineSection | null>();
  private readonly byId = new Map<string, Candidate>();
  private last: Candidate | null = null;
  private readonly scoreCache = new Map<string, number[]>();

  constructor(outline: Outline) {
    const numbered = numberOutline(outline.sections);
    const walk = (list: readonly OutlineSection[], parent: OutlineSection | null) => {
      for (const section of list) {
        this.parentOf.set(section.id, parent);
        walk(section.children, section);
      }
    };
    walk(outline.sections, null);
    this.candidates = numbered.map((n, order) => {
      const parent = this.parentOf.get(n.section.id) ?? null;
      const siblings = parent ? parent.children : outline.sections;
      const candidate: Candidate = {
        section: n.section,
        depth: n.depth,
        position: siblings.indexOf(n.section) + 1,
        order,
        parent,
        folded: foldVietnamese(n.section.title),
      };
      this.byId.set(n.section.id, candidate);
      return candidate;
    });
  }

  /**
   * The section a heading most likely stands for, or null. Containment (one title inside the
   * other) is only good enough for text that looks like a heading on its own; a plain numbered
   * paragraph must be the title, or nearly. Nothing changes until `accept`.
   */
  find(heading: ParsedHeading, options: { allowContainment: boolean }): OutlineMatch | null {
    if (heading.folded === '') return null;
    const scores = this.scoresOf(heading.folded);
    let best: Candidate | null = null;
    let bestScore = 0;
    let bestKey: number[] | null = null;
    for (const [i, candidate] of this.candidates.entries()) {
      const score = scores[i] as number;
      if (score === 0 || (score === CONTAINED_SCORE && !options.allowContainment)) continue;
      const key = [score, ...this.contextKey(candidate, heading.number)];
      if (bestKey === null || compareKeys(key, bestKey) > 0) {
        best = candidate;
        bestScore = score;
        bestKey = key;
      }
    }
    return best ? { section: best.section, depth: best.depth, exact: bestScore === EXACT_SCORE } : null;
  }

  /** Each candidate's title score for a folded heading; a line is often asked about more than once. */
  private scoresOf(folded: string): number[] {
    let scores = this.scoreCache.get(folded);
    if (!scores) {
      scores = this.candidates.map((candidate) => titleScore(folded, candidate.folded));
      if (this.scoreCache.size >= MAX_CACHED_SCORES) this.scoreCache.clear();
      this.scoreCache.set(folded, scores);
    }
    return scores;
  }

  /** Takes a match as the context the next heading is read in. */
  accept(match: OutlineMatch): void {
    this.last = this.byId.get(match.section.id) ?? null;
  }

  /**
   * Higher is better, compared in order: the written number's level agrees; the candidate sits under
   * the section matched last, or one of its ancestors (the deeper that parent, the better); the
   * written position agrees; it comes after the last match in the outline; it comes earlier.
   */
  private contextKey(candidate: Candidate, number: HeadingNumber | null): number[] {
    const levelAgrees = number?.depth != null && number.depth === candidate.depth ? 1 : 0;
    let proximity = 0;
    const lineage: Array<OutlineSection | null> = [null];
    for (let s: OutlineSection | null = this.last?.section ?? null; s; s = this.parentOf.get(s.id) ?? null) {
      lineage.push(s);
    }
    const parentAt = lineage.indexOf(candidate.parent);
    if (parentAt >= 0) {
      const parentDepth = candidate.parent ? (this.byId.get(candidate.parent.id)?.depth ?? 0) + 1 : 0;
      proximity = 1 + parentDepth;
    }
    const positionAgrees = number && number.value > 0 && number.value === candidate.position ? 1 : 0;
    const after = this.last && candidate.order > this.last.order ? 1 : 0;
    return [levelAgrees, proximity, positionAgrees, after, -candidate.order];
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** 2 for an exact folded match, the similarity (0.85–1) for a close one, 0.8 for containment, else 0. */
export function titleScore(heading: string, title: string): number {
  if (heading === title) return EXACT_SCORE;
  const similarity =
    heading.length <= MAX_FUZZY_LENGTH && title.length <= MAX_FUZZY_LENGTH
      ? levenshteinSimilarity(heading, title)
      : 0;
  if (similarity >= MIN_SIMILARITY) return similarity;
  if (heading.length >= MIN_CONTAINED_LENGTH && title.length >= MIN_CONTAINED_LENGTH) {
    const [shorter, longer] = heading.length <= title.length ? [heading, title] : [title, heading];
    if (` ${longer} `.includes(` ${shorter} `)) return CONTAINED_SCORE;
  }
  return 0;
}

/** 1 − edit distance / longer length; 0 as soon as it is sure to fall below the threshold. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Cheap bound first: the distance is at least the length difference.
  if (1 - Math.abs(a.length - b.length) / longer < MIN_SIMILARITY) return 0;
  // Every paragraph is compared with every title, so: two reused rows, and a stop once every
  // cell of a row is over the distance the threshold allows (the distance never shrinks again).
  const allowed = Math.floor(longer * (1 - MIN_SIMILARITY) + 1e-9);
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const cell = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > allowed) return 0;
    [previous, current] = [current, previous];
  }
  return 1 - (previous[b.length] as number) / longer;
}
