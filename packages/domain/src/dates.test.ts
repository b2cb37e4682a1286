import { describe, expect, it } from 'vitest';
import {
  endOfVietnamDay,
  formatDateTimeVn,
  formatDateVn,
  formatDeadlineVn,
  formatOfficialDate,
  formatOfficialDeadline,
  isEndOfVietnamDay,
  vietnamDate,
} from './dates.ts';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy in Vietnam time, whatever the server zone', () => {
    // 17:30 UTC on 9 June is already 10 June in Vietnam (UTC+7).
    expect(formatDateVn('2020-06-09T17:30:00Z')).toBe('10/06/2020');
    expect(formatDateTimeVn('2020-06-09T17:30:00Z')).toBe('00:30 10/06/2020');
  });
});

describe('official dates', () => {
  it('reads the calendar day in Vietnam and writes it the decree way', () => {
    expect(vietnamDate('2020-06-09T17:30:00Z')).toBe('2020-06-10');
    expect(formatOfficialDate('2020-06-10T16:59:59Z')).toBe('10/6/2020');
    expect(formatOfficialDate('2020-06-08')).toBe('08/6/2020');
    expect(formatOfficialDate('2021-01-05')).toBe('05/01/2021');
    expect(formatOfficialDate('2021-10-31')).toBe('31/10/2021');
    expect(endOfVietnamDay('2020-06-10')).toBe('2020-06-10T16:59:59.000Z');
  });
});

describe('deadlines as the plan states them', () => {
  it('gives the hour only when the deadline is not the end of the day in Vietnam', () => {
    expect(formatOfficialDeadline(endOfVietnamDay('2020-06-10'))).toBe('trước ngày 10/6/2020');
    expect(formatOfficialDeadline('2020-06-10T16:59:00Z')).toBe('trước ngày 10/6/2020');
    expect(isEndOfVietnamDay('2020-06-10T16:59:00Z')).toBe(true);
    // 17:00 in Vietnam is 10:00 UTC.
    expect(formatOfficialDeadline('2020-06-15T10:00:00Z')).toBe('trước 17 giờ 00 ngày 15/6/2020');
    expect(formatOfficialDeadline('2020-06-15T17:00:00+07:00')).toBe('trước 17 giờ 00 ngày 15/6/2020');
    expect(formatOfficialDeadline('2021-01-05T08:30:00+07:00')).toBe('trước 08 giờ 30 ngày 05/01/2021');
    // Midnight in Vietnam starts the next day there, whatever the UTC date says.
    expect(formatOfficialDeadline('2020-06-14T17:00:00Z')).toBe('trước 00 giờ 00 ngày 15/6/2020');
    // 23:59 UTC is 06:59 the next morning in Vietnam: not the end of a day.
    expect(isEndOfVietnamDay('2020-06-10T23:59:00Z')).toBe(false);
    expect(formatOfficialDeadline(new Date('2020-06-10T23:59:00Z'))).toBe('trước 06 giờ 59 ngày 11/6/2020');
  });
});

describe('deadlines as notices and the interface state them', () => {
  it('writes the date as dd/mm/yyyy, the hour only when it is not the end of the day', () => {
    expect(formatDeadlineVn(endOfVietnamDay('2020-06-10'))).toBe('trước ngày 10/06/2020');
    expect(formatDeadlineVn('2020-06-15T10:00:00Z')).toBe('trước 17 giờ 00 ngày 15/06/2020');
    expect(formatDeadlineVn('2021-10-31T08:30:00+07:00')).toBe('trước 08 giờ 30 ngày 31/10/2021');
    expect(formatDeadlineVn('2020-06-14T17:00:00Z')).toBe('trước 00 giờ 00 ngày 15/06/2020');
  });
});
