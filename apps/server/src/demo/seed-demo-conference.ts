import { conferenceInputSchema, type NomineeKind } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { localEventBus } from '../kernel/event-bus.ts';
import { recordAudit } from '../kernel/record-audit.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import { markReceipt, readCampaign } from '../modules/campaigns/index.ts';
import type { ConferenceAccess } from '../modules/conference/index.ts';
import {
  answerRsvp,
  checkInById,
  type DelegateInput,
  ensureConference,
  insertDelegates,
  saveBudget,
  saveConference,
  selectConference,
  selectDelegates,
  sendInvitations,
  speechAssignments,
} from '../modules/conference/index.ts';
import type { DemoClock } from './demo-clock.ts';
import {
  BASE_SALARY_2020,
  DEMO_AGENDA,
  DEMO_AWARDED_DELEGATES,
  DEMO_BUDGET,
  DEMO_CHECKED_IN,
  DEMO_CONFERENCE,
  DEMO_DELEGATE_GROUPS,
  DEMO_GROUP_EXPECTED,
  demoEmail,
  demoName,
  demoPhone,
  demoRsvp,
} from './demo-conference.ts';
import { demoInstant } from './demo-reports.ts';

const actor = (unitId: string, role: Actor['role'], username = 'demo'): Actor => ({
  userId: '',
  username,
  fullName: 'Dữ liệu mẫu',
  role,
  unitId,
  ip: null,
});

/**
 * The conference of plan 2519/KH-UBND, through the same operations the organisers use: the
 * programme with the documentary and the speeches from their assignments, the delegates of every
 * group, invitations on 15 June, answers over the next two days, the first check-ins at the door on
 * 18 June, the budget; and who opened and acknowledged the plan when it was issued.
 */
export async function seedDemoConference(
  db: Kysely<Database>,
  clock: DemoClock,
  campaignId: string,
): Promise<void> {
  const tree = await new UnitDirectory(db).current();
  const unit = (code: string) => {
    const u = tree.byCode.get(code);
    if (!u) throw new Error(`demo conference names unknown unit ${code}`);
    return u.id;
  };
  const campaign = await readCampaign(db, campaignId);
  if (!campaign) throw new Error('demo round missing');
  const access: ConferenceAccess = { campaign, manages: true, seesAll: true };
  const coordinator = actor(campaign.standingUnitId, 'coordinator');
  const events = localEventBus();
  const groups = campaign.plan.delegateGroups;

  // The programme: the documentary and each speech from the assignment its unit owes.
  const speeches = await speechAssignments(db, tree, campaignId, new Set());
  const agenda = DEMO_AGENDA.map((item) => {
    const assignment =
      item.kind === 'speech' || item.kind === 'documentary'
        ? speeches.find((s) => s.kind === item.kind && s.unitId === unit(item.unit ?? ''))
        : undefined;
    return {
      kind: item.kind,
      title: item.title ?? assignment?.title ?? '',
      startTime: item.startTime ?? null,
      // A programme books slots of whole 5 minutes: the 13-minute documentary gets 15, so the
      // printed times read 08h15–08h30, never 08h15–08h28.
      durationMinutes: Math.ceil((item.minutes ?? assignment?.durationMinutes ?? 10) / 5) * 5,
      presenterUnitId: item.unit ? unit(item.unit) : null,
      presenterName: item.presenter ?? '',
      assignmentId: assignment?.assignmentId ?? null,
    };
  });

  // The awarded: the people of decision 1356, then a representative of each collective.
  const decided = await db
    .selectFrom('nominations')
    .select(['nominee_kind', 'name', 'gender', 'position', 'workplace', 'unit_id'])
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'decided')
    .orderBy('created_at')
    .execute();
  const people = decided.filter((n) => n.nominee_kind !== 'collective');
  const collectives = decided.filter((n) => n.nominee_kind === 'collective');
  const awardedGroup = groups.at(-1)?.id ?? null;

  let index = 0;
  const inputs: DelegateInput[] = [];
  const add = (d: Omit<DelegateInput, 'email' | 'phone' | 'note'>, named = true) => {
    index++;
    inputs.push({ ...d, email: named ? demoEmail(index, d.name) : '', phone: demoPhone(index), note: '' });
  };
  DEMO_DELEGATE_GROUPS.forEach((members, g) => {
    for (const [code, title, gender] of members) {
      // Hoàng Nam, who signed the plan and chairs the conference, is the one real name.
      const isSigner =
        code === 'QT' && title === 'Phó Chủ tịch UBND tỉnh' && !inputs.some((i) => i.name === 'Hoàng Nam');
      const name = isSigner ? 'Hoàng Nam' : demoName(index, gender);
      add({
        groupId: groups[g]?.id ?? null,
        salutation: gender === 'male' ? 'ong' : 'ba',
        name,
        title,
        unitId: unit(code),
        unitName: tree.byId.get(unit(code))?.name ?? '',
      });
    }
  });
  for (const n of people.slice(0, DEMO_AWARDED_DELEGATES)) {
    add({
      groupId: awardedGroup,
      salutation: n.gender === 'female' ? 'ba' : n.gender === 'male' ? 'ong' : null,
      name: n.name,
      title: n.position,
      unitId: n.unit_id,
      unitName: n.workplace || (tree.byId.get(n.unit_id)?.name ?? ''),
    });
  }
  for (const n of collectives.slice(0, Math.max(0, DEMO_AWARDED_DELEGATES - people.length))) {
    const gender = index % 3 === 0 ? 'female' : 'male';
    add({
      groupId: awardedGroup,
      salutation: gender === 'female' ? 'ba' : 'ong',
      name: demoName(index, gender),
      title: 'Đại diện tập thể',
      unitId: n.unit_id,
      unitName: n.name,
    });
  }
  const awardedCount = inputs.filter((i) => i.groupId === awardedGroup && awardedGroup !== null).length;

  clock.at(DEMO_CONFERENCE.invitedOn, 8, 30);
  await saveConference(
    db,
    tree,
    events,
    coordinator,
    access,
    conferenceInputSchema.parse({
      version: 0,
      title: DEMO_CONFERENCE.title,
      date: DEMO_CONFERENCE.date,
      startTime: DEMO_CONFERENCE.startTime,
      endTime: DEMO_CONFERENCE.endTime,
      tentative: false,
      timeNote: DEMO_CONFERENCE.timeNote,
      venue: DEMO_CONFERENCE.venue,
      chair: DEMO_CONFERENCE.chair,
      expectedDelegates: campaign.plan.expectedDelegates,
      groupTargets: groups.map((g, i) => ({
        groupId: g.id,
        expected: i < DEMO_GROUP_EXPECTED.length ? (DEMO_GROUP_EXPECTED[i] as number) : awardedCount,
      })),
      invitationNumber: DEMO_CONFERENCE.invitationNumber,
      invitationDate: DEMO_CONFERENCE.invitationDate,
      invitationContent: DEMO_CONFERENCE.invitationContent,
      signature: campaign.plan.signature,
      agenda,
    }),
  );
  clock.at(DEMO_CONFERENCE.invitedOn, 10);
  await db.transaction().execute(async (trx) => {
    const conference = await ensureConference(trx, campaign, tree, coordinator.username);
    const ids = await insertDelegates(trx, tree, conference, inputs);
    await recordAudit(trx, coordinator, {
      action: 'conference.delegates_imported',
      entityType: 'conference',
      entityId: conference.id,
      after: { count: ids.length },
    });
  });
  const invitedAt = clock.at(DEMO_CONFERENCE.invitedOn, 15, 30);
  await sendInvitations(db, tree, events, coordinator, access, undefined, { at: invitedAt });
  // Those e-mails went out in June 2020: history, not messages waiting for today's mail server.
  await db
    .updateTable('outbox')
    .set({ sent_at: invitedAt, created_at: invitedAt })
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'conference_invitation')
    .execute();

  const conference = await selectConference(db, campaignId);
  if (!conference) throw new Error('demo conference missing');
  const delegates = await selectDelegates(db, conference.id);
  let answered = 0;
  for (const [i, d] of delegates.entries()) {
    const answer = demoRsvp(i);
    if (answer === 'pending') continue;
    answered++;
    await answerRsvp(
      db,
      events,
      { delegate: d, conference, campaign },
      { response: answer, note: answer === 'declined' ? 'Bận công tác, xin phép vắng mặt.' : '' },
      null,
      clock.at(answered % 2 ? '2020-06-16' : '2020-06-17', 8 + (answered % 9), (answered * 7) % 60),
    );
  }
  const attending = delegates.filter((_, i) => demoRsvp(i) === 'accepted').slice(0, DEMO_CHECKED_IN);
  for (const [k, d] of attending.entries()) {
    await checkInById(db, events, coordinator, access, d.id, clock.at(DEMO_CONFERENCE.date, 7, 32 + k));
  }

  // Award money: twice the base salary for a collective, once for a person (Nghị định 91/2017).
  const count = (kind: NomineeKind) => decided.filter((n) => n.nominee_kind === kind).length;
  const organisation = DEMO_BUDGET.lines.map((l) => ({ ...l, source: DEMO_BUDGET.organisation, note: '' }));
  const awardees = count('collective') + count('individual') + count('exemplar');
  // Settled the day after the conference, with what was actually spent.
  clock.at('2020-06-19', 10);
  await saveBudget(db, tree, events, coordinator, access, {
    version: 0,
    lines: [
      ...organisation,
      {
        item: `Tiền thưởng kèm Bằng khen cho ${count('collective')} tập thể`,
        source: DEMO_BUDGET.awards,
        planned: count('collective') * 2 * BASE_SALARY_2020,
        actual: count('collective') * 2 * BASE_SALARY_2020,
        note: '2,0 lần mức lương cơ sở',
      },
      {
        item: `Tiền thưởng kèm Bằng khen cho ${count('individual') + count('exemplar')} cá nhân`,
        source: DEMO_BUDGET.awards,
        planned: (count('individual') + count('exemplar')) * BASE_SALARY_2020,
        actual: (count('individual') + count('exemplar')) * BASE_SALARY_2020,
        note: '1,0 lần mức lương cơ sở',
      },
      {
        item: `In, đóng khung ${awardees} Bằng khen`,
        source: DEMO_BUDGET.awards,
        planned: awardees * DEMO_BUDGET.certificateFrame,
        actual: null,
        note: '',
      },
    ],
  });

  // The plan reached its units the afternoon it was signed; most opened and acknowledged it. Bộ
  // CHQS and Hướng Hóa are left for the demo accounts to open themselves.
  await db
    .updateTable('plan_receipts')
    .set({ delivered_at: demoInstant('2020-06-08', 16) })
    .where('campaign_id', '=', campaignId)
    .execute();
  const receivers = (
    await db.selectFrom('plan_receipts').select('unit_id').where('campaign_id', '=', campaignId).execute()
  )
    .map((r) => tree.byId.get(r.unit_id))
    .filter((u) => u !== undefined && u.code !== 'QT-BCHQS' && u.code !== 'QT-HUONGHOA')
    .sort((a, b) => (a?.code ?? '').localeCompare(b?.code ?? ''));
  for (const [i, u] of receivers.entries()) {
    if (!u || i % 7 === 6) continue;
    const clerk = actor(u.id, 'unit', `văn thư ${u.shortName ?? u.name}`);
    const opened = clock.at(i % 2 ? '2020-06-08' : '2020-06-09', i % 2 ? 16 : 8, (i * 13) % 60);
    await markReceipt(db, clerk, campaign, 'open', opened);
    if (i % 5 !== 4) {
      await markReceipt(
        db,
        clerk,
        campaign,
        'acknowledge',
        clock.at('2020-06-09', 9 + (i % 6), (i * 7) % 60),
      );
    }
  }
  await events.close();
}
