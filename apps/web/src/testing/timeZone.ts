/**
 * Runs `fn` as if the browser were in `zone` (Node reads TZ again on every change), then puts the
 * zone back: dates people type and deadlines must not move with the zone of the machine.
 * For tests only; nothing in the app imports it.
 */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Zones east and west of UTC, and UTC itself. */
export const ZONES = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'UTC'] as const;
