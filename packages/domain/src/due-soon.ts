/** How far ahead the coordinator's home looks for deadlines (no zod: the home page uses it). */

/** "Due soon" reaches this many days ahead of now. */
export const DUE_SOON_DAYS = 3;

/** The end of the "due soon" window that starts at `now` (ISO instant). */
export function dueSoonUntil(now: string): string {
  return new Date(new Date(now).getTime() + DUE_SOON_DAYS * 86_400_000).toISOString();
}
