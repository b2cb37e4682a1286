import { canSeeDecision, canSeeNomination, listsNomination, type NominationStatus } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { listAwardTypes } from '../award-types/index.ts';
import { canManageCampaign, getReadableCampaign, type StoredCampaign } from '../campaigns/index.ts';
import { selectCampaignDecisions, selectDecision } from './decision-store.ts';
import { decisionView } from './decisions.ts';
import {
  enteredOnBehalf,
  type NominationRow,
  nominationViews,
  selectCampaignNominations,
  selectNomination,
} from './nomination-store.ts';

/**
 * Loading a nomination or a decision together with its round, and deciding whether the caller may
 * see it (the domain's policies): every route starts with one of these. What the caller may not
 * see answers 404, as if it did not exist.
 */

/** The award catalogue's names by id, for the views. */
export async function awardTypeNames(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await listAwardTypes(db)).map((t) => [t.id, t.name]));
}

/** A nomination the caller may see, with its round: the round's readers, a unit officer its own subtree's. */
export async function readableNomination(db: Kysely<Database>, tree: UnitTree, actor: Actor, id: string) {
  const row = await selectNomination(db, id);
  if (!row || !canSeeNomination(actor, { unitId: row.unit_id }, tree)) throw notFound('nomination');
  const campaign = await getReadableCampaign(db, tree, actor, row.campaign_id).catch(() => {
    throw notFound('nomination');
  });
  return { row, campaign };
}

/** A readable nomination as the API answers it. */
export async function nominationAnswer(db: Kysely<Database>, tree: UnitTree, actor: Actor, id: string) {
  const { row, campaign } = await readableNomination(db, tree, actor, id);
  const [view] = await nominationViews(db, tree, campaign, [row], await awardTypeNames(db));
  return view as NonNullable<typeof view>;
}

/** A decision the caller may see, with its round; a draft is the board's working copy. */
export async function readableDecision(db: Kysely<Database>, tree: UnitTree, actor: Actor, id: string) {
  const row = await selectDecision(db, id);
  if (!row) throw notFound('commendation_decision');
  const campaign = await getReadableCampaign(db, tree, actor, row.campaign_id).catch(() => {
    throw notFound('commendation_decision');
  });
  if (!canSeeDecision(actor, row)) throw notFound('commendation_decision');
  return { row, campaign };
}

/** A readable decision as the API answers it. */
export async function decisionAnswer(db: Kysely<Database>, tree: UnitTree, actor: Actor, id: string) {
  const { row } = await readableDecision(db, tree, actor, id);
  return decisionView(db, row, await awardTypeNames(db));
}

/** A round's nominations the caller finds in its list, in the unit tree's order. */
export async function listNominations(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  status: NominationStatus | undefined,
) {
  const round = { manages: canManageCampaign(actor, campaign) };
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const rows = (await selectCampaignNominations(db, campaign.id, status))
    .filter((r: NominationRow) =>
      listsNomination(actor, round, tree, {
        unitId: r.unit_id,
        status: r.status as NominationStatus,
        enteredOnBehalf: enteredOnBehalf(r),
        quotaRefused: r.quota_refused_at !== null,
      }),
    )
    .sort((a, b) => (order.get(a.unit_id) ?? 0) - (order.get(b.unit_id) ?? 0));
  return nominationViews(db, tree, campaign, rows, await awardTypeNames(db));
}

/** A round's award decisions the caller may see, as the API answers them. */
export async function listDecisions(db: Kysely<Database>, actor: Actor, campaign: StoredCampaign) {
  const rows = await selectCampaignDecisions(db, campaign.id);
  const names = await awardTypeNames(db);
  return Promise.all(rows.filter((r) => canSeeDecision(actor, r)).map((r) => decisionView(db, r, names)));
}
