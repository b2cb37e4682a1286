import type {
  IndicatorTotal,
  SectionSources,
  SynthesisFlag,
  SynthesisFlagKind,
  SynthesisSentence,
  SynthesisSource,
} from '@tongket/domain';
import {
  ADDRESSEE_HEADINGS,
  ADDRESSEE_ORDER,
  type Addressee,
  addresseeOf,
  type SectionKind,
  withoutSelfSubject,
} from './evaluation.ts';
import { type FigureContext, figureSentence } from './figures.ts';
import type { PlacementTarget } from './placement.ts';
import {
  type FigureAt,
  figuresIn,
  formatFigure,
  htmlPieces,
  isAllCaps,
  namesSomething,
  type Piece,
  sentenceCase,
  stripMarker,
  tokenizeLower,
  upperFirst,
} from './text.ts';
import { centrality, DEFAULT_THRESHOLD, groupThemes } from './themes.ts';

/**
 * One section of the consolidated report written from what the units wrote in it: the round's
 * figures as sentences, then each theme once — what several units reported, in one sentence with
 * who reported it — and the concrete points one unit made (a figure, a named place). Evaluation
 * sections speak as the standing agency, proposals grouped by whom they ask. Every sentence keeps
 * its sources; what could not be used is flagged with its text, so nothing a unit wrote is lost.
 */

export interface SynthesisContribution {
  unitId: string;
  unitName: string;
  submissionId: string;
  html: string;
}

export interface SynthesisOptions extends FigureContext {
  /** The share of the section's input the draft aims at (0.15: 15 %). */
  ratio?: number;
  /** A section is never cut below this many characters. */
  minChars?: number;
  /** Cosine similarity from which sentences are one theme. */
  threshold?: number;
  /** Past this many sentences of one unit in one section, the rest is kept in the sources only. */
  maxSentencesPerUnit?: number;
  /** A "sentence" longer than this (text without full stops) is kept in the sources only. */
  maxSentenceChars?: number;
  /** Units named in an attribution before "…". */
  namesShown?: number;
}

export interface SynthesisSectionInput {
  kind: SectionKind;
  contributions: SynthesisContribution[];
  /** The section's own indicators' totals. */
  indicators: IndicatorTotal[];
  /**
   * For each sentence (its writer, the contribution's submission id, and its tokens), the section
   * of another kind it seems to belong to, or null (`SectionPlacement.check`); none when absent.
   */
  placement?:
    | ((sentences: Array<{ writer: string; tokens: string[] }>) => Array<PlacementTarget | null>)
    | undefined;
}

export interface SynthesizedSection extends SectionSources {
  html: string;
  /** Characters of the units' text read for it. */
  inputChars: number;
  /** Characters of the generated sentences. */
  outputChars: number;
  /**
   * Each contribution's text as it was read (`sourceTexts`), by submission id: every source's and
   * flag's text is one of these, so they can be stored as a place in the list.
   */
  readTexts: Map<string, string[]>;
}

export const DEFAULT_MAX_SENTENCE_CHARS = 2000;
const DEFAULT_MAX_SENTENCES_PER_UNIT = 400;

/**
 * The pieces a contribution is read as: its sentences and table rows in order, a "sentence" longer
 * than `maxChars` (text without full stops) split at its semicolons.
 */
function readPieces(pieces: Piece[], maxChars: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.table || p.text.length <= maxChars) out.push(p);
    else for (const part of p.text.split(/(?<=;)\s+/)) out.push({ text: part, table: false });
  }
  return out;
}

/**
 * A contribution's text as `synthesizeSection` reads it (with the same `maxSentenceChars`): the
 * texts its sources and flags quote, in order.
 */
export function sourceTexts(html: string, maxChars = DEFAULT_MAX_SENTENCE_CHARS): string[] {
  return readPieces(htmlPieces(html), maxChars).map((p) => p.text);
}

interface Sentence {
  /** Index of its contribution. */
  unit: number;
  /** As written. */
  source: string;
  /** Without its list marker, in sentence case when it was written in capitals. */
  display: string;
  caps: boolean;
  /** `display` lower-cased: identical sentences compare equal on it. */
  lower: string;
  tokens: string[];
  figures: FigureAt[];
  /** Its place in its unit's text, 0…1. */
  position: number;
}

interface Theme {
  members: Sentence[];
  units: number[];
  text: string;
  kind: 'theme' | 'item';
  /** Keep whatever the length: the round's main points. */
  essential: boolean;
  concrete: boolean;
  position: number;
  first: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "a", "a và b", "a, b và c". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

const EVALUATION: ReadonlySet<SectionKind> = new Set(['assessment', 'lessons', 'proposals']);

interface ReadContribution {
  /** Pieces (sentences, table rows) in it before any is split. */
  pieces: number;
  inputChars: number;
  /** Its text as read (`sourceTexts`). */
  texts: string[];
  /** The sentences the synthesis works with. */
  own: Sentence[];
  empty: string[];
  tables: string[];
  tooLong: string[];
  headings: string[];
  caps: string[];
}

/**
 * `tokens` with each word the one string of the section (`words`): a thousand units' sentences
 * repeat the same few thousand words, held once instead of once a sentence.
 */
function interned(tokens: string[], words: Map<string, string>): string[] {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    const held = words.get(word);
    if (held === undefined) words.set(word, word);
    else tokens[i] = held;
  }
  return tokens;
}

/**
 * One contribution read into sentences (its place `unit` among the section's contributions), with
 * what cannot be used set aside by why. `tokensOf` (the section's, shared by its contributions)
 * keeps the first writer's tokens of each sentence.
 */
function readContribution(
  c: SynthesisContribution,
  unit: number,
  maxChars: number,
  maxPerUnit: number,
  tokensOf: Map<string, string[]>,
  words: Map<string, string>,
): ReadContribution {
  const lowerName = c.unitName.toLowerCase();
  const pieces = htmlPieces(c.html);
  let inputChars = 0;
  for (const p of pieces) inputChars += p.text.length;
  const read = readPieces(pieces, maxChars);
  const usable: string[] = [];
  const tables: string[] = [];
  const tooLong: string[] = [];
  const headings: string[] = [];
  const empty: string[] = [];
  for (const p of read) {
    if (p.table) tables.push(p.text);
    else if (p.text.length > maxChars || usable.length >= maxPerUnit) tooLong.push(p.text);
    else usable.push(p.text);
  }
  const caps: string[] = [];
  const own: Sentence[] = [];
  for (const source of usable) {
    const bare = stripMarker(source);
    const isCaps = isAllCaps(bare);
    const display = isCaps ? sentenceCase(bare) : bare;
    if (display.endsWith(':') && display.split(' ').length <= 12) {
      headings.push(source);
      continue;
    }
    const lower = display.toLowerCase();
    const tokens = tokensOf.get(lower) ?? interned(tokenizeLower(lower, lowerName), words);
    const figures = figuresIn(withoutName(display, lower, lowerName));
    if (tokens.length < 2 && figures.length === 0) {
      empty.push(source);
      continue;
    }
    if (isCaps) caps.push(source);
    if (!tokensOf.has(lower)) tokensOf.set(lower, tokens);
    own.push({
      unit,
      source,
      display,
      caps: isCaps,
      lower,
      tokens,
      figures,
      position: 0,
    });
  }
  own.forEach((s, i) => {
    s.position = own.length > 1 ? i / (own.length - 1) : 0;
  });
  return {
    pieces: pieces.length,
    inputChars,
    texts: read.map((p) => p.text),
    own,
    empty,
    tables,
    tooLong,
    headings,
    caps,
  };
}

/**
 * The tokens of each sentence of a section's contributions, by contribution (its submission id):
 * what the section's text is compared on (`SectionPlacement`). Read as `synthesizeSection` reads
 * them, without what only the writing needs (figures, capitals): a sentence of fewer than two
 * words is left out, as it is too short to compare.
 */
export function* sentenceTokens(
  contributions: SynthesisContribution[],
  options: Pick<SynthesisOptions, 'maxSentenceChars' | 'maxSentencesPerUnit'> = {},
): Generator<{ writer: string; tokens: string[][] }> {
  const maxChars = options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS;
  const maxPerUnit = options.maxSentencesPerUnit ?? DEFAULT_MAX_SENTENCES_PER_UNIT;
  const tokensOf = new Map<string, string[]>();
  for (const c of contributions) {
    const lowerName = c.unitName.toLowerCase();
    const out: string[][] = [];
    let usable = 0;
    for (const p of readPieces(htmlPieces(c.html), maxChars)) {
      if (p.table || p.text.length > maxChars || usable >= maxPerUnit) continue;
      usable++;
      const lower = stripMarker(p.text).toLowerCase();
      if (lower.endsWith(':') && lower.split(' ').length <= 12) continue;
      let tokens = tokensOf.get(lower);
      if (!tokens) {
        tokens = tokenizeLower(lower, lowerName);
        tokensOf.set(lower, tokens);
      }
      if (tokens.length >= 2) out.push(tokens);
    }
    yield { writer: c.submissionId, tokens: out };
  }
}

/** "Có vẻ thuộc mục IV “Đề xuất, kiến nghị”…": the section named as the outline numbers it. */
function wrongSectionMessage(target: PlacementTarget): string {
  const title = target.title.replace(/[\s.:;,]+$/u, '');
  const short = title.length > 80 ? `${title.slice(0, 79).replace(/\s+\S*$/u, '')}…` : title;
  return `Có vẻ thuộc mục ${target.label} “${short}”: gần với nội dung các đơn vị khác viết ở mục đó hơn ở mục này. Vẫn được tổng hợp ở mục này; đề nghị xem lại.`;
}

/** A section read and grouped into themes, ranked, before it is cut to a length (`draftSection`). */
export interface SectionAnalysis {
  kind: SectionKind;
  contributions: SynthesisContribution[];
  /** What could not be used, found while reading; `draftSection` adds what it leaves out. */
  flags: SynthesisFlag[];
  figureSentences: Array<Omit<SynthesisSentence, 'id'>>;
  /** The themes in the order they are kept: the essential first, then by how many units share them. */
  ranked: Theme[];
  inputChars: number;
  readTexts: Map<string, string[]>;
  /** The characters the draft aims at without a length target: `ratio` of the input, at least `minChars`. */
  budget: number;
}

/**
 * How long a section may be, in `cost`'s units (the characters of its sentences by default; the
 * lines of the printed report when the clerk set a length target). Figure sentences and essential
 * themes are kept whatever the limit, and a section keeps at least its first theme.
 */
export interface SectionLimit {
  limit: number;
  cost: (text: string) => number;
  /** The flag's message on what was left out. */
  message?: string;
}

const TRIMMED_MESSAGE = 'Lược bớt để bản tổng hợp không quá dài; xem nguyên văn trong nguồn.';
const byLength = (text: string) => text.length;

export function synthesizeSection(
  input: SynthesisSectionInput,
  options: SynthesisOptions,
): SynthesizedSection {
  return draftSection(analyseSection(input, options));
}

/** Steps 1–3 of `synthesizeSection`: the section read, its themes written and ranked. */
export function analyseSection(input: SynthesisSectionInput, options: SynthesisOptions): SectionAnalysis {
  const ratio = options.ratio ?? 0.15;
  const minChars = options.minChars ?? 900;
  const maxPerUnit = options.maxSentencesPerUnit ?? DEFAULT_MAX_SENTENCES_PER_UNIT;
  const maxChars = options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS;
  const namesShown = options.namesShown ?? 2;
  const contributions = input.contributions;
  const flags: SynthesisFlag[] = [];
  const flag = (
    c: SynthesisContribution,
    kind: SynthesisFlagKind,
    message: string,
    texts: string[],
    belongsTo?: string,
  ) =>
    flags.push({
      kind,
      unitId: c.unitId,
      unitName: c.unitName,
      submissionId: c.submissionId,
      message,
      texts,
      ...(belongsTo !== undefined && { belongsTo }),
    });

  // 1. Sentences, with what cannot be read set aside.
  const sentences: Sentence[] = [];
  /** The first writer's tokens of each sentence: a sentence copied word for word is the same sentence. */
  const tokensOf = new Map<string, string[]>();
  const words = new Map<string, string>();
  let inputChars = 0;
  const readTexts = new Map<string, string[]>();
  contributions.forEach((c, unit) => {
    const read = readContribution(c, unit, maxChars, maxPerUnit, tokensOf, words);
    inputChars += read.inputChars;
    readTexts.set(c.submissionId, read.texts);
    const { own, empty, tables, tooLong, headings, caps } = read;
    sentences.push(...own);
    if (read.pieces === 0 || (own.length === 0 && empty.length > 0 && tables.length === 0)) {
      flag(c, 'empty', 'Mục này để trống hoặc không có nội dung cần tổng hợp.', empty);
    } else if (empty.length > 0) {
      flag(c, 'empty', 'Câu quá ngắn, không có nội dung cần tổng hợp.', empty);
    }
    if (tables.length > 0) {
      flag(c, 'table', 'Bảng trong báo cáo không viết lại thành câu; xem nguyên văn trong nguồn.', tables);
    }
    if (tooLong.length > 0) {
      flag(
        c,
        'too_long',
        `Phần quá dài (quá ${maxPerUnit} câu hoặc đoạn không ngắt câu) chưa được tổng hợp; xem nguyên văn trong nguồn.`,
        tooLong,
      );
    }
    if (headings.length > 0) {
      flag(c, 'heading', 'Tiêu đề nhỏ do đơn vị tự đặt, không đưa vào bản tổng hợp.', headings);
    }
    if (caps.length > 0) {
      flag(c, 'all_caps', 'Viết toàn chữ in hoa: đã chuyển về chữ thường khi tổng hợp.', caps);
    }
  });

  // 1b. Text in the wrong section: kept here as written, flagged with the section it seems to belong to.
  if (input.placement && sentences.length > 0) {
    const targets = input.placement(
      sentences.map((s) => ({
        writer: (contributions[s.unit] as SynthesisContribution).submissionId,
        tokens: s.tokens,
      })),
    );
    const byUnit = new Map<string, { unit: number; target: PlacementTarget; texts: string[] }>();
    sentences.forEach((s, i) => {
      const target = targets[i];
      if (!target) return;
      const key = `${s.unit}\u0000${target.id}`;
      const entry = byUnit.get(key);
      if (entry) entry.texts.push(s.source);
      else byUnit.set(key, { unit: s.unit, target, texts: [s.source] });
    });
    for (const { unit, target, texts } of byUnit.values()) {
      flag(
        contributions[unit] as SynthesisContribution,
        'wrong_section',
        wrongSectionMessage(target),
        texts,
        target.id,
      );
    }
  }

  // 2. A unit that pasted another's text: nearly every sentence of it written word for word by one
  // other unit, among them sentences nobody else wrote (a common phrase shared by many is no copy).
  const writers = new Map<string, number[]>();
  for (const s of sentences) {
    const list = writers.get(s.lower);
    if (!list) writers.set(s.lower, [s.unit]);
    else if (list.at(-1) !== s.unit) list.push(s.unit);
  }
  const byUnit = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byUnit.get(s.unit);
    if (list) list.push(s);
    else byUnit.set(s.unit, [s]);
  }
  for (const [unit, own] of byUnit) {
    if (own.length < 2) continue;
    const shared = new Map<number, number>();
    const rare = new Map<number, number>();
    for (const s of own) {
      const list = writers.get(s.lower) ?? [];
      if (list.length > 8) continue;
      for (const other of list) {
        if (other === unit) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
        if (list.length === 2) rare.set(other, (rare.get(other) ?? 0) + 1);
      }
    }
    let source = -1;
    let most = 0;
    // The earlier unit in tree order is taken as the one whose text it is.
    for (const [other, n] of shared) {
      if (other < unit && n > most && (rare.get(other) ?? 0) >= 1) {
        most = n;
        source = other;
      }
    }
    if (source >= 0 && most >= Math.max(2, Math.ceil(own.length * 0.8))) {
      const from = contributions[source] as SynthesisContribution;
      flag(
        contributions[unit] as SynthesisContribution,
        'copied',
        `Trùng nguyên văn với báo cáo của ${from.unitName}: chỉ tính là một ý, đề nghị kiểm tra lại.`,
        own.map((s) => s.source),
      );
    }
  }

  // 3. Themes.
  const groups = groupThemes(
    sentences.map((s) => s.tokens),
    { threshold: options.threshold ?? DEFAULT_THRESHOLD },
  );
  const unitCount = contributions.length;
  const figureSentences: Array<Omit<SynthesisSentence, 'id'>> = [];
  // The totals the figure sentences state: a clause of a theme saying them again is left out.
  const stated = new Map<string, Omit<SynthesisSentence, 'id'>>();
  for (const total of input.indicators) {
    const sentence = figureSentence(total, options);
    if (!sentence) continue;
    figureSentences.push(sentence);
    if (total.total) stated.set(formatFigure(Math.round(total.total * 100) / 100), sentence);
  }
  const themes: Theme[] = [];
  for (const indices of groups) {
    const members = indices.map((i) => sentences[i] as Sentence);
    const units = [...new Set(members.map((m) => m.unit))];
    // A single unit's point is kept first when it gives a figure or names a place or an example.
    const concrete = members.some(
      (m) =>
        m.figures.some((f) => f.additive) ||
        (units.length === 1 &&
          namesSomething(m.display, (contributions[m.unit] as SynthesisContribution).unitName)),
    );
    const written = writeTheme(members, units, contributions, unitCount, input.kind, namesShown);
    let body = written.body;
    if (units.length > 1 && stated.size > 0) {
      const clauses = body.split(/;\s+/);
      let restates: Omit<SynthesisSentence, 'id'> | undefined;
      const rest = clauses.filter((clause) => {
        const figure = figuresIn(clause).find((f) => stated.has(formatFigure(f.value)));
        if (figure) restates ??= stated.get(formatFigure(figure.value));
        return !figure;
      });
      if (restates && rest.length === 0) {
        // Said whole by the figure sentences: its sentences become theirs.
        restates.sources.push(...sourcesOf(members, contributions));
        continue;
      }
      body = upperFirst(rest.join('; '));
    }
    themes.push({
      members,
      units,
      text: `${body} (${written.who}).`,
      kind: units.length > 1 ? 'theme' : 'item',
      essential: units.length >= Math.max(2, Math.ceil(unitCount / 4)),
      concrete,
      position: members.reduce((sum, m) => sum + m.position, 0) / members.length,
      first: indices[0] ?? 0,
    });
  }

  // 4. The themes ranked: the figures come first, then the themes by how many units share them.
  const budget = Math.max(minChars, Math.round(inputChars * ratio));
  // Each unit's best point before any unit's second: one long report does not crowd out the others.
  const byLead = new Map<number, Theme[]>();
  for (const t of themes) {
    const lead = (t.members[0] as Sentence).unit;
    const list = byLead.get(lead);
    if (list) list.push(t);
    else byLead.set(lead, [t]);
  }
  const turn = new Map<Theme, number>();
  for (const list of byLead.values()) {
    list
      .sort(
        (a, b) =>
          b.units.length - a.units.length || Number(b.concrete) - Number(a.concrete) || a.first - b.first,
      )
      .forEach((t, i) => {
        turn.set(t, i);
      });
  }
  const ranked = [...themes].sort(
    (a, b) =>
      Number(b.essential) - Number(a.essential) ||
      b.units.length - a.units.length ||
      (turn.get(a) ?? 0) - (turn.get(b) ?? 0) ||
      Number(b.concrete) - Number(a.concrete) ||
      a.first - b.first,
  );
  return {
    kind: input.kind,
    contributions,
    flags,
    figureSentences,
    ranked,
    inputChars,
    readTexts,
    budget,
  };
}

/** What a section keeps within `limit` (the figures, then the ranked themes while they fit) and what it leaves out. */
function selectThemes(analysis: SectionAnalysis, limit: SectionLimit): { kept: Theme[]; trimmed: Theme[] } {
  let used = analysis.figureSentences.reduce((sum, s) => sum + limit.cost(s.text), 0);
  const kept: Theme[] = [];
  const trimmed: Theme[] = [];
  for (const t of analysis.ranked) {
    const cost = limit.cost(t.text);
    if (t.essential || kept.length === 0 || used + cost <= limit.limit) {
      kept.push(t);
      used += cost;
    } else trimmed.push(t);
  }
  return { kept, trimmed };
}

/** The kept proposals by whom they are addressed to. */
function addresseeGroups(kept: Theme[]): Map<Addressee, Theme[]> {
  const byAddressee = new Map<Addressee, Theme[]>();
  for (const t of kept) {
    const who = addresseeOf(t.text);
    const list = byAddressee.get(who);
    if (list) list.push(t);
    else byAddressee.set(who, [t]);
  }
  return byAddressee;
}

/** A group is headed unless it is the only one and addressed to nobody in particular. */
function headingShown(groupsPresent: Addressee[], who: Addressee): boolean {
  return groupsPresent.length > 1 || who !== 'other';
}

/**
 * The cost of the section written within `limit` — its figures, the themes kept and the proposals'
 * group headings — measured by `measure` (default the limit's own cost).
 */
export function draftCost(
  analysis: SectionAnalysis,
  limit: SectionLimit,
  measure: (text: string) => number = limit.cost,
): number {
  const { kept } = selectThemes(analysis, limit);
  let total = analysis.figureSentences.reduce((sum, s) => sum + measure(s.text), 0);
  for (const t of kept) total += measure(t.text);
  if (analysis.kind === 'proposals') {
    const groups = addresseeGroups(kept);
    const present = ADDRESSEE_ORDER.filter((w) => groups.has(w));
    for (const who of present) if (headingShown(present, who)) total += measure(ADDRESSEE_HEADINGS[who]);
  }
  return total;
}

/**
 * Steps 4–5 of `synthesizeSection`: the section written within `limit` (default its own budget in
 * characters), what is left out flagged `trimmed` with its text.
 */
export function draftSection(analysis: SectionAnalysis, within?: SectionLimit): SynthesizedSection {
  const limit = within ?? { limit: analysis.budget, cost: byLength };
  const { contributions } = analysis;
  const flags = [...analysis.flags];
  const flag = (c: SynthesisContribution, texts: string[]) =>
    flags.push({
      kind: 'trimmed',
      unitId: c.unitId,
      unitName: c.unitName,
      submissionId: c.submissionId,
      message: limit.message ?? TRIMMED_MESSAGE,
      texts,
    });
  const { kept, trimmed } = selectThemes(analysis, limit);
  if (trimmed.length > 0) {
    const byContribution = new Map<number, string[]>();
    for (const t of trimmed) {
      for (const m of t.members) {
        const list = byContribution.get(m.unit) ?? [];
        list.push(m.source);
        byContribution.set(m.unit, list);
      }
    }
    for (const [unit, texts] of [...byContribution].sort((a, b) => a[0] - b[0])) {
      flag(contributions[unit] as SynthesisContribution, texts);
    }
  }

  // 5. In reading order: shared themes where units put them, then single units' points.
  const out: Array<Omit<SynthesisSentence, 'id'>> = [...analysis.figureSentences];
  const sources = (t: Theme) => sourcesOf(t.members, contributions);
  const readingOrder = (a: Theme, b: Theme) =>
    Number(b.kind === 'theme') - Number(a.kind === 'theme') || a.position - b.position || a.first - b.first;
  const push = (t: Theme) =>
    out.push({ kind: t.kind, text: t.text, units: t.units.length, sources: sources(t) });
  if (analysis.kind === 'proposals') {
    const byAddressee = addresseeGroups(kept);
    const groupsPresent = ADDRESSEE_ORDER.filter((w) => byAddressee.has(w));
    for (const who of groupsPresent) {
      if (headingShown(groupsPresent, who)) {
        out.push({ kind: 'heading', text: ADDRESSEE_HEADINGS[who], units: 0, sources: [] });
      }
      for (const t of (byAddressee.get(who) ?? []).sort(readingOrder)) push(t);
    }
  } else {
    for (const t of kept.sort(readingOrder)) push(t);
  }

  const numbered: SynthesisSentence[] = out.map((s, i) => ({ id: i + 1, ...s }));
  const html = numbered
    .map((s) =>
      s.kind === 'heading' ? `<p><em>${escapeHtml(s.text)}</em></p>` : `<p>${escapeHtml(s.text)}</p>`,
    )
    .join('');
  return {
    html,
    sentences: numbered,
    flags,
    inputChars: analysis.inputChars,
    readTexts: analysis.readTexts,
    outputChars: numbered.reduce((sum, s) => sum + s.text.length, 0),
  };
}

function sourcesOf(members: Sentence[], contributions: SynthesisContribution[]): SynthesisSource[] {
  return members.map((m) => {
    const c = contributions[m.unit] as SynthesisContribution;
    return { unitId: c.unitId, unitName: c.unitName, submissionId: c.submissionId, text: m.source };
  });
}

/** The sentence with its writer's name blanked (same length), so the figures in a name ("Trạm Y tế số 2") are not counted. */
function withoutName(display: string, lower: string, lowerName: string): string {
  if (lowerName.length < 3 || lower.length !== display.length) return display;
  let out = display;
  let at = lower.indexOf(lowerName);
  while (at >= 0) {
    out = out.slice(0, at) + 'X'.repeat(lowerName.length) + out.slice(at + lowerName.length);
    at = lower.indexOf(lowerName, at + lowerName.length);
  }
  return out;
}

/**
 * Who reported a theme, as an administrative text says it: the names when there are few, else the
 * count alone. A signed report never lists some of them and trails off ("A, B, …"); every name
 * stays in the sentence's sources, where the clerk reads them.
 */
function attribution(
  units: number[],
  contributions: SynthesisContribution[],
  unitCount: number,
  namesShown: number,
): string {
  const names = units.map((u) => (contributions[u] as SynthesisContribution).unitName);
  if (units.length >= 3 && units.length === unitCount) return `tất cả ${units.length} đơn vị`;
  if (units.length <= namesShown) return joinNames(names);
  return `${units.length} đơn vị`;
}

const trailing = /[\s.;:,…]+$/u;

interface Written {
  /** The sentence without its closing stop. */
  body: string;
  /** Inside the brackets after it: who reported it (and whose figures were added up). */
  who: string;
}

/** The one sentence a theme is written as, with who reported it. */
function writeTheme(
  members: Sentence[],
  units: number[],
  contributions: SynthesisContribution[],
  unitCount: number,
  kind: SectionKind,
  namesShown: number,
): Written {
  const evaluation = EVALUATION.has(kind);
  const nameOf = (s: Sentence) => (contributions[s.unit] as SynthesisContribution).unitName;
  const central = (list: Sentence[]) => {
    const scores = centrality(list.map((m) => m.tokens));
    let best = 0;
    list.forEach((m, i) => {
      const current = list[best] as Sentence;
      const better =
        current.caps !== m.caps ? current.caps : (scores[i] as number) > (scores[best] as number);
      if (better) best = i;
    });
    return list[best] as Sentence;
  };

  let text: string;
  let prefix = '';
  let note = '';
  if (units.length === 1) {
    text = central(members).display;
  } else {
    // Sentences of one template (the same words, other figures): the largest such group speaks.
    // Their tokens joined are the key, made here rather than held by every sentence of the section.
    const byKey = new Map<string, Sentence[]>();
    for (const m of members) {
      const key = m.tokens.join(' ');
      const list = byKey.get(key);
      if (list) list.push(m);
      else byKey.set(key, [m]);
    }
    let main: Sentence[] = [];
    for (const list of byKey.values()) if (list.length > main.length) main = list;
    const rep = central(main);
    const combined = rep.figures.length > 0 ? combineFigures(rep, main, members) : null;
    if (combined && !combined.unmatched) {
      text = combined.text;
      if (combined.units > 0 && combined.units < units.length)
        note = `; số liệu cộng từ ${combined.units} đơn vị`;
    } else if (combined) {
      // Figures that cannot be added up: a sentence without them, or one unit's figure said as its own.
      const plain = members.filter((m) => !m.figures.some((f) => f.additive));
      if (plain.length > 0) text = central(plain).display;
      else {
        text = rep.display;
        prefix = `số liệu của ${nameOf(rep)}; `;
      }
    } else {
      text = rep.display;
    }
    text = generalSubject(text, nameOf(rep), evaluation);
  }
  if (evaluation) text = withoutSelfSubject(text);
  const who = attribution(units, contributions, unitCount, namesShown);
  return { body: text.replace(trailing, ''), who: `${prefix}${who}${note}` };
}

/** The word after a figure: what it counts ("văn bản", "mẫu", "người"). */
function countedWord(text: string, end: number): string {
  return /^\s*(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '';
}

/**
 * A sentence several units wrote with their own figures: each figure added up over the units that
 * give a figure of the same thing (the same word after it), whatever their wording; a figure that
 * is not a count is given as a range over the sentences of the same template.
 */
function combineFigures(
  rep: Sentence,
  main: Sentence[],
  members: Sentence[],
): { text: string; units: number; unmatched: boolean } {
  let text = rep.display;
  let summedUnits = 0;
  /** A count only the representative gives: the sentence would pass one unit's figure off as everyone's. */
  let unmatched = false;
  /** Where figures that differ and cannot be put as a range (dates) start, in `text`. */
  const varies: number[] = [];
  // Right to left, so earlier offsets stay valid.
  for (let k = rep.figures.length - 1; k >= 0; k--) {
    const at = rep.figures[k] as FigureAt;
    let replacement: string | null = null;
    const word = countedWord(rep.display, at.end);
    if (at.additive && word) {
      const byUnit = new Map<number, number>();
      for (const m of members) {
        if (byUnit.has(m.unit)) continue;
        const f = m.figures.find((g) => g.additive && countedWord(m.display, g.end) === word);
        if (f) byUnit.set(m.unit, f.value);
      }
      const values = [...byUnit.values()];
      if (values.length < 2) unmatched = true;
      else if (Math.min(...values) !== Math.max(...values)) {
        const sum = values.reduce((a, b) => a + b, 0);
        const before = text.slice(Math.max(0, at.start - 30), at.start).toLowerCase();
        replacement = `${before.includes('tổng') ? '' : 'tổng cộng '}${formatFigure(sum)}`;
        summedUnits = Math.max(summedUnits, values.length);
      }
    } else if (at.additive && main.length < 2) {
      unmatched = true;
    } else {
      const values = main.map((m) => m.figures[k]?.value ?? at.value);
      const min = Math.min(...values);
      const max = Math.max(...values);
      if (min !== max) {
        // A date or a number that differs from unit to unit: its clause says nothing common to them.
        if (/[/.-]\d|\d[/.-]/.test(text.slice(Math.max(0, at.start - 1), at.end + 1))) varies.push(at.start);
        else replacement = `từ ${formatFigure(min)} đến ${formatFigure(max)}`;
      }
    }
    if (replacement !== null) {
      text = text.slice(0, at.start) + replacement + text.slice(at.end);
      const shift = replacement.length - (at.end - at.start);
      for (let i = 0; i < varies.length; i++) varies[i] = (varies[i] as number) + shift;
    }
  }
  if (varies.length > 0) {
    // Clauses by commas and semicolons; those holding a varying figure go, unless nothing would remain.
    const clauses: Array<{ text: string; start: number }> = [];
    let from = 0;
    for (const m of text.matchAll(/[,;]\s+/g)) {
      clauses.push({ text: text.slice(from, m.index), start: from });
      from = (m.index ?? 0) + m[0].length;
    }
    clauses.push({ text: text.slice(from), start: from });
    const kept = clauses.filter((c) => !varies.some((v) => v >= c.start && v < c.start + c.text.length));
    if (kept.length > 0) text = upperFirst(kept.map((c) => c.text).join(', '));
    else unmatched = true;
  }
  return { text, units: summedUnits, unmatched };
}

/** A sentence naming its own unit, said of all the units that share it. */
function generalSubject(text: string, unitName: string, evaluation: boolean): string {
  const subject = evaluation ? 'Các đơn vị' : 'Các cơ quan, đơn vị';
  if (unitName && text.toLowerCase().startsWith(unitName.toLowerCase())) {
    return generalSubject(`${subject}${text.slice(unitName.length)}`, unitName, evaluation);
  }
  if (unitName.length > 2 && text.includes(unitName)) {
    return text.split(unitName).join(subject.toLowerCase());
  }
  if (/^(?:đơn vị|chúng tôi)\s/iu.test(text) && !evaluation) {
    return text.replace(/^(?:đơn vị|chúng tôi)/iu, 'Các đơn vị');
  }
  return text;
}
