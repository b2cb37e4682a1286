import { describe, expect, it } from 'vitest';
import type { Role } from './role-list.ts';
import {
  canGrantAccount,
  canManageAccount,
  canManageUnitAt,
  canSeeUnit,
  firstUnitOutsideRound,
  grantableRoles,
  provinceOf,
  sameProvince,
  type UnitLineage,
} from './tenancy.ts';

/** Two provinces: QT (with QT-SYT and QT-HH, and a commune under QT-HH) and BD (with BD-SYT). */
const PARENT: Record<string, string | null> = {
  QT: null,
  'QT-SYT': 'QT',
  'QT-HH': 'QT',
  'QT-HH-01': 'QT-HH',
  BD: null,
  'BD-SYT': 'BD',
};
const tree: UnitLineage = {
  ancestorIds(id) {
    const out: string[] = [];
    for (let at: string | null | undefined = id; at && at in PARENT; at = PARENT[at]) out.push(at);
    return out;
  },
};
const as = (role: Role, unitId = 'QT-SYT') => ({ role, unitId });

describe('provinces', () => {
  it('a unit belongs to the top of its tree; an unknown unit to none', () => {
    expect(provinceOf(tree, 'QT-HH-01')).toBe('QT');
    expect(provinceOf(tree, 'BD')).toBe('BD');
    expect(provinceOf(tree, 'nowhere')).toBeUndefined();
    expect(sameProvince(tree, 'QT-HH-01', 'QT-SYT')).toBe(true);
    expect(sameProvince(tree, 'QT-SYT', 'BD-SYT')).toBe(false);
    expect(sameProvince(tree, 'nowhere', 'nowhere')).toBe(false);
  });
});

describe('who sees a unit', () => {
  const cases: Array<[Role, string, string, boolean]> = [
    ['viewer', 'QT', 'QT-HH-01', true],
    ['unit', 'QT-HH-01', 'QT-SYT', true],
    ['unit', 'QT-HH-01', 'BD-SYT', false],
    ['coordinator', 'BD-SYT', 'QT', false],
    ['admin', 'QT-SYT', 'BD', false],
    ['sysadmin', 'QT-SYT', 'BD-SYT', true],
    ['sysadmin', 'QT-SYT', 'nowhere', false],
  ];
  it.each(cases)('%s of %s sees %s: %s', (role, own, unit, expected) => {
    expect(canSeeUnit(as(role, own), unit, tree)).toBe(expected);
  });
});

describe('who manages units', () => {
  const cases: Array<[Role, string, string | null, boolean]> = [
    ['admin', 'QT-SYT', 'QT-HH', true],
    ['admin', 'QT-SYT', 'QT', true],
    ['admin', 'QT-SYT', 'BD-SYT', false],
    // A new province is the installation's business, not a province's.
    ['admin', 'QT-SYT', null, false],
    ['coordinator', 'QT-SYT', 'QT-HH', false],
    ['unit', 'QT-HH', 'QT-HH-01', false],
    ['sysadmin', 'QT-SYT', 'BD-SYT', true],
    ['sysadmin', 'QT-SYT', null, true],
    ['sysadmin', 'QT-SYT', 'nowhere', false],
  ];
  it.each(cases)('%s of %s at %s: %s', (role, own, at, expected) => {
    expect(canManageUnitAt(as(role, own), at, tree)).toBe(expected);
  });
});

describe('who manages accounts', () => {
  const cases: Array<[Role, string, Role, string, boolean]> = [
    ['admin', 'QT-SYT', 'coordinator', 'QT-SYT', true],
    ['admin', 'QT-SYT', 'unit', 'QT-HH-01', true],
    ['admin', 'QT-SYT', 'admin', 'QT', true],
    ['admin', 'QT-SYT', 'coordinator', 'BD-SYT', false],
    ['admin', 'QT-SYT', 'sysadmin', 'QT-SYT', false],
    ['coordinator', 'QT-SYT', 'unit', 'QT-HH', false],
    ['viewer', 'QT', 'unit', 'QT-HH', false],
    ['sysadmin', 'QT-SYT', 'admin', 'BD', true],
    ['sysadmin', 'QT-SYT', 'sysadmin', 'QT-SYT', true],
  ];
  it.each(cases)('%s of %s manages a %s of %s: %s', (role, own, targetRole, targetUnit, expected) => {
    expect(canManageAccount(as(role, own), { role: targetRole, unitId: targetUnit }, tree)).toBe(expected);
  });

  it('only a system administrator gives the system administrator’s role', () => {
    expect(grantableRoles(as('admin'))).not.toContain('sysadmin');
    expect(grantableRoles(as('admin'))).toContain('viewer');
    expect(grantableRoles(as('sysadmin'))).toContain('sysadmin');
  });

  it('an account is granted only into a known unit the actor manages', () => {
    expect(canGrantAccount(as('admin'), { role: 'unit', unitId: 'QT-HH' }, tree)).toBe(true);
    expect(canGrantAccount(as('admin'), { role: 'unit', unitId: 'BD-SYT' }, tree)).toBe(false);
    expect(canGrantAccount(as('admin'), { role: 'sysadmin', unitId: 'QT-HH' }, tree)).toBe(false);
    expect(canGrantAccount(as('sysadmin'), { role: 'admin', unitId: 'nowhere' }, tree)).toBe(false);
  });
});

describe('what a round may refer to', () => {
  it('names the first unit outside the round’s province', () => {
    expect(firstUnitOutsideRound(tree, 'QT', ['QT-SYT', 'QT-HH-01'])).toBeUndefined();
    expect(firstUnitOutsideRound(tree, 'QT', ['QT-SYT', 'BD-SYT', 'nowhere'])).toBe('BD-SYT');
    expect(firstUnitOutsideRound(tree, 'QT', ['nowhere'])).toBe('nowhere');
  });
});
