import { describe, expect, it } from 'vitest';
import { rememberTabQuery, type TabQueries, tabOf, tabSearch } from './tabQuery.ts';

const params = (s: string) => new URLSearchParams(s);

describe('each tab of a round keeps its own query', () => {
  it('brings the tasks tab’s filters back after a look at the progress tab', () => {
    const memory: TabQueries = new Map();
    rememberTabQuery('r1', params('tab=assignments&q=huyen&status=submitted&sort=deadline'), memory);
    // The progress tab opens without the tasks tab's ?q (and its own ?kind is not the tasks' one).
    expect(tabSearch('r1', 'progress', memory).toString()).toBe('tab=progress');
    rememberTabQuery('r1', params('tab=progress&kind=district&under=u7'), memory);
    expect(tabSearch('r1', 'assignments', memory).toString()).toBe(
      'tab=assignments&q=huyen&status=submitted&sort=deadline',
    );
    expect(tabSearch('r1', 'progress', memory).toString()).toBe('tab=progress&kind=district&under=u7');
  });

  it('keeps the last query a tab was left with, and the plan tab has no ?tab', () => {
    const memory: TabQueries = new Map();
    rememberTabQuery('r1', params('tab=assignments&q=a'), memory);
    rememberTabQuery('r1', params('tab=assignments&q=ab'), memory);
    rememberTabQuery('r1', params(''), memory);
    expect(tabSearch('r1', 'assignments', memory).get('q')).toBe('ab');
    expect(tabSearch('r1', 'plan', memory).toString()).toBe('');
    expect(tabOf(params(''))).toBe('plan');
    expect(tabOf(params('tab=conference&view=budget'))).toBe('conference');
  });

  it('keeps rounds apart and encodes what was typed', () => {
    const memory: TabQueries = new Map();
    rememberTabQuery('r1', params('tab=assignments&q=gio+linh'), memory);
    expect(tabSearch('r2', 'assignments', memory).toString()).toBe('tab=assignments');
    const back = tabSearch('r1', 'assignments', memory);
    expect(back.get('q')).toBe('gio linh');
    expect(back.getAll('tab')).toEqual(['assignments']);
  });

  it('forgets the oldest past its limit', () => {
    const memory: TabQueries = new Map();
    for (let i = 0; i < 250; i++) rememberTabQuery(`r${i}`, params(`tab=progress&kind=k${i}`), memory);
    expect(memory.size).toBe(200);
    expect(tabSearch('r0', 'progress', memory).get('kind')).toBeNull();
    expect(tabSearch('r249', 'progress', memory).get('kind')).toBe('k249');
  });
});
