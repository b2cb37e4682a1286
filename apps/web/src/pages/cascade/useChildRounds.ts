import type { Campaign, MyAssignment, UnitListItem } from '@tongket/domain';
import { useMemo } from 'react';
import { useMyAssignments } from '../../api/assignments.ts';
import { useCampaignChildren } from '../../api/consolidation.ts';
import { useUnitTree } from '../../api/units.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';

/** The active units below one unit, in tree order, each with its depth under it (1 = directly below). */
export function unitsBelow(
  items: readonly UnitListItem[],
  unitId: string,
): Array<UnitListItem & { level: number }> {
  const children = new Map<string, UnitListItem[]>();
  for (const u of items) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u);
    else children.set(u.parentId, [u]);
  }
  const out: Array<UnitListItem & { level: number }> = [];
  const walk = (id: string, level: number) => {
    for (const u of children.get(id) ?? []) {
      if (!u.active) continue;
      out.push({ ...u, level });
      walk(u.id, level + 1);
    }
  };
  walk(unitId, 1);
  return out;
}

export interface ChildRounds {
  /** Show the "Đợt cấp dưới" tab: those who follow the whole round, and a unit that reports in it and has units below. */
  visible: boolean;
  /** The report the caller's unit owes in this round: the one a lower round feeds. */
  owed: MyAssignment | undefined;
  children: ReturnType<typeof useCampaignChildren>;
  /** The lower round the caller's unit opened under this one, if any. */
  mine: { campaignId: string; name: string } | undefined;
  /** The units the caller's unit may ask to report in a lower round. */
  below: Array<UnitListItem & { level: number }>;
  /** "Mở đợt cấp dưới" is offered: the round is open, the unit owes its report, has units below, has no lower round yet. */
  canOpen: boolean;
}

/** What the caller may see and do about the lower rounds of a round (the cascade, as in Bình Dương). */
export function useChildRounds(campaign: Campaign | undefined): ChildRounds {
  const me = useCurrentUser();
  const issued = campaign !== undefined && campaign.status !== 'draft';
  const works = me.role === 'unit' || me.role === 'coordinator';
  const mineList = useMyAssignments(works && issued);
  const owed = mineList.data?.items.find(
    (a) => a.campaignId === campaign?.id && a.kind === 'report' && a.unitId === me.unitId,
  );
  const tree = useUnitTree();
  const below = useMemo(
    () => (owed && tree.data ? unitsBelow(tree.data.items, me.unitId) : []),
    [owed, tree.data, me.unitId],
  );
  // A unit officer sees the tab only where it can open a lower round: it reports here and has units below.
  const visible = issued && (me.role !== 'unit' || below.length > 0);
  const children = useCampaignChildren(campaign?.id ?? '', { enabled: visible });
  const found = children.data?.items.find((c) => c.unitId === me.unitId);
  const mine = found ? { campaignId: found.campaignId, name: found.name } : undefined;
  const canOpen =
    campaign?.status === 'issued' && owed !== undefined && children.isSuccess && !mine && below.length > 0;
  return { visible, owed, children, mine, below, canOpen };
}
