import {
  conferenceTimeText,
  type RsvpStatus,
  type RsvpView,
  type rsvpAnswerSchema,
  type Salutation,
  salutationText,
  vietnamInstant,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { nowIso } from '../../lib/ids.ts';
import { readCampaign, type StoredCampaign } from '../campaigns/index.ts';
import { hashRsvpToken, isRsvpToken } from './checkin-codes.ts';
import {
  type ConferenceRow,
  type DelegateRow,
  inviterName,
  recordRsvpAnswer,
  selectConferenceById,
  selectDelegateByTokenHash,
} from './conference-store.ts';

export interface RsvpContext {
  delegate: DelegateRow;
  conference: ConferenceRow;
  campaign: StoredCampaign;
}

/** Every wrong link gets the same answer, whatever was wrong with it: it reveals nothing. */
const unknownLink = () => notFound('rsvp_link');

/** The delegate an RSVP link was issued to (by its token's hash), with their conference. */
export async function rsvpContext(db: Kysely<Database>, token: string): Promise<RsvpContext> {
  if (!isRsvpToken(token)) throw unknownLink();
  const delegate = await selectDelegateByTokenHash(db, hashRsvpToken(token));
  if (!delegate) throw unknownLink();
  const conference = await selectConferenceById(db, delegate.conference_id);
  const campaign = conference ? await readCampaign(db, conference.campaign_id) : undefined;
  if (!conference || !campaign) throw unknownLink();
  return { delegate, conference, campaign };
}

/** When the conference is over: its end time, else the end of its day. */
function endsAt(conference: ConferenceRow): string | null {
  if (!conference.date) return null;
  return vietnamInstant(conference.date, conference.end_time ?? '23:59');
}

function canAnswer({ delegate, conference, campaign }: RsvpContext, now = clockNow()): boolean {
  const end = endsAt(conference);
  return campaign.status !== 'closed' && !delegate.checked_in_at && !(end && new Date(end) < now);
}

/** That delegate's invitation, and nothing else of the conference (no other delegate, no agenda details). */
export function rsvpView(
  ctx: RsvpContext,
  tree: UnitTree,
  content: string[],
  signedInvitation: boolean,
): RsvpView {
  const { delegate, conference, campaign } = ctx;
  const group = campaign.plan.delegateGroups.find((g) => g.id === delegate.group_id);
  return {
    conferenceTitle: conference.title,
    organiser: inviterName(campaign, tree),
    timeText: conferenceTimeText({
      date: conference.date,
      startTime: conference.start_time,
      tentative: conference.tentative === 1,
      timeNote: conference.time_note,
    }),
    startsAt:
      conference.date && conference.start_time
        ? vietnamInstant(conference.date, conference.start_time)
        : null,
    endsAt:
      conference.date && conference.end_time ? vietnamInstant(conference.date, conference.end_time) : null,
    tentative: conference.tentative === 1,
    venue: conference.venue,
    content,
    delegate: {
      salutation: salutationText(delegate.salutation as Salutation | null),
      name: delegate.name,
      title: delegate.title,
      unitName: delegate.unit_name,
      groupText: group?.text ?? '',
    },
    rsvpStatus: delegate.rsvp_status as RsvpStatus,
    rsvpAt: delegate.rsvp_at,
    rsvpNote: delegate.rsvp_note,
    checkedIn: delegate.checked_in_at !== null,
    canAnswer: canAnswer(ctx),
    signedInvitation,
  };
}

/** The delegate answers through their link: attending or not, with a note. They may change their mind until the day. */
export async function answerRsvp(
  db: Kysely<Database>,
  events: EventBus,
  ctx: RsvpContext,
  answer: z.output<typeof rsvpAnswerSchema>,
  ip: string | null,
  /** When the answer came; now unless replaying history (the demo). */
  at: string = nowIso(),
): Promise<void> {
  const { delegate } = ctx;
  if (!canAnswer(ctx, new Date(at))) {
    throw conflict('rsvp_closed', { case: delegate.checked_in_at ? 'checked_in' : 'over' });
  }
  const now = at;
  // The delegate has no account: the audit names them by their number and name.
  const who: Actor = {
    userId: '',
    username: `đại biểu số ${delegate.number}`,
    fullName: delegate.name,
    role: 'viewer',
    unitId: delegate.unit_id ?? '',
    ip,
  };
  await db.transaction().execute(async (trx) => {
    await recordRsvpAnswer(trx, delegate.id, answer, now);
    await recordAudit(trx, who, {
      action: 'conference.rsvp',
      entityType: 'conference_delegate',
      entityId: delegate.id,
      before: { rsvpStatus: delegate.rsvp_status },
      after: { rsvpStatus: answer.response, note: answer.note },
    });
  });
  events.publish({ type: 'conference.changed', campaignId: ctx.campaign.id, change: 'attendance', at: now });
}
