import { describe, expect, it } from 'vitest';
import { inTimeZone, ZONES } from '../../testing/timeZone.ts';
import { EMPTY_AUDIT_FILTER, toAuditQuery } from './auditFilter.ts';

describe('toAuditQuery', () => {
  it('sends nothing for an empty form', () => {
    expect(toAuditQuery(EMPTY_AUDIT_FILTER)).toEqual({});
  });

  it('trims the typed fields and leaves blank ones out', () => {
    expect(
      toAuditQuery({
        ...EMPTY_AUDIT_FILTER,
        actor: '  syt ',
        action: 'nomination.approve',
        entityType: ' ',
        entityId: ' n-1 ',
      }),
    ).toEqual({ actor: 'syt', action: 'nomination.approve', entityId: 'n-1' });
  });

  it('reads the days as whole days in Vietnam, whatever the zone of the browser', () => {
    for (const zone of ZONES) {
      inTimeZone(zone, () => {
        const query = toAuditQuery({ ...EMPTY_AUDIT_FILTER, from: '10/06/2020', to: '10/06/2020' });
        expect(query).toEqual({ from: '2020-06-10T00:00:00.000+07:00', to: '2020-06-10T23:59:59.999+07:00' });
        // Midnight in Vietnam is 17:00 UTC the day before.
        expect(new Date(query.from as string).toISOString()).toBe('2020-06-09T17:00:00.000Z');
        expect(new Date(query.to as string).toISOString()).toBe('2020-06-10T16:59:59.999Z');
      });
    }
  });

  it('includes the whole last day: an entry at 23:59:59 in Vietnam is inside, midnight is not', () => {
    const { from, to } = toAuditQuery({ ...EMPTY_AUDIT_FILTER, from: '31/12/2020', to: '31/12/2020' });
    const inside = (instant: string) =>
      Date.parse(instant) >= Date.parse(from as string) && Date.parse(instant) <= Date.parse(to as string);
    expect(inside('2020-12-31T00:00:00+07:00')).toBe(true);
    expect(inside('2020-12-31T23:59:59+07:00')).toBe(true);
    expect(inside('2020-12-31T16:59:59Z')).toBe(true);
    expect(inside('2021-01-01T00:00:00+07:00')).toBe(false);
    expect(inside('2020-12-30T23:59:59+07:00')).toBe(false);
  });

  it('leaves out a date that cannot be read rather than sending it half-read', () => {
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTER, from: '31/02/2020', to: '1/6/2020' })).toEqual({});
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTER, from: '01/06/2020', to: '15/06' })).toEqual({
      from: '2020-06-01T00:00:00.000+07:00',
    });
  });
});
