import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './returnPath.ts';

describe('safeReturnPath: where sign-in leads back to', () => {
  it.each([
    '/campaigns/c1',
    '/campaigns/c1?tab=conference&view=agenda',
    '/assignments/a1#section-s2',
    '/',
    '/loginhelp',
  ])('returns to the page the person came from: %s', (from) => {
    expect(safeReturnPath({ from })).toBe(from);
  });

  it.each([
    ['no state', undefined],
    ['a null state', null],
    ['a state without a path', {}],
    ['a path that is not text', { from: 42 }],
    ['another origin', { from: 'https://evil.example/campaigns' }],
    ['a protocol-relative address', { from: '//evil.example/campaigns' }],
    ['a backslash address browsers read as another origin', { from: '/\\evil.example/campaigns' }],
    ['a relative path', { from: 'campaigns/c1' }],
    ['a script address', { from: 'javascript:alert(1)' }],
    ['the login page itself', { from: '/login' }],
    ['the login page with a query', { from: '/login?next=/campaigns' }],
  ])('goes home for %s', (_what, state) => {
    expect(safeReturnPath(state)).toBe('/');
  });
});
