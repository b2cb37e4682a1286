import { formatDateVn, type NomineeKind, quotaKey, quotaRowText } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, forbidden, HttpProblem, notFound, problem, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { canManageCampaign } from '../campaigns/index.ts';
import { nominationErrors } from './nomination-rules.ts';
import {
  claimNomination,
  markQuotaRefused,
  quotaSlotsUsed,
  selectNomination,
  takeQuotaSlot,
} from './nomination-store.ts';
import { quotaFor } from './quota-status.ts';
import { canWriteNomination } from './save-nomination.ts';

export interface SubmitNominationInput {
  version: number;
  /** The standing agency sends one over its quota, saying why (audited). */
  overrideReason?: string | undefined;
  /** When it was sent; now unless replaying history (the demo). */
  at?: string | undefined;
}

/**
 * Sends a draft nomination, taking one slot of the quota it counts against: a conditional update
 * on the draft's status and version (of parallel sends of one draft exactly one wins), then one
 * on that quota's counter (when two units reach for the last pooled slot exactly one gets it). Refused past the nomination deadline, without a quota, or over it
 * (unless the standing agency overrides, with a written reason).
 */
export async function submitNomination(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  input: SubmitNominationInput,
): Promise<void> {
  const override = input.overrideReason?.trim() || null;
  const isManager = canManageCampaign(actor, campaign);
  if (override && !isManager) {
    throw forbidden('over_quota');
  }
  if (campaign.status !== 'issued') {
    throw conflict('campaign_not_open', { case: 'not_taking' });
  }
  const now = input.at ?? nowIso();
  try {
    await takeQuotaAndSend(db, tree, actor, campaign, id, input, override, isManager, now);
  } catch (error) {
    if (error instanceof HttpProblem && error.code === 'quota_exceeded') {
      await recordQuotaRefusal(db, actor, id, now);
    }
    throw error;
  }
}

/**
 * A refused send leaves the draft as it was and marks it, so the standing agency finds it among
 * its nominations and can decide to send it over the quota.
 */
async function recordQuotaRefusal(db: Kysely<Database>, actor: Actor, id: string, at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await markQuotaRefused(trx, id, at))) return;
    await recordAudit(trx, actor, {
      action: 'nomination.quota_refused',
      entityType: 'nomination',
      entityId: id,
      before: null,
      after: { quotaRefusedAt: at },
    });
  });
}

async function takeQuotaAndSend(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  id: string,
  input: SubmitNominationInput,
  override: string | null,
  isManager: boolean,
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await selectNomination(trx, id);
    if (!row || row.campaign_id !== campaign.id) throw notFound('nomination');
    if (!canWriteNomination(actor, campaign, row) && !(override && isManager)) {
      throw forbidden('other_unit_nomination');
    }
    const deadline = campaign.plan.nominationDeadline;
    if (deadline && now > deadline) {
      throw conflict('nomination_deadline_passed', { deadline: formatDateVn(deadline) });
    }
    if (row.version !== input.version) throw versionConflict('nomination');
    if (row.status !== 'draft') throw conflict('nomination_sent', { case: 'sent' });
    const kind = row.nominee_kind as NomineeKind;
    const errors = nominationErrors({
      nomineeKind: kind,
      name: row.name,
      gender: row.gender as 'male' | null,
      birthYear: row.birth_year,
      position: row.position,
    });
    if (errors.length > 0) {
      throw problem(
        'nomination_invalid',
        { case: 'sending', messages: errors.map((e) => e.message) },
        { errors },
      );
    }
    const group = campaign.plan.awardGroups.find((g) => g.id === row.award_group_id);
    const lookup = quotaFor(tree, campaign, group, kind, row.unit_id);
    if (!lookup.row) {
      throw conflict(
        'no_quota',
        { refusal: lookup.refusal },
        {
          ...(lookup.excludedBy && {
            excludedBy: { quotaRowId: lookup.excludedBy.id, label: lookup.excludedBy.label },
          }),
        },
      );
    }
    const quota = lookup.row;
    const key = quotaKey(quota, row.unit_id);
    // The nomination first: of parallel sends of one draft exactly one gets past this line.
    await claimNomination(
      trx,
      id,
      { status: 'draft', version: row.version },
      {
        status: 'submitted',
        quota_row_id: quota.id,
        quota_unit_key: key,
        override_reason: override,
        submitted_at: now,
      },
    );
    // Then its slot, a conditional update on the counter; no slot left undoes the send.
    if (!(await takeQuotaSlot(trx, quota.id, key, override ? null : quota.count))) {
      const used = (await quotaSlotsUsed(trx, quota.id, key)) ?? quota.count;
      throw conflict(
        'quota_exceeded',
        {
          label: quota.label,
          quota: quotaRowText(quota),
          used,
          count: quota.count,
        },
        {
          quota: {
            quotaRowId: quota.id,
            label: quota.label,
            count: quota.count,
            used,
          },
        },
      );
    }
    await recordAudit(trx, actor, {
      action: override ? 'nomination.submitted_over_quota' : 'nomination.submitted',
      entityType: 'nomination',
      entityId: id,
      before: { status: 'draft' },
      after: {
        status: 'submitted',
        quota: `${quota.label}: ${quotaRowText(quota)}`,
        overrideReason: override,
      },
    });
  });
}
