import { MIN_BIRTH_YEAR } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../i18n/translate.ts';
import { vi } from '../../../i18n/vi.ts';
import { nomination } from '../../../testing/fixtures.ts';
import { inTimeZone, ZONES } from '../../../testing/timeZone.ts';
import {
  emptyNomination,
  type NominationFormValues,
  nominationToValues,
  toNominationInput,
  toNominationPatch,
  validateNomination,
} from './nominationForm.ts';

const t = translator(vi);
// Mid-year, so the year is the same in every time zone.
const now = new Date('2020-06-15T12:00:00+07:00');
const person: NominationFormValues = {
  ...emptyNomination('unit-bchqs', 'g1', 'individual'),
  name: 'Nguyễn Văn An',
  gender: 'male',
  birthYear: '1980',
  position: 'Trung tá',
  workplace: 'Phòng Tham mưu',
};

describe('validateNomination', () => {
  it('asks for the unit, the award and a name', () => {
    const REQUIRED = 'Trường này không được để trống';
    expect(validateNomination({ ...emptyNomination('', null, 'individual'), name: ' ' }, t, now)).toEqual({
      unitId: REQUIRED,
      awardGroupId: REQUIRED,
      name: REQUIRED,
    });
    expect(validateNomination(person, t, now)).toEqual({});
  });

  it.each([
    ['', true],
    ['   ', true],
    [String(MIN_BIRTH_YEAR), true],
    [' 1980 ', true],
    // Sixteen this year at the latest.
    ['2004', true],
    ['2005', false],
    [String(MIN_BIRTH_YEAR - 1), false],
    ['80', false],
    ['19800', false],
    ['198O', false],
    ['-1980', false],
  ])('birth year %j accepted: %s', (birthYear, ok) => {
    const errors = validateNomination({ ...person, birthYear }, t, now);
    expect(errors.birthYear).toBe(ok ? undefined : 'Năm sinh phải trong khoảng 1920–2004');
  });

  it('ignores the year of a collective, which has none', () => {
    expect(validateNomination({ ...person, nomineeKind: 'collective', birthYear: '12' }, t, now)).toEqual({});
  });

  it('moves the upper bound with the year', () => {
    const later = new Date('2031-06-15T12:00:00+07:00');
    expect(validateNomination({ ...person, birthYear: '2015' }, t, later)).toEqual({});
  });

  it('takes the year as it is in Vietnam, in whatever zone the browser runs', () => {
    // 1 January 2021, 03:00 in Vietnam: still 31 December 2020 in Los Angeles and in UTC.
    const newYear = new Date('2021-01-01T03:00:00+07:00');
    for (const zone of ZONES) {
      const errors = inTimeZone(zone, () => validateNomination({ ...person, birthYear: '2005' }, t, newYear));
      expect(errors, zone).toEqual({});
    }
  });
});

describe('toNominationInput', () => {
  it('sends the person’s details with the year as a number', () => {
    expect(toNominationInput({ ...person, birthYear: ' 1980 ' })).toEqual({
      unitId: 'unit-bchqs',
      awardGroupId: 'g1',
      nomineeKind: 'individual',
      name: 'Nguyễn Văn An',
      gender: 'male',
      birthYear: 1980,
      position: 'Trung tá',
      workplace: 'Phòng Tham mưu',
      achievement: '',
    });
    expect(toNominationInput({ ...person, birthYear: '' }).birthYear).toBeNull();
  });

  it('carries no person’s details for a collective, even if some were typed before switching', () => {
    const input = toNominationInput({ ...person, nomineeKind: 'collective', name: 'Phòng Tham mưu' });
    expect(input).toMatchObject({ gender: null, birthYear: null, position: '', workplace: 'Phòng Tham mưu' });
  });
});

describe('nominationToValues and toNominationPatch', () => {
  const saved = nomination({ version: 5 });

  it('round-trips a saved nomination with no change', () => {
    const values = nominationToValues(saved);
    expect(values.birthYear).toBe('1980');
    expect(toNominationPatch(values, saved)).toEqual({ version: 5 });
    expect(nominationToValues({ ...saved, birthYear: null }).birthYear).toBe('');
  });

  it('sends only what changed, with the version it was based on', () => {
    const values = {
      ...nominationToValues(saved),
      name: 'Nguyễn Văn Anh',
      birthYear: '1981',
      achievement: 'Xuất sắc',
    };
    expect(toNominationPatch(values, saved)).toEqual({
      version: 5,
      name: 'Nguyễn Văn Anh',
      birthYear: 1981,
      achievement: 'Xuất sắc',
    });
  });

  it('never moves a nomination to another unit', () => {
    const values = { ...nominationToValues(saved), unitId: 'unit-other' };
    expect(toNominationPatch(values, saved)).toEqual({ version: 5 });
  });

  it('clears the person’s details when it becomes a collective', () => {
    const values = { ...nominationToValues(saved), nomineeKind: 'collective' as const };
    expect(toNominationPatch(values, saved)).toEqual({
      version: 5,
      nomineeKind: 'collective',
      gender: null,
      birthYear: null,
      position: '',
    });
  });
});
