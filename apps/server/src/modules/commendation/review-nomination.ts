import { canForwardNominations, canReviewNominations } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict, forbidden, notFound, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { canManageCampaign } from '../campaigns/index.ts';
import { queueNotices } from '../notifications/index.ts';
import { claimNomination, releaseQuota, selectNomination } from './nomination-store.ts';

export type ReviewStep =
  | { step: 'forward'; version: number }
  | {
      step: 'approve';
      version: number;
      proposeHigher?: boolean;
      higherAwardTypeId?: string | null;
      at?: string;
    }
  | { step: 'reject'; version: number; reason: string; at?: string };

const FROM: Record<ReviewStep['step'], string> = {
  forward: 'submitted',
  approve: 'forwarded',
  reject: 'forwarded',
};
const TO: Record<ReviewStep['step'], string> = {
  forward: 'forwarded',
  approve: 'approved',
  reject: 'rejected',
};

/**
 * The standing agency checks a sent nomination and forwards it to the commendation board; the
 * board approves it (optionally proposing it to a higher level) or rejects it with a reason, which
 * gives its quota slot back. The unit hears of a rejection.
 */
export async function reviewNomination(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  input: ReviewStep,
  awardTypeIds: Set<string>,
): Promise<void> {
  if (
    input.step === 'forward' &&
    !canForwardNominations(actor, { manages: canManageCampaign(actor, campaign) })
  ) {
    throw forbidden('forward_nomination');
  }
  if (input.step !== 'forward' && !canReviewNominations(actor)) {
    throw forbidden('review_nomination');
  }
  if (input.step === 'reject' && !input.reason.trim()) {
    throw badRequest('reason_required', undefined, [
      { field: 'reason', message: { vi: 'Cần ghi lý do', en: 'A reason is needed' } },
    ]);
  }
  if (input.step === 'approve' && input.higherAwardTypeId && !awardTypeIds.has(input.higherAwardTypeId)) {
    throw badRequest('award_type_missing', { case: 'catalogue' }, [
      { field: 'higherAwardTypeId', message: { vi: 'Không có trong danh mục', en: 'Not in the list' } },
    ]);
  }
  const now = (input.step !== 'forward' && input.at) || nowIso();
  await db.transaction().execute(async (trx) => {
    const row = await selectNomination(trx, id);
    if (!row || row.campaign_id !== campaign.id) throw notFound('nomination');
    if (row.version !== input.version) throw versionConflict('nomination');
    if (row.status !== FROM[input.step]) {
      throw conflict('nomination_wrong_state', { case: input.step === 'forward' ? 'forward' : 'review' });
    }
    const set =
      input.step === 'forward'
        ? { status: TO.forward, forwarded_at: now }
        : input.step === 'approve'
          ? {
              status: TO.approve,
              reviewed_at: now,
              reviewed_by: actor.username,
              propose_higher: input.proposeHigher ? 1 : 0,
              higher_award_type_id: input.proposeHigher ? (input.higherAwardTypeId ?? null) : null,
            }
          : {
              status: TO.reject,
              reviewed_at: now,
              reviewed_by: actor.username,
              reject_reason: input.reason.trim(),
            };
    // Of parallel reviews of one nomination exactly one gets past this line, so its slot is given
    // back once, one notice goes out and one audit row is written.
    await claimNomination(trx, id, { status: row.status, version: row.version }, set);
    if (input.step === 'reject') {
      await releaseQuota(trx, row);
      const unit = tree.byId.get(row.unit_id);
      // The body that appraised it, as the plan names it (the Ban Thi đua - Khen thưởng), else
      // the reviewer's own unit: the council itself never reads the nomination.
      const reviewer =
        campaign.plan.nominationReviewer.trim() || tree.byId.get(actor.unitId)?.name || 'Cơ quan thẩm định';
      await queueNotices(trx, [
        {
          kind: 'nomination_rejected',
          dedupeKey: `nomination_rejected:${id}`,
          campaignId: campaign.id,
          unitId: row.unit_id,
          toAddress: unit?.email ?? null,
          subject: `Không đồng ý khen thưởng: ${row.name}`,
          body: `${reviewer} không đồng ý đề nghị khen thưởng “${row.name}” của ${unit?.name ?? 'đơn vị'}.\n\nLý do: ${input.reason.trim()}`,
          link: `/campaigns/${campaign.id}/nominations`,
        },
      ]);
    }
    await recordAudit(trx, actor, {
      action: `nomination.${TO[input.step]}`,
      entityType: 'nomination',
      entityId: id,
      before: { status: row.status },
      after: { ...set, version: row.version + 1 },
    });
  });
}
