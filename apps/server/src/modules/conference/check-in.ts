import { formatDateTimeVn, parseCheckinCode } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, type HttpProblem, notFound, problem } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import { attendance } from './attendance.ts';
import { checkinCode, checkinSecret, verifyCheckinMac } from './checkin-codes.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  type ConferenceRow,
  clearCheckIn,
  type DelegateRow,
  delegateView,
  markDelegatePresent,
  selectConference,
  selectDelegate,
  selectDelegateByNumber,
} from './conference-store.ts';
import type { DelegateAnswer } from './list-delegates.ts';

const unknownCode = () => notFound('checkin_code');

function alreadyCheckedIn(row: DelegateRow): HttpProblem {
  return conflict(
    'already_checked_in',
    { name: row.name, at: formatDateTimeVn(row.checked_in_at as string), by: row.checked_in_by },
    { checkedInAt: row.checked_in_at, delegateId: row.id, name: row.name },
  );
}

async function conferenceOf(db: Kysely<Database>, access: ConferenceAccess): Promise<ConferenceRow> {
  const conference = await selectConference(db, access.campaign.id);
  if (!conference) throw notFound('no_delegate_list');
  return conference;
}

/**
 * Marks a delegate present, once: the update only takes a delegate not yet checked in, so of two
 * scans of one code (two phones at the door, a double tap) one succeeds and the other hears when
 * the delegate was checked in.
 */
async function markPresent(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  conference: ConferenceRow,
  row: DelegateRow,
  how: 'code' | 'name',
  now: string,
): Promise<DelegateAnswer> {
  if (row.checked_in_at) throw alreadyCheckedIn(row);
  const done = await db.transaction().execute(async (trx) => {
    if (!(await markDelegatePresent(trx, row.id, actor.username, now))) return false;
    await recordAudit(trx, actor, {
      action: 'conference.checked_in',
      entityType: 'conference_delegate',
      entityId: row.id,
      after: { number: row.number, name: row.name, by: how },
    });
    return true;
  });
  const fresh = (await selectDelegate(db, conference.id, row.id)) as DelegateRow;
  if (!done) throw alreadyCheckedIn(fresh);
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'attendance',
    at: now,
  });
  const groups = new Map(access.campaign.plan.delegateGroups.map((g) => [g.id, g.text]));
  return delegateView(fresh, groups, checkinCode(await checkinSecret(db), conference.id, fresh));
}

/**
 * Check-in by the code of the delegate's invitation (scanned or typed). A code that does not parse,
 * is of no delegate of this conference, or does not verify under the server's secret (forged, or
 * made for another conference) is refused; one already used answers when it was.
 */
export async function checkInByCode(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  code: string,
  /** When; now unless replaying history (the demo). */
  at: string = nowIso(),
): Promise<DelegateAnswer> {
  const parsed = parseCheckinCode(code);
  if (!parsed) {
    throw problem('checkin_code_invalid', undefined, {
      errors: [{ field: 'code', message: { vi: 'Không đúng dạng mã điểm danh', en: 'Not a check-in code' } }],
    });
  }
  const conference = await conferenceOf(db, access);
  const row = await selectDelegateByNumber(db, conference.id, parsed.number);
  if (!row || !verifyCheckinMac(await checkinSecret(db), conference.id, row, parsed.mac)) throw unknownCode();
  return markPresent(db, events, actor, access, conference, row, 'code', at);
}

/** Check-in of a delegate found by name (no invitation at hand). */
export async function checkInById(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  delegateId: string,
  at: string = nowIso(),
): Promise<DelegateAnswer> {
  const conference = await conferenceOf(db, access);
  const row = await selectDelegate(db, conference.id, delegateId);
  if (!row) throw notFound('delegate');
  return markPresent(db, events, actor, access, conference, row, 'name', at);
}

/** Takes back a check-in made by mistake (audited). */
export async function undoCheckIn(
  db: Kysely<Database>,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  delegateId: string,
): Promise<void> {
  const conference = await conferenceOf(db, access);
  const row = await selectDelegate(db, conference.id, delegateId);
  if (!row) throw notFound('delegate');
  if (!row.checked_in_at) throw conflict('not_checked_in', { name: row.name });
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await clearCheckIn(trx, row.id, now);
    await recordAudit(trx, actor, {
      action: 'conference.check_in_undone',
      entityType: 'conference_delegate',
      entityId: row.id,
      before: { checkedInAt: row.checked_in_at, by: row.checked_in_by },
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'attendance',
    at: now,
  });
}

/** The delegate checked in, and the attendance it changed (the door's screen shows both). */
export async function checkinAnswer(
  db: Kysely<Database>,
  access: ConferenceAccess,
  delegate: DelegateAnswer,
) {
  return { delegate, attendance: await attendance(db, access) };
}
