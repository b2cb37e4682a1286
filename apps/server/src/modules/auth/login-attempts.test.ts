import { describe, expect, it } from 'vitest';
import { IpFailureLimiter } from './login-attempts.ts';

describe('login throttling per address', () => {
  it('lets an address try until it has failed too often in the window, then tells how long to wait', () => {
    const limiter = new IpFailureLimiter(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limiter.wait('10.0.0.1', t0 + i)).toBe(0);
      limiter.recordFailure('10.0.0.1', t0 + i);
    }
    expect(limiter.wait('10.0.0.1', t0 + 10)).toBe(60);
    expect(limiter.wait('10.0.0.2', t0 + 10)).toBe(0);
    expect(limiter.wait('10.0.0.1', t0 + 60_001)).toBe(0);
  });
});
