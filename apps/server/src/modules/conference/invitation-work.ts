import { type UnitInvitation, WORK_ITEMS_SHOWN, type WorkInvitations } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { selectUnansweredInvitations, selectUnitUnansweredDelegates } from './conference-store.ts';

/**
 * The conferences of the rounds given (id → name) whose invitations wait for an answer: the total
 * of unanswered delegates, and the conferences with the most of them first.
 */
export async function unansweredInvitations(
  db: Kysely<Database>,
  rounds: ReadonlyMap<string, string>,
): Promise<{ total: number; items: WorkInvitations[] }> {
  const rows = await selectUnansweredInvitations(db, [...rounds.keys()]);
  const items = rows
    .map((row) => ({
      campaignId: row.campaign_id,
      campaignName: rounds.get(row.campaign_id) ?? '',
      conferenceTitle: row.title,
      unanswered: Number(row.n),
      invitedSince: row.since ?? null,
    }))
    .sort(
      (a, b) => b.unanswered - a.unanswered || (a.invitedSince ?? '').localeCompare(b.invitedSince ?? ''),
    );
  return { total: items.reduce((sum, i) => sum + i.unanswered, 0), items: items.slice(0, WORK_ITEMS_SHOWN) };
}

/** The conferences of issued rounds to which delegates of `unitId` were invited and have not answered. */
export async function unitUnansweredInvitations(
  db: Kysely<Database>,
  unitId: string,
): Promise<UnitInvitation[]> {
  const byRound = new Map<string, UnitInvitation>();
  for (const row of await selectUnitUnansweredDelegates(db, unitId)) {
    const item = byRound.get(row.campaign_id) ?? {
      campaignId: row.campaign_id,
      campaignName: row.campaign_name,
      conferenceTitle: row.title,
      date: row.date,
      unanswered: 0,
      delegates: [],
    };
    item.unanswered++;
    item.delegates.push(row.name);
    byRound.set(row.campaign_id, item);
  }
  return [...byRound.values()];
}
