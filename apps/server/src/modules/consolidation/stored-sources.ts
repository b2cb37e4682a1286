import type {
  ReportContent,
  SectionSources,
  SynthesisFlag,
  SynthesisSentence,
  SynthesisSource,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { submissionContents } from '../assignments/index.ts';
import { DEFAULT_MAX_SENTENCE_CHARS, sourceTexts } from './synthesis/synthesize.ts';

/**
 * A section's sources as stored: the units' sentences by reference, not copied. A report of a
 * thousand units would otherwise store every sentence they wrote again (with the unit's name
 * beside each), tens of megabytes written on every regeneration. The submissions keep the text
 * (a submission is never changed), so nothing is lost: `resolveSources` reads it back.
 */
export interface PackedSources {
  v: 2;
  /**
   * The contributions referred to: unit id, unit name, submission id, and the `maxSentenceChars` its
   * text was read with; for the previous round's total behind a change, that round's id after them.
   */
  units: Array<[string, string, string, number] | [string, string, string, number, string]>;
  sentences: Array<Omit<SynthesisSentence, 'sources'> & { sources: PackedSource[] }>;
  flags: Array<
    Omit<SynthesisFlag, 'unitId' | 'unitName' | 'submissionId' | 'texts'> & {
      unit: number;
      texts: PackedText[];
    }
  >;
}

/** A sentence's place in its contribution's text (`sourceTexts`), or a text of its own (a unit's figure, "Số khu cách ly: 3 khu"). */
type PackedText = number | string;
/** [unit (its place in `units`), text, the unit's figure for a figure sentence]. */
type PackedSource = [number, PackedText] | [number, PackedText, number];

/**
 * Packs what the synthesis wrote for a section. `readTexts` (by submission id) are the
 * contributions' texts as they were read with `maxChars`; a text not among them is kept whole.
 */
export function packSources(
  sources: SectionSources,
  readTexts: Map<string, string[]> = new Map(),
  maxChars = DEFAULT_MAX_SENTENCE_CHARS,
): PackedSources {
  const units: PackedSources['units'] = [];
  const unitIndex = new Map<string, number>();
  const places = new Map<string, Map<string, number>>();
  const unitOf = (unitId: string, unitName: string, submissionId: string, campaignId?: string) => {
    const key = `${unitId}\u0000${unitName}\u0000${submissionId}\u0000${campaignId ?? ''}`;
    let at = unitIndex.get(key);
    if (at === undefined) {
      at = units.length;
      units.push(
        campaignId === undefined
          ? [unitId, unitName, submissionId, maxChars]
          : [unitId, unitName, submissionId, maxChars, campaignId],
      );
      unitIndex.set(key, at);
    }
    return at;
  };
  const textOf = (submissionId: string, text: string): PackedText => {
    let byText = places.get(submissionId);
    if (!byText) {
      byText = new Map();
      (readTexts.get(submissionId) ?? []).forEach((t, i) => {
        if (!byText?.has(t)) byText?.set(t, i);
      });
      places.set(submissionId, byText);
    }
    return byText.get(text) ?? text;
  };
  const source = (s: SynthesisSource): PackedSource => {
    const unit = unitOf(s.unitId, s.unitName, s.submissionId, s.campaignId);
    // A figure's text is the unit's figure, not a sentence it wrote.
    const text = s.value === undefined ? textOf(s.submissionId, s.text) : s.text;
    return s.value === undefined ? [unit, text] : [unit, text, s.value];
  };
  return {
    v: 2,
    units,
    sentences: sources.sentences.map((s) => ({ ...s, sources: s.sources.map(source) })),
    flags: sources.flags.map(({ unitId, unitName, submissionId, texts, ...rest }) => ({
      ...rest,
      unit: unitOf(unitId, unitName, submissionId),
      texts: texts.map((t) => textOf(submissionId, t)),
    })),
  };
}

/** A stored `sources` column: packed, or (written before sources were packed) whole. */
export function parseStoredSources(json: string): PackedSources {
  const parsed = JSON.parse(json) as PackedSources | SectionSources;
  return 'v' in parsed ? parsed : packSources(parsed);
}

/** `after` appended to `before`: its sentences numbered on from the last of `before`. */
export function appendSources(before: PackedSources, after: PackedSources): PackedSources {
  const offset = before.sentences.reduce((max, s) => Math.max(max, s.id), 0);
  const shift = before.units.length;
  return {
    v: 2,
    units: [...before.units, ...after.units],
    sentences: [
      ...before.sentences,
      ...after.sentences.map((s) => ({
        ...s,
        id: s.id + offset,
        sources: s.sources.map(([unit, ...rest]) => [unit + shift, ...rest] as PackedSource),
      })),
    ],
    flags: [...before.flags, ...after.flags.map((f) => ({ ...f, unit: f.unit + shift }))],
  };
}

/**
 * The sections' sources with every sentence's text read back from the submissions (`packed` by
 * section id).
 */
export async function resolveSources(
  db: Kysely<Database>,
  packed: Map<string, PackedSources>,
): Promise<Map<string, SectionSources>> {
  const ids = new Set<string>();
  // The previous round's total refers to no submission.
  for (const p of packed.values()) for (const u of p.units) if (u[2]) ids.add(u[2]);
  const contents = new Map<string, ReportContent['sections']>();
  for (const [id, content] of await submissionContents(db, [...ids])) {
    contents.set(id, (JSON.parse(content) as Partial<ReportContent>).sections ?? {});
  }
  const out = new Map<string, SectionSources>();
  for (const [sectionId, p] of packed) {
    out.set(
      sectionId,
      unpackSources(p, (submissionId) => contents.get(submissionId)?.[sectionId] ?? ''),
    );
  }
  return out;
}

/** A section's sources with their texts read back from each submission's text for the section (`htmlOf`). */
export function unpackSources(p: PackedSources, htmlOf: (submissionId: string) => string): SectionSources {
  const texts = p.units.map(([, , submissionId, maxChars]) => {
    let read: string[] | undefined;
    return (t: PackedText) => {
      if (typeof t === 'string') return t;
      read ??= sourceTexts(htmlOf(submissionId), maxChars);
      return read[t] ?? '';
    };
  });
  const unitOf = (u: number) => {
    const [unitId, unitName, submissionId, , campaignId] = p.units[u] ?? ['', '', '', 0];
    return { unitId, unitName, submissionId, ...(campaignId !== undefined && { campaignId }) };
  };
  return {
    sentences: p.sentences.map((s) => ({
      ...s,
      sources: s.sources.map(([u, t, value]) => ({
        ...unitOf(u),
        text: texts[u]?.(t) ?? '',
        ...(value !== undefined && { value }),
      })),
    })),
    flags: p.flags.map(({ unit, texts: refs, ...rest }) => ({
      ...rest,
      ...unitOf(unit),
      texts: refs.map((t) => texts[unit]?.(t) ?? ''),
    })),
  };
}
