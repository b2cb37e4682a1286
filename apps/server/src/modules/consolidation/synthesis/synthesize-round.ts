import { type IndicatorTotal, numberOutline, type Outline } from '@tongket/domain';
import { sectionKind } from './evaluation.ts';
import { type FigureContext, matchPreviousFigures, type PreviousRound, scopeOf } from './figures.ts';
import {
  type SynthesisContribution,
  type SynthesisOptions,
  type SynthesizedSection,
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
  return new Map(roundSections(input, options));
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
  for (const [id, section] of roundSections(input, options)) {
    out.set(id, section);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

function* roundSections(
  input: RoundSynthesisInput,
  options: Omit<SynthesisOptions, keyof FigureContext>,
): Generator<[string, SynthesizedSection]> {
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
  const titles: string[] = [];
  for (const { section, depth } of numberOutline(input.outline.sections)) {
    titles.length = depth;
    const parents = [...titles].reverse();
    titles.push(section.title);
    if (input.only && !input.only.has(section.id)) continue;
    const contributions = input.contributions.get(section.id) ?? [];
    const indicators = input.withoutFigures ? [] : (totalsBySection.get(section.id) ?? []);
    if (contributions.length === 0 && !indicators.some((t) => t.units.length > 0)) continue;
    yield [
      section.id,
      synthesizeSection(
        { kind: sectionKind(section.title, parents), contributions, indicators },
        { ...options, scope, expected: input.expected, submissionOf, previous },
      ),
    ];
  }
}
