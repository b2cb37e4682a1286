import {
  DEFAULT_REMINDER_RULES,
  documentReference,
  formatDeadlineVn,
  isSubmittable,
  TASK_KIND_LABELS,
  type TaskKind,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowMs } from '../../lib/clock.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { type Notice, queueNotices } from '../notifications/index.ts';
import {
  claimReminder,
  insertReminderBatch,
  selectLateAssignments,
  selectLoggedReminders,
  selectReminderBatch,
  selectReminderCandidates,
} from './reminder-store.ts';

const DAY_MS = 86_400_000;
/** "On becoming overdue" means soon after the deadline; long after it, đôn đốc is a person's call. */
const OVERDUE_WINDOW_MS = 3 * DAY_MS;

export interface DueRule {
  kind: string;
  dueAt: number;
  /** Due so long ago that sending it now would mislead: recorded, not sent. */
  stale?: boolean;
}

/**
 * The rules of a round that are due for one assignment at `now`: "before:N" from N days before its
 * deadline until the deadline, "overdue" once it has passed. Latest first.
 */
export function dueRules(rules: readonly string[], deadline: string, now: number): DueRule[] {
  const end = Date.parse(deadline);
  const due: DueRule[] = [];
  for (const kind of rules) {
    if (kind === 'overdue') {
      if (now > end) due.push({ kind, dueAt: end, ...(now > end + OVERDUE_WINDOW_MS && { stale: true }) });
      continue;
    }
    const days = Number(kind.split(':')[1]);
    const dueAt = end - days * DAY_MS;
    if (dueAt <= now && now <= end) due.push({ kind, dueAt });
  }
  return due.sort((a, b) => b.dueAt - a.dueAt);
}

interface Pending {
  id: string;
  campaign_id: string;
  unit_id: string;
  kind: string;
  text: string;
  topic: string;
  deadline: string;
}

function reminderNotice(
  a: Pending,
  kind: string,
  tree: UnitTree,
  reference: string,
  key: string,
  now: number,
): Notice {
  const unit = tree.byId.get(a.unit_id);
  const task = `${TASK_KIND_LABELS[a.kind as TaskKind].vi.toLowerCase()} “${a.topic || a.text}”`;
  const plan = reference ? ` theo Kế hoạch số ${reference}` : '';
  const deadline = formatDeadlineVn(a.deadline);
  const overdue = kind === 'overdue' || kind === 'manual';
  const days = Math.max(1, Math.ceil((Date.parse(a.deadline) - now) / DAY_MS));
  return {
    kind: kind === 'manual' ? 'reminder_manual' : 'reminder',
    dedupeKey: key,
    campaignId: a.campaign_id,
    unitId: a.unit_id,
    toAddress: unit?.email ?? null,
    subject: overdue
      ? `Đôn đốc: ${task} đã quá hạn (hạn gửi ${deadline})`
      : `Nhắc hạn: ${task} — hạn gửi ${deadline}`,
    body: overdue
      ? `${unit?.name ?? 'Đơn vị'} chưa gửi ${task}${plan} (hạn gửi ${deadline}), nay đã quá hạn. Đề nghị khẩn trương hoàn thành và gửi trên hệ thống Tổng kết.`
      : `${unit?.name ?? 'Đơn vị'} còn khoảng ${days} ngày để gửi ${task}${plan} (hạn gửi ${deadline}).`,
    link: `/assignments/${a.id}`,
  };
}

/**
 * Queues the reminders due now, exactly one per (assignment, rule) however many instances run
 * this at once: the rule's row in reminder_log is claimed first (insert, ignoring a conflict) and
 * only the instance whose insert took sends. When several rules are due at once (the system was
 * down), only the latest is sent and the earlier ones are recorded as skipped; an overdue notice
 * more than three days late is recorded and not sent.
 */
export async function runDueReminders(db: Kysely<Database>, tree: UnitTree, now = nowMs()): Promise<number> {
  const horizon = new Date(now + 31 * DAY_MS).toISOString();
  const rows = await selectReminderCandidates(db, horizon);
  const candidates = rows.filter((r) => isSubmittable(r.kind as TaskKind));
  if (candidates.length === 0) return 0;
  const ids = candidates.map((r) => r.id);
  const logged = await selectLoggedReminders(db, ids);
  let sent = 0;
  for (const row of candidates) {
    const rules = safeRules(row.reminder_rules);
    const due = dueRules(rules, row.deadline as string, now).filter(
      (d) => !logged.has(`${row.id}|${d.kind}`),
    );
    const [latest, ...earlier] = due;
    if (!latest) continue;
    const at = new Date(now).toISOString();
    await db.transaction().execute(async (trx) => {
      for (const skipped of earlier) {
        await claimReminder(trx, { assignment_id: row.id, kind: skipped.kind, at, skipped: 1 });
      }
      const claimed = await claimReminder(trx, {
        assignment_id: row.id,
        kind: latest.kind,
        at,
        skipped: latest.stale ? 1 : 0,
      });
      if (!claimed || latest.stale) return;
      const reference = documentReference({ docNumber: row.doc_number, docCode: row.doc_code });
      await queueNotices(trx, [
        reminderNotice(
          row as Pending,
          latest.kind,
          tree,
          reference,
          `reminder:${row.id}:${latest.kind}`,
          now,
        ),
      ]);
      sent++;
    });
  }
  return sent;
}

function safeRules(json: string): string[] {
  try {
    const parsed = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter((r): r is string => typeof r === 'string')
      : DEFAULT_REMINDER_RULES;
  } catch {
    return DEFAULT_REMINDER_RULES;
  }
}

/**
 * "Đôn đốc": one message to every unit whose assignment in this round is overdue, as one batch.
 * The same Idempotency-Key (a double click) finds the batch already made and sends nothing more.
 */
export async function remindLateUnits(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: { id: string; status: string; plan: { docNumber: string; docCode: string } },
  idempotencyKey: string,
): Promise<{ batchId: string; units: number; repeated: boolean }> {
  // Like the scheduled reminders: a round not issued, or already over, has nothing to remind of.
  if (campaign.status !== 'issued') {
    throw campaign.status === 'closed'
      ? conflict('campaign_closed', { case: 'reminders' })
      : conflict('campaign_not_issued', { case: 'remind_unissued' });
  }
  const earlier = await selectReminderBatch(db, campaign.id, idempotencyKey);
  if (earlier) return { batchId: earlier.id, units: earlier.units, repeated: true };
  const now = nowIso();
  const late = (await selectLateAssignments(db, campaign.id, now)).filter((a) =>
    isSubmittable(a.kind as TaskKind),
  ) as Pending[];
  const batchId = newId();
  const reference = documentReference(campaign.plan);
  try {
    await db.transaction().execute(async (trx) => {
      await insertReminderBatch(trx, {
        id: batchId,
        campaign_id: campaign.id,
        idempotency_key: idempotencyKey,
        units: new Set(late.map((a) => a.unit_id)).size,
        created_at: now,
        created_by: actor.username,
      });
      await queueNotices(
        trx,
        late.map((a) =>
          reminderNotice(a, 'manual', tree, reference, `remind:${batchId}:${a.id}`, Date.parse(now)),
        ),
      );
      await recordAudit(trx, actor, {
        action: 'campaign.reminded',
        entityType: 'campaign',
        entityId: campaign.id,
        after: { assignments: late.length, units: new Set(late.map((a) => a.unit_id)).size },
      });
    });
  } catch (error) {
    // The same click raced in twice: the batch that was stored answers both.
    const winner = await selectReminderBatch(db, campaign.id, idempotencyKey);
    if (winner) return { batchId: winner.id, units: winner.units, repeated: true };
    throw error;
  }
  return { batchId, units: new Set(late.map((a) => a.unit_id)).size, repeated: false };
}
