import type { SynthesisSource } from '@tongket/domain';

/** One unit behind a generated sentence, with everything of its own that the sentence stands for. */
export interface SourceUnit {
  unitId: string;
  unitName: string;
  /** The unit's sentences (or its figure) in the order the synthesis read them, each once. */
  texts: string[];
  /**
   * The previous round's total a figure's change is counted from (its issuing unit's
   * consolidation): shown apart, and not one of the units the sentence stands for.
   */
  previousRound?: true;
}

/** The units behind a sentence, each once and in the order they first appear. */
export function sourceUnits(sources: readonly SynthesisSource[]): SourceUnit[] {
  const byUnit = new Map<string, SourceUnit>();
  for (const source of sources) {
    const key = source.campaignId ? `round:${source.campaignId}` : source.unitId;
    let unit = byUnit.get(key);
    if (!unit) {
      unit = {
        unitId: source.unitId,
        unitName: source.unitName,
        texts: [],
        ...(source.campaignId && { previousRound: true as const }),
      };
      byUnit.set(key, unit);
    }
    if (!unit.texts.includes(source.text)) unit.texts.push(source.text);
  }
  return [...byUnit.values()];
}

/** The first `max` names for a hover, and how many are left unnamed there. */
export function namesPreview(names: readonly string[], max: number): { shown: string[]; more: number } {
  const shown = names.slice(0, Math.max(0, max));
  return { shown, more: names.length - shown.length };
}
