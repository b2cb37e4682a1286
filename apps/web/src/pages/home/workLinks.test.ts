import { describe, expect, it } from 'vitest';
import {
  deadlinePath,
  forwardPath,
  invitationsPath,
  moreLink,
  reviewPath,
  roundTabPath,
} from './workLinks.ts';

describe('where the coordinator’s home leads', () => {
  it('sends each item to the place that acts on it', () => {
    expect(reviewPath({ assignmentId: 'a 1' })).toBe('/assignments/a%201');
    expect(deadlinePath({ campaignId: 'c1' })).toBe('/campaigns/c1?tab=progress');
    expect(forwardPath({ campaignId: 'c1', nominationId: 'n1' })).toBe(
      '/campaigns/c1/nominations?nomination=n1',
    );
    expect(invitationsPath({ campaignId: 'c1' })).toBe('/campaigns/c1?tab=conference&view=delegates');
  });

  it('shows every item of a group in its one round, else in the list of rounds', () => {
    const place = (id: string) => roundTabPath(id, 'assignments');
    expect(moreLink([{ campaignId: 'c1' }, { campaignId: 'c1' }], 1, place)).toBe(
      '/campaigns/c1?tab=assignments',
    );
    expect(moreLink([{ campaignId: 'c1' }], 2, place)).toBe('/campaigns');
    expect(moreLink([], 1, place)).toBe('/campaigns');
  });
});
