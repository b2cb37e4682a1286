import { describe, expect, it } from 'vitest';
import { homeCardDescription } from './homeCards.ts';

describe('home page cards', () => {
  it('offers drafting and issuing plans to the standing agency, not to a unit', () => {
    expect(homeCardDescription('/campaigns', 'coordinator')).toBe('home.cardCampaignsManager');
    expect(homeCardDescription('/campaigns', 'unit')).toBe('home.cardCampaigns');
    expect(homeCardDescription('/campaigns', 'viewer')).toBe('home.cardCampaigns');
  });

  it('offers managing the unit tree to administrators only', () => {
    expect(homeCardDescription('/units', 'admin')).toBe('home.cardUnitsAdmin');
    expect(homeCardDescription('/units', 'unit')).toBe('home.cardUnits');
  });

  it('shows no card for a page without a description', () => {
    expect(homeCardDescription('/statistics', 'coordinator')).toBeUndefined();
  });
});
