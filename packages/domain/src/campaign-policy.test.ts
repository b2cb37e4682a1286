import { describe, expect, it } from 'vitest';
import {
  canManageCampaign,
  canReadCampaign,
  canReadConsolidated,
  followsUnit,
  listsLowerRound,
} from './campaign-policy.ts';
import type { Role } from './role-list.ts';

/** Two provinces: qt (with the district hh under it) and bd. */
const parents: Record<string, string | undefined> = {
  qt: undefined,
  syt: 'qt',
  hh: 'qt',
  xa: 'hh',
  bd: undefined,
};
const tree = {
  ancestorIds(id: string): string[] {
    const out: string[] = [];
    for (let at: string | undefined = id; at !== undefined && at in parents; at = parents[at]) out.push(at);
    return out;
  },
  isWithin(ancestor: string, id: string): boolean {
    return this.ancestorIds(id).includes(ancestor);
  },
};
const round = (over: Partial<Parameters<typeof canReadCampaign>[1]> = {}) => ({
  issuingUnitId: 'qt',
  standingUnitId: 'syt',
  status: 'issued',
  parentCampaignId: null,
  ...over,
});
const actor = (role: Role, unitId: string) => ({ role, unitId });

describe('who runs a round', () => {
  it.each<[string, Role, string, ReturnType<typeof round>, boolean]>([
    ['the standing agency’s coordinator', 'coordinator', 'syt', round(), true],
    ['another unit’s coordinator', 'coordinator', 'hh', round(), false],
    ['a unit officer of the standing unit, top round', 'unit', 'syt', round(), false],
    [
      'the opener of a lower round',
      'unit',
      'hh',
      round({ standingUnitId: 'hh', parentCampaignId: 'p' }),
      true,
    ],
    ['the administrator', 'admin', 'syt', round(), false],
  ])('%s → %s', (_who, role, unitId, r, expected) => {
    expect(canManageCampaign(actor(role, unitId), r)).toBe(expected);
  });
});

describe('who reads a round and its consolidated report', () => {
  it.each<[string, Role, string, string, boolean]>([
    ['a unit officer, issued', 'unit', 'xa', 'issued', true],
    ['a unit officer, draft', 'unit', 'xa', 'draft', false],
    ['a coordinator, draft', 'coordinator', 'hh', 'draft', true],
    ['another province’s coordinator', 'coordinator', 'bd', 'issued', false],
    ['a leader', 'viewer', 'qt', 'issued', true],
  ])('canReadCampaign: %s → %s', (_who, role, unitId, status, expected) => {
    expect(canReadCampaign(actor(role, unitId), round({ status }), tree)).toBe(expected);
  });

  it('keeps the consolidated text from unit officers, except the unit that runs the round', () => {
    expect(canReadConsolidated(actor('unit', 'xa'), round())).toBe(false);
    expect(canReadConsolidated(actor('viewer', 'qt'), round())).toBe(true);
    expect(
      canReadConsolidated(actor('unit', 'hh'), round({ standingUnitId: 'hh', parentCampaignId: 'p' })),
    ).toBe(true);
  });
});

describe('which lower rounds one finds', () => {
  const lower = (status: string) =>
    round({ issuingUnitId: 'hh', standingUnitId: 'hh', status, parentCampaignId: 'p' });
  it.each<[string, Role, string, string, boolean]>([
    ['a commune officer, its district’s issued round', 'unit', 'xa', 'issued', false],
    ['the district’s officer, its issued round', 'unit', 'hh', 'issued', true],
    ['the district’s officer, its draft', 'unit', 'hh', 'draft', true],
    ['another unit officer, a draft', 'unit', 'syt', 'draft', false],
    ['a coordinator, a draft', 'coordinator', 'syt', 'draft', true],
    ['a leader, a draft', 'viewer', 'qt', 'draft', true],
  ])('%s → %s', (_who, role, unitId, status, expected) => {
    expect(listsLowerRound(actor(role, unitId), lower(status), tree)).toBe(expected);
  });
});

describe('whose work one follows in a round', () => {
  it.each<[Role, string, string, boolean]>([
    ['unit', 'hh', 'xa', true],
    ['unit', 'hh', 'hh', true],
    ['unit', 'xa', 'hh', false],
    ['coordinator', 'syt', 'xa', true],
    ['viewer', 'qt', 'hh', true],
  ])('%s of %s follows %s → %s', (role, unitId, other, expected) => {
    expect(followsUnit(actor(role, unitId), other, tree)).toBe(expected);
  });
});
