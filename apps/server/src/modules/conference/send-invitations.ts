import { conferenceTimeText, type Salutation, salutationText } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, conflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { type Notice, queueNotices } from '../notifications/index.ts';
import { newRsvpToken } from './checkin-codes.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  giveRsvpToken,
  insertInvitationBatch,
  inviterName,
  selectConference,
  selectInvitationBatch,
  selectInvitees,
} from './conference-store.ts';

/** The page a delegate opens from their invitation (the web app's, outside the signed-in area). */
export const rsvpPath = (token: string) => `/rsvp/${token}`;

export interface InvitationResult {
  invited: number;
  emailed: number;
  links: Array<{ delegateId: string; name: string; path: string }>;
  repeated: boolean;
}

/** The answer of a send already made with this key: its counts, and no links (they were shown once). */
async function earlierSend(
  db: Kysely<Database>,
  conferenceId: string | undefined,
  key: string | undefined,
): Promise<InvitationResult | undefined> {
  if (!key || !conferenceId) return undefined;
  const row = await selectInvitationBatch(db, conferenceId, key);
  return row && { invited: row.invited, emailed: row.emailed, links: [], repeated: true };
}

/**
 * Sends the invitations: each delegate gets a new RSVP link (256 random bits, only the hash kept)
 * and, with an e-mail address, a message in the outbox, mailed when SMTP is set. Without a list,
 * every delegate not invited yet — so a second click finds nobody left and sends nothing twice;
 * a delegate named again gets a new link and the old one stops working. The links are answered
 * once, for the organisers to pass on by phone or message to those without e-mail. A retry with
 * the same Idempotency-Key (a lost answer, a double click) sends nothing and replaces no link.
 */
export async function sendInvitations(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  delegateIds: string[] | undefined,
  options: { idempotencyKey?: string | undefined; at?: string } = {},
): Promise<InvitationResult> {
  const { campaign } = access;
  /** When they go out; now unless replaying history (the demo). */
  const now = options.at ?? nowIso();
  const key = options.idempotencyKey;
  const conferenceId = (await selectConference(db, campaign.id))?.id;
  const earlier = await earlierSend(db, conferenceId, key);
  if (earlier) return earlier;
  let result: InvitationResult;
  try {
    result = await db
      .transaction()
      .execute((trx) => inviteInTransaction(trx, tree, actor, access, delegateIds, now, key));
  } catch (error) {
    // The same click raced in twice: the send that was stored answers both.
    const winner = await earlierSend(db, conferenceId, key);
    if (winner) return winner;
    throw error;
  }
  if (result.invited > 0)
    events.publish({ type: 'conference.changed', campaignId: campaign.id, change: 'delegates', at: now });
  return result;
}

async function inviteInTransaction(
  trx: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  access: ConferenceAccess,
  delegateIds: string[] | undefined,
  now: string,
  key: string | undefined,
): Promise<InvitationResult> {
  const { campaign } = access;
  const conference = await selectConference(trx, campaign.id);
  if (!conference?.date) {
    throw conflict('conference_not_ready');
  }
  if (delegateIds?.length === 0) return { invited: 0, emailed: 0, links: [], repeated: false };
  const targets = await selectInvitees(trx, conference.id, delegateIds);
  if (delegateIds && targets.length !== new Set(delegateIds).size) {
    throw badRequest('delegate_missing', undefined, [
      { field: 'delegateIds', message: { vi: 'Không có trong danh sách', en: 'Not on the list' } },
    ]);
  }
  const time = conferenceTimeText({
    date: conference.date,
    startTime: conference.start_time,
    tentative: conference.tentative === 1,
    timeNote: conference.time_note,
  });
  const inviter = inviterName(campaign, tree);
  const links: InvitationResult['links'] = [];
  const notices: Notice[] = [];
  for (const d of targets) {
    const { token, hash } = newRsvpToken();
    // Without a list only the not-yet-invited are taken: a concurrent send that got there first wins.
    if (!(await giveRsvpToken(trx, d.id, hash, now, !delegateIds))) continue;
    links.push({ delegateId: d.id, name: d.name, path: rsvpPath(token) });
    if (!d.email) continue;
    const you = salutationText(d.salutation as Salutation | null);
    const whom = [d.name, d.title, d.unit_name].filter(Boolean).join(', ');
    notices.push({
      kind: 'conference_invitation',
      // One message per link: a new link is a new message, a retry of the same is not.
      dedupeKey: `conference_invitation:${d.id}:${hash.slice(0, 16)}`,
      campaignId: campaign.id,
      // Addressed to the person, not to a unit's inbox: the link is theirs alone.
      unitId: null,
      toAddress: d.email,
      subject: `Giấy mời dự ${conference.title}`,
      body: [
        `Kính gửi: ${you} ${whom}.`,
        '',
        `${inviter} trân trọng kính mời ${you} tới dự ${conference.title}.`,
        `Thời gian: ${time}.`,
        `Địa điểm: ${conference.venue || 'sẽ thông báo sau'}.`,
        '',
        `Xin ${you} xác nhận tham dự hoặc báo vắng qua đường dẫn dưới đây. Tại đó có giấy mời kèm mã QR để điểm danh khi đến dự hội nghị.`,
      ].join('\n'),
      link: rsvpPath(token),
    });
  }
  await queueNotices(trx, notices);
  if (links.length > 0) {
    await recordAudit(trx, actor, {
      action: 'conference.invited',
      entityType: 'conference',
      entityId: conference.id,
      after: { delegates: links.map((l) => l.delegateId), emailed: notices.length },
    });
  }
  if (key) {
    // In the transaction: of two sends with one key, the second fails here and undoes its links.
    await insertInvitationBatch(trx, {
      id: newId(),
      conference_id: conference.id,
      idempotency_key: key,
      invited: links.length,
      emailed: notices.length,
      created_at: now,
      created_by: actor.username,
    });
  }
  return { invited: links.length, emailed: notices.length, links, repeated: false };
}
