import { type Delegate, delegateSearchKey, matchesTokens, queryTokens } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { checkinCode, checkinSecret } from './checkin-codes.ts';
import { type ConferenceAccess, visibleDelegate } from './conference-access.ts';
import { delegateView, selectConference, selectDelegates } from './conference-store.ts';

export type DelegateAnswer = Delegate & { checkinCode: string | null };

/**
 * The delegates the caller may see, in number order; `q` finds them by name, unit, title or phone
 * without diacritics ("hong nhung", "so y te"). The organisers also get each check-in code.
 */
export async function listDelegates(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  access: ConferenceAccess,
  query: { q?: string | undefined; groupId?: string | undefined } = {},
): Promise<DelegateAnswer[]> {
  const conference = await selectConference(db, access.campaign.id);
  if (!conference) return [];
  const groups = new Map(access.campaign.plan.delegateGroups.map((g) => [g.id, g.text]));
  const secret = access.manages ? await checkinSecret(db) : null;
  const tokens = query.q ? queryTokens(query.q) : [];
  return (await selectDelegates(db, conference.id))
    .filter((r) => visibleDelegate(access, actor, tree, r.unit_id))
    .filter((r) => !query.groupId || r.group_id === query.groupId)
    .map((r) => delegateView(r, groups, secret ? checkinCode(secret, conference.id, r) : null))
    .filter((d) => tokens.length === 0 || matchesTokens(delegateSearchKey(d), tokens));
}
