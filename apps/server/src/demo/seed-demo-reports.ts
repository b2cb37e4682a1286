import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { localEventBus } from '../kernel/event-bus.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import {
  readableAssignment,
  reviewAssignment,
  saveDraft,
  submitAssignment,
} from '../modules/assignments/index.ts';
import type { DemoClock } from './demo-clock.ts';
import {
  DEMO_REPORT_STATES,
  DEMO_SPEECH_STATES,
  type DemoReportState,
  demoReportContent,
  demoSpeechContent,
} from './demo-reports.ts';

const unitActor = (unitId: string): Actor => ({
  userId: '',
  username: 'demo',
  fullName: 'Dữ liệu mẫu',
  role: 'unit',
  unitId,
  ip: null,
});

/**
 * Plays June 2020 for plan 2519/KH-UBND through the same operations the units and Sở Y tế use:
 * drafts, submissions at their dates, acceptances and returns with their comments.
 */
export async function seedDemoReports(
  db: Kysely<Database>,
  clock: DemoClock,
  campaignId: string,
): Promise<void> {
  const tree = await new UnitDirectory(db).current();
  const events = localEventBus();
  const campaign = await db
    .selectFrom('campaigns')
    .select('standing_unit_id')
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const reviewer: Actor = { ...unitActor(campaign.standing_unit_id), role: 'coordinator' };
  const assignments = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id', 'kind', 'topic'])
    .where('campaign_id', '=', campaignId)
    .orderBy('id')
    .execute();

  let index = 0;
  for (const a of assignments) {
    const unit = tree.byId.get(a.unit_id);
    if (!unit) continue;
    const plan: DemoReportState | undefined =
      a.kind === 'report' ? DEMO_REPORT_STATES[unit.code] : DEMO_SPEECH_STATES[unit.code];
    if (!plan) continue;
    index++;
    const actor = unitActor(unit.id);
    const load = () => readableAssignment(db, tree, actor, a.id);
    const { outline } = (await load()).campaign;
    const content = (revised = false) =>
      a.kind === 'report'
        ? demoReportContent(outline, unit.name, index, revised)
        : demoSpeechContent(a.kind, a.topic, unit.name);

    if (plan.state === 'draft') {
      const first = content();
      // Half-written: the first sections only.
      const sections = Object.fromEntries(Object.entries(first.sections).slice(0, 3));
      clock.at('2020-06-09', 8 + (index % 8), (index * 7) % 60);
      await saveDraft(db, events, await load(), actor, 0, { ...first, sections, indicators: {} });
      continue;
    }
    const sentAt = clock.at(plan.sentOn, 8 + (index % 8), (index * 7) % 60);
    await submitAssignment(db, events, await load(), actor, {
      version: 0,
      content: content(),
      idempotencyKey: `demo:${a.id}:1`,
      at: sentAt,
    });
    if (plan.state === 'submitted') continue;
    const reviewedAt = clock.at(plan.reviewedOn, 14 + (index % 3), (index * 11) % 60);
    const asReviewer = await readableAssignment(db, tree, reviewer, a.id);
    await reviewAssignment(db, events, tree, asReviewer, reviewer, {
      decision: plan.state === 'accepted' ? 'accept' : 'return',
      comment: plan.state === 'accepted' ? '' : plan.comment,
      version: asReviewer.assignment.version,
      at: reviewedAt,
    });
    if (plan.state !== 'resubmitted') continue;
    const ctx = await load();
    const draft = await db
      .selectFrom('assignment_drafts')
      .select('version')
      .where('assignment_id', '=', a.id)
      .executeTakeFirstOrThrow();
    await submitAssignment(db, events, ctx, actor, {
      version: draft.version,
      content: content(true),
      idempotencyKey: `demo:${a.id}:2`,
      at: clock.at(plan.againOn, 10, 30),
    });
  }
  await events.close();
}
