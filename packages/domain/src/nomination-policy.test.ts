import { describe, expect, it } from 'vitest';
import type { CampaignStatus } from './campaign-labels.ts';
import type { NominationStatus } from './commendation-labels.ts';
import { endOfVietnamDay } from './dates.ts';
import {
  canSeeDecision,
  canSeeNomination,
  canWriteNomination,
  listsNomination,
  type NominationAccess,
  type NominationAction,
  type NominationRound,
  nominationAccess,
  nominationActions,
} from './nomination-policy.ts';
import type { Role } from './role-list.ts';

const OWN = 'unit-bchqs';
const OTHER = 'unit-huonghoa';
const NOW = new Date('2020-06-05T08:00:00+07:00');

const round = (over: Partial<NominationRound> = {}): NominationRound => ({
  status: 'issued',
  manages: false,
  nominationDeadline: null,
  ...over,
});
const actor = (role: Role, unitId = OWN) => ({ role, unitId });

type Flags = Omit<NominationAccess, 'unitId' | 'deadlinePassed'>;
const flags = ({ unitId: _u, deadlinePassed: _d, ...rest }: NominationAccess): Flags => rest;
const none: Flags = { canNominate: false, canNominateForUnits: false, canForward: false, canReview: false };

describe('nominationAccess: what one may do with a round’s nominations', () => {
  it.each<[string, Role, boolean, Flags]>([
    ['a unit officer', 'unit', false, { ...none, canNominate: true }],
    // manages would only be true for a unit in a round its own unit opened: still no forwarding.
    ['a unit officer running its own lower round', 'unit', true, { ...none, canNominate: true }],
    [
      'the standing agency of the round',
      'coordinator',
      true,
      { canNominate: true, canNominateForUnits: true, canForward: true, canReview: false },
    ],
    ['a coordinator of another round', 'coordinator', false, { ...none, canNominate: true }],
    ['the commendation board', 'reviewer', false, { ...none, canReview: true }],
    ['leadership (read only)', 'viewer', false, none],
    ['the province administrator', 'admin', true, none],
    ['the system administrator', 'sysadmin', true, none],
  ])('%s in an issued round', (_who, role, manages, expected) => {
    expect(flags(nominationAccess(actor(role), round({ manages }), NOW))).toEqual(expected);
  });

  it.each<CampaignStatus>(['draft', 'closed'])(
    'lets no one nominate or forward in a %s round; the board still reviews',
    (status) => {
      for (const role of ['unit', 'coordinator', 'reviewer'] as const) {
        const access = nominationAccess(actor(role), round({ status, manages: true }), NOW);
        expect(flags(access)).toEqual({ ...none, canReview: role === 'reviewer' });
      }
    },
  );

  it('names the caller’s own unit', () => {
    expect(nominationAccess(actor('unit', 'unit-x'), round(), NOW).unitId).toBe('unit-x');
  });

  it('never passes a deadline that is not set', () => {
    expect(nominationAccess(actor('unit'), round(), new Date('2099-01-01')).deadlinePassed).toBe(false);
  });

  it.each([
    ['a second before midnight in Vietnam', '2020-06-10T23:59:58+07:00', false],
    ['at the deadline itself', '2020-06-10T23:59:59+07:00', false],
    ['at midnight in Vietnam (17:00 UTC)', '2020-06-11T00:00:00+07:00', true],
    ['the next morning', '2020-06-11T08:00:00+07:00', true],
  ])('"trước ngày 10/6": %s → %s', (_when, now, passed) => {
    const access = nominationAccess(
      actor('unit'),
      round({ nominationDeadline: endOfVietnamDay('2020-06-10') }),
      new Date(now),
    );
    expect(access.deadlinePassed).toBe(passed);
  });
});

describe('nominationActions: what one can do to a nomination now, the main step first', () => {
  const unitOfficer = nominationAccess(actor('unit', OWN), round(), NOW);
  const standingAgency = nominationAccess(actor('coordinator', 'unit-syt'), round({ manages: true }), NOW);
  const board = nominationAccess(actor('reviewer', 'unit-tdkt'), round(), NOW);
  const viewer = nominationAccess(actor('viewer', 'unit-ubnd'), round(), NOW);
  const subject = (unitId: string, status: NominationStatus, enteredOnBehalf = false) => ({
    unitId,
    status,
    enteredOnBehalf,
  });

  it.each<[string, NominationAccess, ReturnType<typeof subject>, NominationAction[]]>([
    ['a unit with its own draft', unitOfficer, subject(OWN, 'draft'), ['submit', 'edit', 'delete']],
    ['a unit with another unit’s draft', unitOfficer, subject(OTHER, 'draft'), []],
    ['a unit once its nomination is sent', unitOfficer, subject(OWN, 'submitted'), []],
    [
      'the standing agency with a draft it entered for a unit',
      standingAgency,
      subject(OTHER, 'draft', true),
      ['submit', 'edit', 'delete'],
    ],
    // A unit's own draft reaches the standing agency only when its send was refused for quota.
    ['the standing agency with a unit’s own draft', standingAgency, subject(OTHER, 'draft'), ['override']],
    ['the standing agency with a sent nomination', standingAgency, subject(OTHER, 'submitted'), ['forward']],
    ['the standing agency once forwarded', standingAgency, subject(OTHER, 'forwarded'), []],
    ['the board with a forwarded nomination', board, subject(OTHER, 'forwarded'), ['approve', 'reject']],
    ['the board before it is forwarded', board, subject(OTHER, 'submitted'), []],
    ['the board once approved', board, subject(OTHER, 'approved'), []],
    ['leadership', viewer, subject(OTHER, 'forwarded'), []],
    // Entered on behalf, but this caller cannot enter for units: another unit's, not theirs.
    ['a unit with a draft entered on another unit’s behalf', unitOfficer, subject(OTHER, 'draft', true), []],
  ])('%s', (_who, access, nomination, actions) => {
    expect(nominationActions(nomination, access)).toEqual(actions);
  });

  it.each(['rejected', 'decided'] as const)('offers nothing once %s', (status) => {
    for (const access of [unitOfficer, standingAgency, board]) {
      expect(nominationActions(subject(access.unitId, status), access)).toEqual([]);
    }
  });
});

describe('who writes, who sees', () => {
  it.each<[string, Role, boolean, { unitId: string; enteredOnBehalf: boolean }, boolean]>([
    ['the unit its own', 'unit', false, { unitId: OWN, enteredOnBehalf: false }, true],
    ['a unit another’s', 'unit', false, { unitId: OTHER, enteredOnBehalf: false }, false],
    [
      'a unit another’s entered on its behalf',
      'unit',
      false,
      { unitId: OTHER, enteredOnBehalf: true },
      false,
    ],
    [
      'the standing agency one it entered',
      'coordinator',
      true,
      { unitId: OTHER, enteredOnBehalf: true },
      true,
    ],
    [
      'the standing agency a unit’s own',
      'coordinator',
      true,
      { unitId: OTHER, enteredOnBehalf: false },
      false,
    ],
    ['another round’s coordinator', 'coordinator', false, { unitId: OTHER, enteredOnBehalf: true }, false],
  ])('canWriteNomination: %s → %s', (_who, role, manages, nomination, expected) => {
    expect(canWriteNomination(actor(role), round({ manages }), nomination)).toBe(expected);
  });

  const tree = {
    isWithin: (ancestor: string, unit: string) => unit === ancestor || unit === `${ancestor}/child`,
  };
  it.each<[Role, string, boolean]>([
    ['unit', OWN, true],
    ['unit', `${OWN}/child`, true],
    ['unit', OTHER, false],
    ['coordinator', OTHER, true],
    ['reviewer', OTHER, true],
    ['viewer', OTHER, true],
  ])('canSeeNomination: %s, a nomination of %s → %s', (role, unitId, expected) => {
    expect(canSeeNomination(actor(role), { unitId }, tree)).toBe(expected);
  });

  it.each<[Role, string, boolean]>([
    ['unit', 'draft', false],
    ['unit', 'issued', true],
    ['reviewer', 'draft', true],
    ['coordinator', 'draft', true],
  ])('canSeeDecision: %s, a %s decision → %s', (role, status, expected) => {
    expect(canSeeDecision(actor(role), { status })).toBe(expected);
  });

  it.each<
    [string, Role, boolean, string, NominationStatus, { behalf?: boolean; refused?: boolean }, boolean]
  >([
    ['anyone a sent one', 'coordinator', false, OTHER, 'submitted', {}, true],
    ['a unit a draft of its subtree', 'unit', false, `${OWN}/child`, 'draft', {}, true],
    ['a unit a sent one outside its subtree', 'unit', false, OTHER, 'submitted', {}, false],
    ['the standing agency a unit’s plain draft', 'coordinator', true, OTHER, 'draft', {}, false],
    [
      'the standing agency a draft refused for quota',
      'coordinator',
      true,
      OTHER,
      'draft',
      { refused: true },
      true,
    ],
    ['the standing agency a draft it entered', 'coordinator', true, OTHER, 'draft', { behalf: true }, true],
    [
      'another round’s coordinator a refused draft',
      'coordinator',
      false,
      OTHER,
      'draft',
      { refused: true },
      false,
    ],
    ['the board a draft', 'reviewer', false, OTHER, 'draft', {}, false],
  ])('listsNomination: %s → %s', (_who, role, manages, unitId, status, how, expected) => {
    const nomination = {
      unitId,
      status,
      enteredOnBehalf: how.behalf ?? false,
      quotaRefused: how.refused ?? false,
    };
    expect(listsNomination(actor(role), { manages }, tree, nomination)).toBe(expected);
  });
});
