import type { SectionKind } from './evaluation.ts';
import { FIGURE_TOKEN } from './text.ts';

/**
 * Text in the wrong section: a unit that wrote its proposals under the results, or results under
 * the lessons. Each section of the round is one bag of the tokens its units wrote (TF-IDF over the
 * round's sentences, as the themes weigh them); a sentence is taken to belong elsewhere when it is
 * far closer to what the other units wrote in a section of another kind (the outline's kinds:
 * results, assessment, lessons, proposals) than to what they wrote in its own section or in any
 * section of its own kind. A sentence between two results sections is left where it is: their
 * borders are the clerk's to judge, and nothing reads wrong for it.
 */

/** A section a sentence may be found to belong to, as a message names it. */
export interface PlacementTarget {
  id: string;
  /** "IV", "II.3": its number in the outline. */
  label: string;
  title: string;
}

export interface PlacementSection extends PlacementTarget {
  kind: SectionKind;
}

/** A sentence with at least this many distinct words (figures aside) is judged; shorter ones say too little. */
const MIN_WORDS = 4;
/** The other section must be at least this close (cosine)… */
const MIN_SIMILARITY = 0.3;
/** …and this many times closer than the sentence's own section and kind. */
const RATIO = 1.5;
/** Units other than the writer whose text makes a section's bag worth comparing with. */
const MIN_OTHER_WRITERS = 2;
/**
 * A sentence that many of the section's units wrote word for word (this share of them, and at least
 * `AT_HOME_MIN`) is at home there: what the other units wrote in it says the same. Boilerplate, the
 * bulk of a large round, is so not compared sentence by sentence; a few units sharing a misplaced
 * sentence still are.
 */
const AT_HOME_SHARE = 0.05;
const AT_HOME_MIN = 10;

interface Bag extends PlacementSection {
  /** Its place in `bags`: the index into each token's weights. */
  index: number;
  counts: Map<string, number>;
  /** The contributions (submission ids) that wrote in it, of those read (a large round is read in part). */
  writers: Set<string>;
  normSquared: number;
}

/** A token's count in a bag as weighed: sublinear, as the themes weigh a sentence's. */
const tf = (count: number) => (count > 0 ? 1 + Math.log(count) : 0);

export class SectionPlacement {
  private readonly bags: Bag[] = [];
  private readonly byId = new Map<string, Bag>();
  private readonly df = new Map<string, number>();
  private sentences = 0;
  /** Each token's idf and its weight in every bag (tf × idf), computed at the first `check`. */
  private weights: { idf: Map<string, number>; inBags: Map<string, Float64Array> } | null = null;

  constructor(sections: PlacementSection[]) {
    for (const s of sections) {
      const bag = {
        ...s,
        index: this.bags.length,
        counts: new Map(),
        writers: new Set<string>(),
        normSquared: 0,
      };
      this.bags.push(bag);
      this.byId.set(s.id, bag);
    }
  }

  /** A writer's sentences (their tokens) in a section; every section's, before the first `check`. */
  add(sectionId: string, writer: string, sentences: string[][]): void {
    const bag = this.byId.get(sectionId);
    if (!bag || sentences.length === 0) return;
    bag.writers.add(writer);
    for (const tokens of sentences) {
      this.sentences++;
      for (const t of new Set(tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      for (const t of tokens) bag.counts.set(t, (bag.counts.get(t) ?? 0) + 1);
    }
  }

  /** Whether any two sections of different kinds have text to compare. */
  get comparable(): boolean {
    return new Set(this.bags.filter((b) => b.writers.size > 0).map((b) => b.kind)).size > 1;
  }

  private weigh() {
    if (this.weights) return this.weights;
    const n = this.sentences;
    const idf = new Map<string, number>();
    for (const [t, d] of this.df) idf.set(t, Math.log(1 + n / d));
    const inBags = new Map<string, Float64Array>();
    for (const bag of this.bags) {
      let norm = 0;
      for (const [t, c] of bag.counts) {
        const w = tf(c) * (idf.get(t) ?? 0);
        norm += w * w;
        let row = inBags.get(t);
        if (!row) {
          row = new Float64Array(this.bags.length);
          inBags.set(t, row);
        }
        row[bag.index] = w;
      }
      bag.normSquared = norm;
    }
    this.weights = { idf, inBags };
    return this.weights;
  }

  /**
   * For each sentence of a section (its writer and tokens, as `add` was given them), the section
   * of another kind it seems to belong to, or null.
   */
  check(
    sectionId: string,
    sentences: Array<{ writer: string; tokens: string[] }>,
  ): Array<PlacementTarget | null> {
    const own = this.byId.get(sectionId);
    const out: Array<PlacementTarget | null> = sentences.map(() => null);
    if (!own || !this.comparable) return out;
    const { idf, inBags } = this.weigh();
    const live = this.bags.filter((b) => b.writers.size > 0);
    if (!live.some((b) => b.kind !== own.kind)) return out;

    // Each writer's own tokens in this section and the section's norm without them, for the
    // writers whose sentences are judged: a sentence is compared with what the other units wrote
    // here, not with itself (nor with its writer's other sentences).
    const sentencesOf = new Map<string, string[][]>();
    for (const { writer, tokens } of sentences) {
      const list = sentencesOf.get(writer);
      if (list) list.push(tokens);
      else sentencesOf.set(writer, [tokens]);
    }
    const ownWithout = new Map<string, { counts: Map<string, number>; normSquared: number }>();
    const withoutWriter = (writer: string) => {
      let entry = ownWithout.get(writer);
      if (entry) return entry;
      const counts = new Map<string, number>();
      let norm = own.normSquared;
      // A writer left out of the section's bag (a large round is read in part) has nothing in it to take out.
      if (own.writers.has(writer)) {
        for (const tokens of sentencesOf.get(writer) ?? []) {
          for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
        }
        for (const [t, c] of counts) {
          const all = own.counts.get(t) ?? 0;
          const w = idf.get(t) ?? 0;
          norm -= (tf(all) ** 2 - tf(Math.max(0, all - c)) ** 2) * w * w;
        }
      }
      entry = { counts, normSquared: Math.max(0, norm) };
      ownWithout.set(writer, entry);
      return entry;
    };
    const othersThan = (bag: Bag, writer: string) => bag.writers.size - (bag.writers.has(writer) ? 1 : 0);
    const writersOf = new Map<string, Set<string>>();
    const keys = sentences.map(({ writer, tokens }) => {
      const key = tokens.join('\u0001');
      const set = writersOf.get(key);
      if (set) set.add(writer);
      else writersOf.set(key, new Set([writer]));
      return key;
    });

    const vector = new Map<string, number>();
    const dots = new Float64Array(this.bags.length);
    const atHomeWriters = Math.max(AT_HOME_MIN, Math.ceil(sentencesOf.size * AT_HOME_SHARE));
    sentences.forEach(({ writer, tokens }, i) => {
      if ((writersOf.get(keys[i] as string)?.size ?? 0) >= atHomeWriters) return;
      vector.clear();
      let words = 0;
      for (const t of tokens) {
        const c = vector.get(t);
        if (c === undefined && t !== FIGURE_TOKEN) words++;
        vector.set(t, (c ?? 0) + 1);
      }
      if (words < MIN_WORDS) return;
      let norm = 0;
      for (const [t, c] of vector) {
        const w = tf(c) * (idf.get(t) ?? 0);
        vector.set(t, w);
        norm += w * w;
      }
      if (norm === 0) return;
      norm = Math.sqrt(norm);
      // Dot products with every bag at once, through each token's row of weights.
      dots.fill(0);
      let ownDot = 0;
      const mine = withoutWriter(writer);
      for (const [t, w] of vector) {
        const row = inBags.get(t);
        if (row) for (let b = 0; b < row.length; b++) dots[b] = (dots[b] as number) + w * (row[b] as number);
        const left = (own.counts.get(t) ?? 0) - (mine.counts.get(t) ?? 0);
        if (left > 0) ownDot += w * tf(left) * (idf.get(t) ?? 0);
      }
      const cosine = (bag: Bag) =>
        bag.normSquared > 0 ? (dots[bag.index] as number) / norm / Math.sqrt(bag.normSquared) : 0;
      // At home: its own section without its writer, and the other sections of its kind.
      let home = false;
      let atHome = 0;
      const without = mine.normSquared;
      if (othersThan(own, writer) > 0) {
        home = true;
        if (without > 0) atHome = ownDot / norm / Math.sqrt(without);
      }
      let best: Bag | null = null;
      let bestScore = 0;
      for (const bag of live) {
        if (bag === own) continue;
        if (bag.kind === own.kind) {
          if (othersThan(bag, writer) === 0) continue;
          home = true;
          atHome = Math.max(atHome, cosine(bag));
        } else if (othersThan(bag, writer) >= MIN_OTHER_WRITERS) {
          const score = cosine(bag);
          if (score > bestScore) {
            bestScore = score;
            best = bag;
          }
        }
      }
      if (home && best && bestScore >= MIN_SIMILARITY && bestScore >= RATIO * atHome) {
        out[i] = { id: best.id, label: best.label, title: best.title };
      }
    });
    return out;
  }
}
