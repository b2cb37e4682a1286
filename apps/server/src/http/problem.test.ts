import { setLanguageSource } from '@tongket/domain';
import { afterEach, describe, expect, it } from 'vitest';
import {
  badRequest,
  conflict,
  forbidden,
  HttpProblem,
  notFound,
  problem,
  versionConflict,
} from './problem.ts';

describe('problems from the catalogue', () => {
  afterEach(() => setLanguageSource(() => 'vi'));

  it('take their status from the catalogue and their text from the caller’s language', () => {
    const p = versionConflict('plan');
    expect(p.status).toBe(409);
    expect(p.code).toBe('version_conflict');
    expect(p.detail).toMatch(/^Kế hoạch đã được người khác sửa/);
    setLanguageSource(() => 'en');
    expect(p.detail).toMatch(/^The plan was changed by someone else/);
    expect(p.message).toMatch(/^Kế hoạch/);
    expect(notFound('unit').status).toBe(404);
    expect(forbidden().text('en')).toBe('You are not allowed to do this.');
  });

  it('survive the trip from a parser process as code and parameters', () => {
    const sent = problem('zip_encrypted', { what: { vi: 'Tệp Excel', en: 'The Excel file' } });
    const { code, params, extra } = JSON.parse(JSON.stringify(sent)) as HttpProblem;
    const revived = new HttpProblem(code, params, extra);
    expect(revived.text('en')).toBe(sent.text('en'));
    expect(revived.text('vi')).toMatch(/^Tệp Excel có thành phần được đặt mật khẩu/);
  });

  it('refuse at compile time a wrong code, a code of another status or a missing parameter', () => {
    // Never called: `npm run typecheck` is what fails if one of these lines compiles.
    const wrongCalls = () => [
      // @ts-expect-error: not a code of the catalogue
      problem('no_such_code'),
      // @ts-expect-error: version_conflict is a 409, not a 400
      badRequest('version_conflict', { case: 'edited', what: 'plan' }),
      // @ts-expect-error: username_taken needs the username
      conflict('username_taken'),
      // @ts-expect-error: a parameter of the wrong type
      conflict('unit_code_taken', { code: 42 }),
      // @ts-expect-error: not_found has no such case
      notFound('nothing'),
      // @ts-expect-error: a thing the catalogue does not name, or a Vietnamese noun
      versionConflict('Kế hoạch'),
    ];
    expect(wrongCalls).toBeTypeOf('function');
    // And at run time a case the catalogue lacks is refused, not answered with an empty text.
    expect(() => new HttpProblem('not_found', { case: 'nothing' })).toThrow(/no case nothing/);
  });
});
