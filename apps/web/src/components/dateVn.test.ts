import { describe, expect, it } from 'vitest';
import { inTimeZone, ZONES } from '../testing/timeZone.ts';
import { formatDateDigits, parseDateVn } from './dateVn.ts';

describe('formatDateDigits: digits typed into a dd/mm/yyyy field', () => {
  it.each([
    ['', ''],
    ['1', '1'],
    ['15', '15'],
    ['150', '15/0'],
    ['1506', '15/06'],
    ['15062', '15/06/2'],
    ['15062020', '15/06/2020'],
    // Anything past eight digits is dropped, not shifted into the year.
    ['1506202099', '15/06/2020'],
    // The slashes a person types (or pastes) are not counted twice.
    ['15/06/2020', '15/06/2020'],
    ['15-06-2020', '15/06/2020'],
    [' 1 5 0 6 2 0 2 0 ', '15/06/2020'],
    ['abc', ''],
    // Full-width or other scripts' digits are not ASCII digits: dropped.
    ['１５', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatDateDigits(input)).toBe(expected);
  });
});

describe('parseDateVn: dd/mm/yyyy to an ISO calendar date', () => {
  it.each([
    ['15/06/2020', '2020-06-15'],
    ['01/01/2021', '2021-01-01'],
    ['31/12/2020', '2020-12-31'],
    // Spaces around the text are forgiven.
    ['  08/06/2020 ', '2020-06-08'],
    // Leap days: 2020 and 2000 have one; 2021 and 1900 do not.
    ['29/02/2020', '2020-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('%j → %j', (input, expected) => {
    expect(parseDateVn(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '29/02/2021',
    '29/02/1900',
    '31/04/2020',
    '31/06/2020',
    '32/01/2020',
    '00/01/2020',
    '15/00/2020',
    '15/13/2020',
    // Not the shape: one-digit day or month, two-digit year, other separators, ISO order.
    '1/6/2020',
    '15/06/20',
    '15-06-2020',
    '15.06.2020',
    '2020-06-15',
    '15/06/2020 10:00',
    '15/06/20201',
  ])('%j is not a date', (input) => {
    expect(parseDateVn(input)).toBeNull();
  });

  it.each(ZONES)('keeps the day typed when the browser runs in %s', (zone) => {
    inTimeZone(zone, () => {
      // Local midnight east of UTC is the previous day in UTC: a parser that mixed local and UTC
      // time would move these by one day in one zone or another.
      expect(parseDateVn('01/01/2021')).toBe('2021-01-01');
      expect(parseDateVn('31/12/2020')).toBe('2020-12-31');
      expect(parseDateVn('01/03/2020')).toBe('2020-03-01');
    });
  });
});
