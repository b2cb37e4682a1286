import { describe, expect, it } from 'vitest';
import { scrollLeftToShow } from './activeTabInView.ts';

// A 375-pixel phone list of tabs 1,000 pixels long.
const list = (scrollLeft: number) => ({ scrollLeft, clientWidth: 375 });

describe('the active tab scrolled into view', () => {
  it('brings a tab cut on the right to the right edge, with a margin', () => {
    expect(scrollLeftToShow(list(0), { offsetLeft: 600, offsetWidth: 120 })).toBe(600 + 120 + 24 - 375);
  });

  it('brings a tab cut on the left to the left edge, never before the start', () => {
    expect(scrollLeftToShow(list(500), { offsetLeft: 300, offsetWidth: 120 })).toBe(276);
    expect(scrollLeftToShow(list(500), { offsetLeft: 10, offsetWidth: 120 })).toBe(0);
  });

  it('leaves the list alone when the tab already shows', () => {
    expect(scrollLeftToShow(list(100), { offsetLeft: 200, offsetWidth: 120 })).toBe(100);
  });
});
