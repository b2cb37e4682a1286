/**
 * Groups sentences into themes: TF-IDF vectors over the section's sentences (each sentence a
 * document), and one greedy pass that puts each sentence with the theme whose centroid it is most
 * similar to by cosine, or starts a new theme under the threshold. Identical token sequences (a
 * copied sentence, a template filled with other figures) are weighed once with their count.
 * Candidate themes are found through the sentence's rarest tokens, so a section of thousands of
 * sentences compares each with a few themes, not all of them.
 */

export interface ThemeOptions {
  /** Cosine similarity from which a sentence joins a theme. */
  threshold: number;
}

export const DEFAULT_THRESHOLD = 0.5;

/** Up to this many themes, every one is compared; past it, only those sharing a rare token. */
const COMPARE_ALL_BELOW = 64;
const RARE_TOKENS = 6;

/** A sentence's TF-IDF weights, normalised: token ids in first-appearance order, and their weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

const EMPTY_VECTOR: Vector = { ids: new Int32Array(0), weights: new Float64Array(0) };

interface Centroid {
  weights: Map<number, number>;
  normSquared: number;
  members: number[];
}

/** Indices of `sentences` grouped into themes, each in input order, themes by first appearance. */
export function groupThemes(sentences: string[][], options: ThemeOptions = { threshold: DEFAULT_THRESHOLD }) {
  // One entry per distinct token sequence.
  const distinct: Array<{ tokens: string[]; members: number[] }> = [];
  {
    const byKey = new Map<string, number>();
    sentences.forEach((tokens, i) => {
      const key = tokens.join('\u0001');
      const at = byKey.get(key);
      if (at !== undefined) (distinct[at] as { members: number[] }).members.push(i);
      else {
        byKey.set(key, distinct.length);
        distinct.push({ tokens, members: [i] });
      }
    });
  }

  // Each distinct sentence's token ids and counts, in the order the tokens first appear in it, in
  // typed arrays: a Map per sentence would cost a few hundred bytes more each, with a thousand
  // reports' sections tens of megabytes.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termCounts = distinct.map(({ tokens, members }) => {
    const counts = new Map<number, number>();
    for (const t of tokens) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id] = (df[id] as number) + members.length;
    return { ids: Int32Array.from(counts.keys()), counts: Int32Array.from(counts.values()) };
  });
  const n = sentences.length;
  const idf = df.map((d) => Math.log(1 + n / d));

  const vectors: Vector[] = termCounts.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = (1 + Math.log(counts[k] as number)) * (idf[ids[k] as number] as number);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { ids, weights };
  });
  termCounts.length = 0;

  const themes: Centroid[] = [];
  const postings = new Map<number, number[]>();
  const similarity = (v: Vector, c: Centroid) => {
    if (c.normSquared === 0) return 0;
    let dot = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const cw = c.weights.get(v.ids[k] as number);
      if (cw !== undefined) dot += (v.weights[k] as number) * cw;
    }
    return dot / Math.sqrt(c.normSquared);
  };

  distinct.forEach((entry, d) => {
    const v = vectors[d] as Vector;
    // Dropped once read: each sentence's vector is needed only while it is placed.
    vectors[d] = EMPTY_VECTOR;
    let best = -1;
    let bestScore = options.threshold;
    const consider = (t: number) => {
      const s = similarity(v, themes[t] as Centroid);
      if (s >= bestScore) {
        bestScore = s;
        best = t;
      }
    };
    if (v.ids.length > 0) {
      if (themes.length < COMPARE_ALL_BELOW) {
        for (let t = 0; t < themes.length; t++) consider(t);
      } else {
        const rare = [...v.ids].sort((a, b) => (idf[b] as number) - (idf[a] as number)).slice(0, RARE_TOKENS);
        const seen = new Set<number>();
        for (const id of rare) {
          for (const t of postings.get(id) ?? []) {
            if (seen.has(t)) continue;
            seen.add(t);
            consider(t);
          }
        }
      }
    }
    // A sentence with no tokens (figures only, punctuation) still needs a theme of its own.
    if (best < 0 || v.ids.length === 0) {
      best = themes.length;
      themes.push({ weights: new Map(), normSquared: 0, members: [] });
    }
    const theme = themes[best] as Centroid;
    const count = entry.members.length;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      const old = theme.weights.get(id);
      const add = (v.weights[k] as number) * count;
      if (old === undefined) {
        let list = postings.get(id);
        if (!list) {
          list = [];
          postings.set(id, list);
        }
        list.push(best);
      }
      const now = (old ?? 0) + add;
      theme.weights.set(id, now);
      theme.normSquared += now * now - (old ?? 0) * (old ?? 0);
    }
    theme.members.push(...entry.members);
  });

  return themes.map((t) => t.members.sort((a, b) => a - b));
}

/** Cosine similarity of two token lists with plain counts (for choosing a theme's representative). */
export function centrality(members: string[][]): number[] {
  const total = new Map<string, number>();
  for (const tokens of members) for (const t of tokens) total.set(t, (total.get(t) ?? 0) + 1);
  return members.map((tokens) => {
    let score = 0;
    for (const t of new Set(tokens)) score += total.get(t) ?? 0;
    return tokens.length === 0 ? 0 : score / Math.sqrt(tokens.length);
  });
}
