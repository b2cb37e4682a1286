import { type IndicatorTotal, numberOutline, type Outline } from '@tongket/domain';
import { sectionKind } from './evaluation.ts';
import { type FigureContext, matchPreviousFigures, type PreviousRound, scopeOf } from './figures.ts';
import { type PlacementSection, SectionPlacement } from './placement.ts';
import {
  type SynthesisContribution,
  type SynthesisOptions,
  type SynthesizedSection,
  sentenceTokens,
  synthesizeSection,
} from './synthesize.ts';

export interface RoundSynthesisInput {
  outline: Pick<Outline, 'sections'>;
  /** Each section's contributions in tree order, by section id. */
  contributions: Map<string, SynthesisContribution[]>;
  /** The round's indicator totals (indicatorTotals()). */
  indicators: IndicatorTotal[];
  /** The unit that issued the round: "UBND tỉnh Quảng Trị" makes the figures "toàn tỉnh". */
  issuingUnitName: string;
  /** Units asked for a report. */
  expected: number | null;
  /** The round this one was cloned from, with its totals: each figure sentence states the change against it. */
  previousRound?: PreviousRound | null;
  /** Sections to write; default every section of the outline. */
  only?: ReadonlySet<string>;
  /** Leave the figure sentences out (text appended to a section the clerk has edited). */
  withoutFigures?: boolean;
}

/** Every section of a round written by `synthesizeSection`, by section id (sections with nothing to say left out). */
export function synthesizeRound(
  input: RoundSynthesisInput,
  options: Omit<SynthesisOptions, keyof FigureContext> = {},
): Map<string, SynthesizedSection> {
  const out = new Map<string, SynthesizedSection>();
  for (const entry of roundSections(input, options)) if (entry) out.set(entry[0], entry[1]);
  return out;
}

/**
 * `synthesizeRound` handing the event loop back between sections: a thousand reports take seconds
 * of work, and the server keeps answering meanwhile.
 */
export async function synthesizeRoundYielding(
  input: RoundSynthesisInput,
  options: Omit<SynthesisOptions, keyof FigureContext> = {},
): Promise<Map<string, SynthesizedSection>> {
  const out = new Map<string, SynthesizedSection>();
  // A null between the sections read first (what each sentence is compared with) and those written.
  for (const entry of roundSections(input, options)) {
    if (entry) out.set(entry[0], entry[1]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

/**
 * Past this many contributions to a section, what the section is compared on is read from this
 * many spread over them in tree order: enough to know what its units write, in a fraction of the
 * time a thousand reports take to read.
 */
const PLACEMENT_SAMPLE = 250;

function sampleOf<T>(list: T[]): T[] {
  if (list.length <= PLACEMENT_SAMPLE) return list;
  const step = list.length / PLACEMENT_SAMPLE;
  return Array.from({ length: PLACEMENT_SAMPLE }, (_, i) => list[Math.floor(i * step)] as T);
}

function* roundSections(
  input: RoundSynthesisInput,
  options: Omit<SynthesisOptions, keyof FigureContext>,
): Generator<[string, SynthesizedSection] | null> {
  const submissionOf = new Map<string, string>();
  for (const list of input.contributions.values()) {
    for (const c of list) submissionOf.set(c.unitId, c.submissionId);
  }
  const totalsBySection = new Map<string, IndicatorTotal[]>();
  const indicatorSection = new Map<string, string>();
  for (const { section } of numberOutline(input.outline.sections)) {
    for (const indicator of section.indicators) indicatorSection.set(indicator.id, section.id);
  }
  for (const t of input.indicators) {
    const id = indicatorSection.get(t.indicatorId);
    if (!id) continue;
    totalsBySection.set(id, [...(totalsBySection.get(id) ?? []), t]);
  }
  const scope = scopeOf(input.issuingUnitName);
  const previous = matchPreviousFigures(input.indicators, input.previousRound ?? null);
  // Each section's kind, by its title and its parents' (nearest first).
  const sections: PlacementSection[] = [];
  const titles: string[] = [];
  for (const { section, path, depth } of numberOutline(input.outline.sections)) {
    titles.length = depth;
    const parents = [...titles].reverse();
    titles.push(section.title);
    sections.push({
      id: section.id,
      label: path,
      title: section.title,
      kind: sectionKind(section.title, parents),
    });
  }
  // Every section's text, whichever are written: the sections a sentence is compared with. Not
  // read when the sections written are all of one kind: nothing to compare.
  const written = new Set(sections.filter((s) => input.contributions.get(s.id)?.length).map((s) => s.kind));
  const placement = new SectionPlacement(sections);
  for (const { id } of written.size > 1 ? sections : []) {
    for (const { writer, tokens } of sentenceTokens(sampleOf(input.contributions.get(id) ?? []), options)) {
      placement.add(id, writer, tokens);
    }
    yield null;
  }
  const check = placement.comparable
    ? (id: string) => (sentences: Array<{ writer: string; tokens: string[] }>) =>
        placement.check(id, sentences)
    : () => undefined;
  for (const { id, kind } of sections) {
    if (input.only && !input.only.has(id)) continue;
    const contributions = input.contributions.get(id) ?? [];
    const indicators = input.withoutFigures ? [] : (totalsBySection.get(id) ?? []);
    if (contributions.length === 0 && !indicators.some((t) => t.units.length > 0)) continue;
    yield [
      id,
      synthesizeSection(
        { kind, contributions, indicators, placement: check(id) },
        { ...options, scope, expected: input.expected, submissionOf, previous },
      ),
    ];
  }
}
