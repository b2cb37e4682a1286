import { describe, expect, it } from 'vitest';
import { endOfVietnamDay, formatDateTimeVn, formatDateVn, formatOfficialDate, vietnamDate } from './dates.ts';

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
