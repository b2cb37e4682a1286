import {
  aggregate,
  type CountsWithoutRates,
  emptyCounts,
  type IndicatorTotal,
  type LeaderOverview,
  type OverviewIndicator,
  type OverviewRound,
  type Progress,
  type ProgressCounts,
  provinceOf,
  UNIT_KINDS,
  type UnitKind,
  withRates,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import { nowIso } from '../lib/clock.ts';
import { roundsProgress } from '../modules/assignments/index.ts';
import { listCampaigns } from '../modules/campaigns/index.ts';
import { awardStatistics } from '../modules/commendation/index.ts';
import { roundIndicatorTotals } from '../modules/consolidation/index.ts';

const COUNT_KEYS = [
  'expected',
  'submitted',
  'onTime',
  'late',
  'overdue',
  'waiting',
  'accepted',
  'returned',
] as const;

function addCounts(into: CountsWithoutRates, from: ProgressCounts) {
  for (const key of COUNT_KEYS) into[key] += from[key];
}

const countsOf = (c: ProgressCounts): ProgressCounts => {
  const out = emptyCounts();
  addCounts(out, c);
  return withRates(out);
};

/**
 * The unit every unit of a round lies under: the deepest subtree that holds all its tasks (the
 * province for a province's round, the district for a district's lower round).
 */
function topOf(progress: Progress) {
  let top: Progress['subtrees'][number] | undefined;
  for (const s of progress.subtrees) {
    if (s.expected === progress.totals.expected && (!top || s.depth > top.depth)) top = s;
  }
  return top;
}

/** The round's rates as its progress tab counts them: in total, per block under its top unit, per level. */
function roundRates(progress: Progress, tree: UnitTree) {
  const top = topOf(progress);
  const areas = progress.subtrees.filter((s) => top && tree.byId.get(s.unitId)?.parentId === top.unitId);
  const unitsIn = new Map<string, number>();
  const levels = new Map<UnitKind, { counts: CountsWithoutRates; units: number }>();
  let topOwn: ProgressCounts | null = null;
  for (const unit of progress.units) {
    if (top && unit.unitId === top.unitId) topOwn = countsOf(unit);
    for (const area of areas) {
      if (tree.isWithin(area.unitId, unit.unitId))
        unitsIn.set(area.unitId, (unitsIn.get(area.unitId) ?? 0) + 1);
    }
    const level = levels.get(unit.unitKind) ?? { counts: emptyCounts(), units: 0 };
    addCounts(level.counts, unit);
    level.units++;
    levels.set(unit.unitKind, level);
  }
  return {
    top,
    topOwn,
    byArea: areas.map((a) => ({
      ...countsOf(a),
      unitId: a.unitId,
      unitName: a.unitName,
      units: unitsIn.get(a.unitId) ?? 0,
      filter: { under: a.unitId },
    })),
    byLevel: UNIT_KINDS.filter((k) => levels.has(k)).map((unitKind) => {
      const level = levels.get(unitKind) as { counts: CountsWithoutRates; units: number };
      return { ...withRates(level.counts), unitKind, units: level.units, filter: { unitKind } };
    }),
  };
}

/** An indicator's figures by the round's blocks (its subtrees' roll-ups) and by level (the units' own figures). */
function indicatorView(total: IndicatorTotal, areaIds: readonly string[], tree: UnitTree): OverviewIndicator {
  const subtrees = new Map(total.subtrees.map((s) => [s.unitId, s]));
  const byLevel = new Map<UnitKind, number[]>();
  for (const u of total.units) {
    const kind = (tree.byId.get(u.unitId)?.kind ?? 'other') as UnitKind;
    byLevel.set(kind, [...(byLevel.get(kind) ?? []), u.value]);
  }
  return {
    indicatorId: total.indicatorId,
    sectionLabel: total.sectionLabel,
    name: total.name,
    unit: total.unit,
    valueType: total.valueType,
    aggregation: total.aggregation,
    total: total.total,
    reported: total.reported,
    byArea: areaIds.flatMap((id) => {
      const s = subtrees.get(id);
      return s
        ? [{ unitId: id, unitName: s.unitName, value: s.value, reported: s.reported, filter: { under: id } }]
        : [];
    }),
    byLevel: UNIT_KINDS.filter((k) => byLevel.has(k)).map((unitKind) => {
      const values = byLevel.get(unitKind) as number[];
      return {
        unitKind,
        value: aggregate(values, total.aggregation),
        reported: values.length,
        filter: { unitKind },
      };
    }),
  };
}

/**
 * The leader's home: every issued and closed round of the caller's province (lower rounds
 * included), the newest first, each with its reporting and on-time rates in total, per block and
 * per level — counted by the same code as its progress tab, all rounds read in one query — and
 * its indicators as its consolidated report totals them (a few queries per round, none per unit);
 * and the awards conferred in them. Another province's rounds are never listed (listCampaigns).
 */
export async function leaderOverview(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  now = nowIso(),
): Promise<LeaderOverview> {
  const province = provinceOf(tree, actor.unitId);
  const rounds = (await listCampaigns(db, tree, actor))
    .filter((r) => r.status !== 'draft')
    .sort(
      (a, b) => (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') || b.updatedAt.localeCompare(a.updatedAt),
    );
  const progress = await roundsProgress(
    db,
    tree,
    actor,
    rounds.map((r) => r.id),
    now,
  );
  const out: OverviewRound[] = [];
  for (const round of rounds) {
    const p = progress.get(round.id) as Progress;
    const rates = roundRates(p, tree);
    const areaIds = rates.byArea.map((a) => a.unitId);
    const indicators = (await roundIndicatorTotals(db, tree, round.id)).map((t) =>
      indicatorView(t, areaIds, tree),
    );
    out.push({
      campaignId: round.id,
      name: round.name,
      kind: round.kind,
      status: round.status,
      reference: round.reference,
      issuingUnitId: round.issuingUnitId,
      issuingUnitName: round.issuingUnitName,
      parentCampaignId: round.parentCampaignId,
      issuedAt: round.issuedAt,
      reportDeadline: round.reportDeadline,
      topUnitId: rates.top?.unitId ?? null,
      topUnitName: rates.top?.unitName ?? '',
      totals: p.totals,
      byArea: rates.byArea,
      topOwn: rates.topOwn,
      byLevel: rates.byLevel,
      indicators,
    });
  }
  const awards = await awardStatistics(db, tree, actor, {});
  return {
    asOf: now,
    provinceId: province ?? null,
    provinceName: province ? (tree.byId.get(province)?.name ?? '') : '',
    rounds: out,
    awards: { total: awards.total, byAwardType: awards.byAwardType, byUnit: awards.byUnit },
  };
}
