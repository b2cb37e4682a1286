import { conferenceInputSchema, nominationInputSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { localEventBus } from '../kernel/event-bus.ts';
import { recordAudit } from '../kernel/record-audit.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import {
  readableAssignment,
  reviewAssignment,
  saveDraft,
  submitAssignment,
} from '../modules/assignments/index.ts';
import { readCampaign } from '../modules/campaigns/index.ts';
import { createNomination, submitNomination } from '../modules/commendation/index.ts';
import type { ConferenceAccess } from '../modules/conference/index.ts';
import {
  ensureConference,
  insertDelegates,
  saveConference,
  sendInvitations,
} from '../modules/conference/index.ts';
import type { DemoClock } from './demo-clock.ts';
import { demoEmail, demoName, demoPhone } from './demo-conference.ts';
import {
  dayAfter,
  LIVE_CONFERENCE,
  LIVE_NOMINATIONS,
  LIVE_QUICK_FIGURES,
  LIVE_REPORTS,
  LIVE_SCHEDULE,
  liveDemoCampaign,
  liveQuickFigures,
  liveReportContent,
} from './demo-live.ts';
import { seedDemoCampaigns } from './seed-demo-campaigns.ts';

const actorOf = (unitId: string, role: Actor['role'] = 'unit'): Actor => ({
  userId: '',
  username: 'demo',
  fullName: 'Dữ liệu mẫu',
  role,
  unitId,
  ip: null,
});

/**
 * The live round, played up to the day before `today` (the day the demo is created, Vietnam time):
 * issued, a few reports in, nominations being sent, the conference fixed and its first invitations
 * out. Everything still to do is left for the demo accounts.
 */
export async function seedDemoLive(db: Kysely<Database>, clock: DemoClock, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  const on = (days: number) => dayAfter(today, days);
  const [id] = await seedDemoCampaigns(db, clock, [liveDemoCampaign(today)]);
  if (!id) throw new Error('live demo round not created');
  const tree = await new UnitDirectory(db).current();
  const unit = (code: string) => {
    const u = tree.byCode.get(code);
    if (!u) throw new Error(`live demo round names unknown unit ${code}`);
    return u;
  };
  const events = localEventBus();
  const campaign = await readCampaign(db, id);
  if (!campaign) throw new Error('live demo round missing');
  const coordinator = actorOf(campaign.standingUnitId, 'coordinator');

  // Reports: some in, one being written, the rest (the demo accounts' among them) still owed.
  const reports = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id'])
    .where('campaign_id', '=', id)
    .where('kind', '=', 'report')
    .execute();
  let index = 0;
  for (const [code, plan] of Object.entries(LIVE_REPORTS)) {
    const u = unit(code);
    const assignmentId = reports.find((r) => r.unit_id === u.id)?.id;
    if (!assignmentId) throw new Error(`live demo unit ${code} owes no report`);
    index++;
    const actor = actorOf(u.id);
    const content = liveReportContent(campaign.outline, u.name, year, index);
    const ctx = await readableAssignment(db, tree, actor, assignmentId);
    if (plan.state === 'draft') {
      clock.at(on(plan.on), 16, index * 7);
      await saveDraft(db, events, ctx, actor, 0, content);
      continue;
    }
    await submitAssignment(db, events, ctx, actor, {
      version: 0,
      content,
      idempotencyKey: `demo:${assignmentId}:1`,
      at: clock.at(on(plan.on), 9 + index, index * 7),
    });
    if (plan.state !== 'accepted') continue;
    const asCoordinator = await readableAssignment(db, tree, coordinator, assignmentId);
    await reviewAssignment(db, events, tree, asCoordinator, coordinator, {
      decision: 'accept',
      comment: '',
      version: asCoordinator.assignment.version,
      at: clock.at(on(plan.on + 1), 14, 10),
    });
  }

  // The quick figures, due yesterday: two districts sent theirs, two are overdue.
  const quick = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id'])
    .where('campaign_id', '=', id)
    .where('kind', '=', 'other')
    .execute();
  for (const [code, day] of Object.entries(LIVE_QUICK_FIGURES)) {
    const u = unit(code);
    const assignmentId = quick.find((r) => r.unit_id === u.id)?.id;
    if (!assignmentId) throw new Error(`live demo unit ${code} owes no quick figures`);
    index++;
    const actor = actorOf(u.id);
    await submitAssignment(db, events, await readableAssignment(db, tree, actor, assignmentId), actor, {
      version: 0,
      content: liveQuickFigures(u.name, index),
      idempotencyKey: `demo:${assignmentId}:1`,
      at: clock.at(on(day), 10, index * 3),
    });
  }

  // Nominations: two units have sent theirs; the window stays open for the others.
  const [group] = campaign.plan.awardGroups;
  if (!group) throw new Error('live demo round has no award group');
  for (const [i, n] of LIVE_NOMINATIONS.entries()) {
    const by = actorOf(unit(n.unit).id);
    clock.at(on(-1), 8 + i, 20);
    const nominationId = await createNomination(
      db,
      by,
      campaign,
      nominationInputSchema.parse({
        awardGroupId: group.id,
        nomineeKind: n.kind,
        name: n.name,
        gender: 'gender' in n ? n.gender : null,
        birthYear: 'birthYear' in n ? n.birthYear : null,
        position: 'position' in n ? n.position : '',
        workplace: unit(n.unit).name,
        achievement: n.achievement,
      }),
    );
    const { version } = await db
      .selectFrom('nominations')
      .select('version')
      .where('id', '=', nominationId)
      .executeTakeFirstOrThrow();
    await submitNomination(db, tree, by, campaign, nominationId, {
      version,
      at: clock.at(on(-1), 10 + i, 5),
    });
  }

  // The conference: fixed for two weeks on, its first delegates invited yesterday.
  const access: ConferenceAccess = { campaign, manages: true, seesAll: true };
  clock.at(on(-1), 15);
  await saveConference(
    db,
    tree,
    events,
    coordinator,
    access,
    conferenceInputSchema.parse({
      version: 0,
      title: `Hội nghị sơ kết công tác phòng, chống dịch bệnh truyền nhiễm năm ${year}`,
      date: on(LIVE_SCHEDULE.conferenceOn),
      startTime: LIVE_CONFERENCE.startTime,
      endTime: LIVE_CONFERENCE.endTime,
      tentative: false,
      venue: LIVE_CONFERENCE.venue,
      chair: LIVE_CONFERENCE.chair,
      expectedDelegates: campaign.plan.expectedDelegates,
      signature: campaign.plan.signature,
      agenda: [],
    }),
  );
  clock.at(on(-1), 15, 20);
  await db.transaction().execute(async (trx) => {
    const conference = await ensureConference(trx, campaign, tree, coordinator.username);
    const ids = await insertDelegates(
      trx,
      tree,
      conference,
      LIVE_CONFERENCE.delegates.map(([code, title, gender], i) => {
        const name = i === 0 ? 'Hoàng Nam' : demoName(100 + i, gender);
        return {
          groupId: null,
          salutation: gender === 'male' ? 'ong' : 'ba',
          name,
          title,
          unitId: unit(code).id,
          unitName: unit(code).name,
          email: demoEmail(100 + i, name),
          phone: demoPhone(100 + i),
          note: '',
        };
      }),
    );
    await recordAudit(trx, coordinator, {
      action: 'conference.delegates_imported',
      entityType: 'conference',
      entityId: conference.id,
      after: { count: ids.length },
    });
  });
  await sendInvitations(db, tree, events, coordinator, access, undefined, { at: clock.at(on(-1), 16) });
  await events.close();
  return id;
}
