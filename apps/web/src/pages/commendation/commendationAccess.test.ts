import { endOfVietnamDay, type Role } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { campaign, emptyPlan, me } from '../../testing/fixtures.ts';
import { type CommendationAccess, commendationAccess } from './commendationAccess.ts';

type Flags = Omit<CommendationAccess, 'unitId' | 'deadlinePassed'>;
const flags = ({ unitId: _u, deadlinePassed: _d, ...rest }: CommendationAccess): Flags => rest;
const none: Flags = { canNominate: false, canNominateForUnits: false, canForward: false, canReview: false };

describe('commendationAccess: what one may do with a round’s nominations', () => {
  it.each<[string, Role, boolean, Flags]>([
    ['a unit officer', 'unit', false, { ...none, canNominate: true }],
    // canManage would only be true for a unit in a round its own unit opened: still no forwarding.
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
  ])('%s in an issued round', (_who, role, canManage, expected) => {
    const access = commendationAccess(me({ role }), campaign({ status: 'issued', canManage }));
    expect(flags(access)).toEqual(expected);
  });

  it.each(['draft', 'closed'] as const)(
    'lets no one nominate or forward in a %s round; the board still reviews',
    (status) => {
      for (const role of ['unit', 'coordinator', 'reviewer'] as const) {
        const access = commendationAccess(me({ role }), campaign({ status, canManage: true }));
        expect(flags(access)).toEqual({ ...none, canReview: role === 'reviewer' });
      }
    },
  );

  it('names the caller’s own unit', () => {
    expect(commendationAccess(me({ unitId: 'unit-x' }), campaign()).unitId).toBe('unit-x');
  });
});

describe('deadlinePassed', () => {
  const round = (nominationDeadline: string | null) => campaign({ plan: emptyPlan({ nominationDeadline }) });

  it('never passes without a deadline', () => {
    expect(commendationAccess(me(), round(null), new Date('2099-01-01')).deadlinePassed).toBe(false);
  });

  it.each([
    ['a second before midnight in Vietnam', '2020-06-10T23:59:58+07:00', false],
    ['at the deadline itself', '2020-06-10T23:59:59+07:00', false],
    ['at midnight in Vietnam (17:00 UTC)', '2020-06-11T00:00:00+07:00', true],
    ['the next morning', '2020-06-11T08:00:00+07:00', true],
  ])('"trước ngày 10/6": %s → %s', (_when, now, passed) => {
    const access = commendationAccess(me(), round(endOfVietnamDay('2020-06-10')), new Date(now));
    expect(access.deadlinePassed).toBe(passed);
  });
});
