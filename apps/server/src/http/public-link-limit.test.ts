import { describe, expect, it } from 'vitest';
import { PublicLinkRateLimit } from './public-link-limit.ts';

describe('the public links rate limit', () => {
  it('refuses an address past its limit in a window, then lets it in again', () => {
    let now = 0;
    const limit = new PublicLinkRateLimit('rsvp_link', 3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limit.take('10.0.0.1');
    expect(() => limit.take('10.0.0.1')).toThrow('quá nhiều lần');
    // Another address has its own count.
    expect(() => limit.take('10.0.0.2')).not.toThrow();
    now = 60_000;
    expect(() => limit.take('10.0.0.1')).not.toThrow();
  });

  it('names the links it guards in its refusal', () => {
    const limit = new PublicLinkRateLimit('signing_link', 1, 60_000, () => 0);
    limit.take('10.0.0.1');
    expect(() => limit.take('10.0.0.1')).toThrow('đường dẫn ký số');
  });
});
