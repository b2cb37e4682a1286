import { describe, expect, it } from 'vitest';
import { formatDateTimeVn, formatDateVn } from './dates.ts';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy in Vietnam time, whatever the server zone', () => {
    // 17:30 UTC on 9 June is already 10 June in Vietnam (UTC+7).
    expect(formatDateVn('2020-06-09T17:30:00Z')).toBe('10/06/2020');
    expect(formatDateTimeVn('2020-06-09T17:30:00Z')).toBe('00:30 10/06/2020');
  });
});
