import type { NominationStatus } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { nomination } from '../../../testing/fixtures.ts';
import type { CommendationAccess } from '../commendationAccess.ts';
import { actionsFor, type NominationAction } from './nominationActions.ts';

const OWN = 'unit-bchqs';
const OTHER = 'unit-huonghoa';

const unitOfficer: CommendationAccess = {
  unitId: OWN,
  canNominate: true,
  canNominateForUnits: false,
  canForward: false,
  canReview: false,
  deadlinePassed: false,
};
const standingAgency: CommendationAccess = {
  unitId: 'unit-syt',
  canNominate: true,
  canNominateForUnits: true,
  canForward: true,
  canReview: false,
  deadlinePassed: false,
};
const board: CommendationAccess = {
  unitId: 'unit-tdkt',
  canNominate: false,
  canNominateForUnits: false,
  canForward: false,
  canReview: true,
  deadlinePassed: false,
};
const viewer: CommendationAccess = { ...board, canReview: false };

describe('actionsFor: what one can do to a nomination now, the main step first', () => {
  it.each<
    [
      string,
      CommendationAccess,
      { unitId: string; status: NominationStatus; enteredOnBehalf?: boolean },
      NominationAction[],
    ]
  >([
    [
      'a unit with its own draft',
      unitOfficer,
      { unitId: OWN, status: 'draft' },
      ['submit', 'edit', 'delete'],
    ],
    ['a unit with another unit’s draft', unitOfficer, { unitId: OTHER, status: 'draft' }, []],
    ['a unit once its nomination is sent', unitOfficer, { unitId: OWN, status: 'submitted' }, []],
    [
      'the standing agency with a draft it entered for a unit',
      standingAgency,
      { unitId: OTHER, status: 'draft', enteredOnBehalf: true },
      ['submit', 'edit', 'delete'],
    ],
    // A unit's own draft reaches the standing agency only when its send was refused for quota.
    [
      'the standing agency with a unit’s own draft',
      standingAgency,
      { unitId: OTHER, status: 'draft' },
      ['override'],
    ],
    [
      'the standing agency with a sent nomination',
      standingAgency,
      { unitId: OTHER, status: 'submitted' },
      ['forward'],
    ],
    ['the standing agency once forwarded', standingAgency, { unitId: OTHER, status: 'forwarded' }, []],
    [
      'the board with a forwarded nomination',
      board,
      { unitId: OTHER, status: 'forwarded' },
      ['approve', 'reject'],
    ],
    ['the board before it is forwarded', board, { unitId: OTHER, status: 'submitted' }, []],
    ['the board once approved', board, { unitId: OTHER, status: 'approved' }, []],
    ['leadership', viewer, { unitId: OTHER, status: 'forwarded' }, []],
    // Entered on behalf, but this caller cannot enter for units: another unit's, not theirs.
    [
      'a unit with a draft entered on another unit’s behalf',
      unitOfficer,
      { unitId: OTHER, status: 'draft', enteredOnBehalf: true },
      [],
    ],
  ])('%s', (_who, access, over, actions) => {
    expect(actionsFor(nomination(over), access)).toEqual(actions);
  });

  it.each(['rejected', 'decided'] as const)('offers nothing once %s', (status) => {
    for (const access of [unitOfficer, standingAgency, board]) {
      expect(actionsFor(nomination({ unitId: access.unitId, status }), access)).toEqual([]);
    }
  });
});
