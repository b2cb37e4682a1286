import { type IndicatorTotal, numberOutline, type Outline } from '@tongket/domain';
import { sectionKind } from './evaluation.ts';
import { type FigureContext, matchPreviousFigures, type PreviousRound, scopeOf } from './figures.ts';
import { type PlacementSection, SectionPlacement } from './placement.ts';
import {
  analyseSection,
  draftCost,
  draftSection,
  type SectionAnalysis,
  type SectionLimit,
  type SynthesisContribution,
  type SynthesisOptions,
  type SynthesizedSection,
  sentenceTokens,
} from './synthesize.ts';

export interface RoundSynthesisInput {
  outline: Pick<Outline, 'sections'>;
  /** Each section's contributions in tree order, by section id (those written at least: see `placement`). */
  contributions: Map<string, SynthesisContribution[]>;
  /**
   * What each section is compared on when a sentence seems to belong elsewhere (`roundPlacement`,
   * built from every section's contributions or at least `placementSample` of them). Default built
   * here from `contributions`; given, the sections written can be read a few at a time
   * (`contributions` holding those only), every group compared with the same placement.
   */
  placement?: RoundPlacement;
  /** Each unit's submission that has a text in some section (a figure's source); default read from `contributions`. */
  submissions?: Map<string, string>;
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

type RoundOptions = Omit<SynthesisOptions, keyof FigureContext>;

/**
 * What a round's sentences are compared on to find text written in the wrong section: every
 * section's bag of tokens (`SectionPlacement`). Built once from what the sections are compared on,
 * it serves every group of sections written a few at a time, and the texts it was built from can
 * go: a thousand reports' samples are tens of megabytes as strings, and tokenising them again for
 * every group cost seconds.
 */
export interface RoundPlacement {
  outline: RoundSynthesisInput['outline'];
  maxSentenceChars: number | undefined;
  maxSentencesPerUnit: number | undefined;
  placement: SectionPlacement;
}

/**
 * The placement of a round's sections, built from `compared` (each section's contributions, or at
 * least `placementSample` of them), handing the event loop back between sections. Built with the
 * options the sections are then written with.
 */
export async function roundPlacement(
  outline: RoundSynthesisInput['outline'],
  compared: Map<string, SynthesisContribution[]>,
  options: RoundOptions = {},
): Promise<RoundPlacement> {
  const steps = placementSteps(outline, compared, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Each section of the outline as `SectionPlacement` knows it: its number, title and kind (by its title and its parents', nearest first). */
function placementSections(outline: RoundSynthesisInput['outline']): PlacementSection[] {
  const sections: PlacementSection[] = [];
  const titles: string[] = [];
  for (const { section, path, depth } of numberOutline(outline.sections)) {
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
  return sections;
}

/** `roundPlacement` a section at a time: yields after each section read, returns the placement. */
function* placementSteps(
  outline: RoundSynthesisInput['outline'],
  compared: Map<string, SynthesisContribution[]>,
  options: RoundOptions,
): Generator<null, RoundPlacement> {
  const sections = placementSections(outline);
  const placement = new SectionPlacement(sections);
  // Every section's text, whichever are written: the sections a sentence is compared with. Not
  // read when the sections with text are all of one kind: nothing to compare.
  const written = new Set(sections.filter((s) => compared.get(s.id)?.length).map((s) => s.kind));
  for (const { id } of written.size > 1 ? sections : []) {
    for (const { writer, tokens } of sentenceTokens(placementSample(compared.get(id) ?? []), options)) {
      placement.add(id, writer, tokens);
    }
    yield null;
  }
  return {
    outline,
    maxSentenceChars: options.maxSentenceChars,
    maxSentencesPerUnit: options.maxSentencesPerUnit,
    placement,
  };
}

/** Every section of a round written by `synthesizeSection`, by section id (sections with nothing to say left out). */
export function synthesizeRound(
  input: RoundSynthesisInput,
  options: RoundOptions = {},
): Map<string, SynthesizedSection> {
  const out = new Map<string, SynthesizedSection>();
  for (const entry of roundSections(input, options)) if (entry) out.set(entry[0], draftSection(entry[1]));
  return out;
}

/**
 * A length the sections written together must fit (the clerk's target in pages, less what the
 * report's fixed parts and the edited sections take), in `cost`'s units.
 */
export interface RoundLimit extends SectionLimit {
  /**
   * How far past the limit the written sections turn out once measured whole (laid on pages), in
   * the limit's units; zero or less: within it. The limit is then tightened by as much and the
   * round written again, a few times at most.
   */
  over?: (drafts: Map<string, SynthesizedSection>) => number;
}

export interface FittedRound {
  drafts: Map<string, SynthesizedSection>;
  /** What the sections written take, in the limit's units. */
  cost: number;
  /** The least they can take: the figure sentences, the essential themes and each section's first. */
  minimum: number;
  /** The written sections fit the limit (as `over` measures them, when given). */
  fits: boolean;
}

/**
 * The round written to fit `limit`: each section at most as long as without a limit, and shorter
 * when the sections together would pass it — the room left after what every section must keep
 * shared among them in proportion to their input. When even what they must keep passes it, each
 * section is as short as it can be (`minimum` > `limit.limit`). What is left out stays in the
 * sources, flagged `trimmed`.
 */
export function synthesizeRoundToFit(
  input: RoundSynthesisInput,
  limit: RoundLimit,
  options: RoundOptions = {},
): FittedRound {
  const analyses: Array<[string, SectionAnalysis]> = [];
  for (const entry of roundSections(input, options)) if (entry) analyses.push(entry);
  return fitSections(analyses, limit);
}

/** `synthesizeRoundToFit` handing the event loop back between sections. */
export async function synthesizeRoundToFitYielding(
  input: RoundSynthesisInput,
  limit: RoundLimit,
  options: RoundOptions = {},
): Promise<FittedRound> {
  const analyses: Array<[string, SectionAnalysis]> = [];
  for (const entry of roundSections(input, options)) {
    if (entry) analyses.push(entry);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return fitSections(analyses, limit);
}

/** Tries to measure the whole again after the sections are written, each time tighter by what passed. */
const FIT_ATTEMPTS = 4;

function fitSections(analyses: Array<[string, SectionAnalysis]>, limit: RoundLimit): FittedRound {
  let room = limit.limit;
  for (let attempt = 1; ; attempt++) {
    const fitted = fitSectionsOnce(analyses, { ...limit, limit: room });
    const over = limit.over ? limit.over(fitted.drafts) : fitted.cost - limit.limit;
    if (over <= 0 || room <= fitted.minimum || attempt === FIT_ATTEMPTS)
      return { ...fitted, fits: over <= 0 };
    room = Math.max(fitted.minimum, room - Math.max(1, over));
  }
}

function fitSectionsOnce(
  analyses: Array<[string, SectionAnalysis]>,
  limit: SectionLimit,
): Omit<FittedRound, 'fits'> {
  const measure = limit.cost;
  const sum = (list: number[]) => list.reduce((n, x) => n + x, 0);
  const within = (n: number): SectionLimit => ({
    limit: n,
    cost: measure,
    ...(limit.message !== undefined && { message: limit.message }),
  });
  // Without a limit each section keeps what its own budget (a share of its input, in characters)
  // allows: the most it takes, measured in the limit's units.
  const unlimited = analyses.map(([, a]) => draftCost(a, { limit: a.budget, cost: byLength }, measure));
  const minimum = sum(analyses.map(([, a]) => draftCost(a, within(0))));
  let limits: Array<SectionLimit | undefined>;
  if (sum(unlimited) <= limit.limit) {
    limits = analyses.map(() => undefined);
  } else if (minimum >= limit.limit) {
    limits = analyses.map(() => within(0));
  } else {
    // The room is shared in proportion to each section's input: the largest share per character
    // of input at which the sections together fit, found by halving.
    const at = (share: number) =>
      analyses.map(([, a], i) => within(Math.min(share * a.inputChars, unlimited[i] as number)));
    const fits = (share: number) => {
      const limits = at(share);
      return sum(analyses.map(([, a], i) => draftCost(a, limits[i] as SectionLimit))) <= limit.limit;
    };
    let low = 0;
    let high = Math.max(
      1,
      ...analyses.map(([, a], i) => (unlimited[i] as number) / Math.max(1, a.inputChars)),
    );
    for (let step = 0; step < 40; step++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    limits = at(low);
  }
  const drafts = new Map<string, SynthesizedSection>();
  let cost = 0;
  analyses.forEach(([id, a], i) => {
    const own = limits[i];
    drafts.set(id, draftSection(a, own));
    cost += own ? draftCost(a, own) : (unlimited[i] as number);
  });
  return { drafts, cost, minimum };
}

const byLength = (text: string) => text.length;

/**
 * `synthesizeRound` handing the event loop back between sections: a thousand reports take seconds
 * of work, and the server keeps answering meanwhile.
 */
export async function synthesizeRoundYielding(
  input: RoundSynthesisInput,
  options: RoundOptions = {},
): Promise<Map<string, SynthesizedSection>> {
  const out = new Map<string, SynthesizedSection>();
  // A null between the sections read first (what each sentence is compared with) and those written.
  for (const entry of roundSections(input, options)) {
    if (entry) out.set(entry[0], draftSection(entry[1]));
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

/** The contributions a section is compared on: at most PLACEMENT_SAMPLE, spread over them in tree order. */
export function placementSample<T>(list: T[]): T[] {
  if (list.length <= PLACEMENT_SAMPLE) return list;
  const step = list.length / PLACEMENT_SAMPLE;
  return Array.from({ length: PLACEMENT_SAMPLE }, (_, i) => list[Math.floor(i * step)] as T);
}

function* roundSections(
  input: RoundSynthesisInput,
  options: RoundOptions,
): Generator<[string, SectionAnalysis] | null> {
  const submissionOf = input.submissions ?? new Map<string, string>();
  if (!input.submissions) {
    for (const list of input.contributions.values()) {
      for (const c of list) submissionOf.set(c.unitId, c.submissionId);
    }
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
  const sections = placementSections(input.outline);
  const round = input.placement ?? (yield* placementSteps(input.outline, input.contributions, options));
  if (
    round.outline !== input.outline ||
    round.maxSentenceChars !== options.maxSentenceChars ||
    round.maxSentencesPerUnit !== options.maxSentencesPerUnit
  ) {
    throw new Error('The placement was built for another outline or other options');
  }
  const { placement } = round;
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
      analyseSection(
        { kind, contributions, indicators, placement: check(id) },
        { ...options, scope, expected: input.expected, submissionOf, previous },
      ),
    ];
  }
}
