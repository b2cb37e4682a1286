import {
  type AssignmentStatus,
  documentReference,
  isSubmittable,
  type TaskKind,
  type UnitTask,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { readCampaign, type StoredCampaign } from '../campaigns/index.ts';
import { parseContent, selectDraftContents, selectUnitAssignments } from './assignment-store.ts';
import { listAttachmentsOf } from './attachment-records.ts';
import { missingForKind, missingIndicators, missingSections } from './report-content.ts';

/** Returned for rework, then overdue, then the rest still to write, then what waits for review. */
function urgency(task: UnitTask, now: string): number {
  if (task.status === 'returned') return 0;
  if (task.status === 'submitted') return 3;
  return task.deadline !== null && task.deadline < now ? 1 : 2;
}

/**
 * What `unitId` itself still owes in every issued round it takes part in (lower rounds included):
 * each task not yet accepted that hands something in, the most urgent first, with what the submit
 * rule (submit-assignment.ts, the same functions) would still refuse it for. Its drafts and
 * attachments are read in one query each, its rounds once each; nothing of another unit is read.
 */
export async function unitOpenTasks(db: Kysely<Database>, unitId: string, now: string): Promise<UnitTask[]> {
  const rows = (await selectUnitAssignments(db, unitId)).filter(
    (r) => r.campaign_status === 'issued' && r.status !== 'accepted' && isSubmittable(r.kind as TaskKind),
  );
  const ids = rows.map((r) => r.id);
  const [drafts, attachments] = await Promise.all([selectDraftContents(db, ids), listAttachmentsOf(db, ids)]);
  const rounds = new Map<string, StoredCampaign | undefined>();
  for (const id of new Set(rows.map((r) => r.campaign_id))) rounds.set(id, await readCampaign(db, id));
  const tasks = rows.map((r): UnitTask => {
    const kind = r.kind as TaskKind;
    const status = r.status as AssignmentStatus;
    const round = rounds.get(r.campaign_id);
    const files = attachments.get(r.id) ?? [];
    const content = parseContent(drafts.get(r.id));
    const open = status !== 'submitted';
    const outline = round?.outline;
    const report = kind === 'report' && outline !== undefined;
    return {
      assignmentId: r.id,
      campaignId: r.campaign_id,
      campaignName: r.campaign_name,
      campaignReference: documentReference({ docNumber: r.doc_number, docCode: r.doc_code }),
      kind,
      text: r.text,
      deadline: r.deadline,
      status,
      withdrawn: status === 'in_progress' && r.submission_count > 0,
      reviewComment: status === 'returned' ? r.review_comment : null,
      lastSubmittedAt: r.last_submitted_at,
      missing: {
        sections: open && report ? missingSections(content, outline) : [],
        indicators: open && report ? missingIndicators(content, outline) : [],
        other: open ? missingForKind(content, kind, files.length) : [],
      },
      signedReportRequired: kind === 'report' && (round?.plan.signedReports ?? false),
      signedReportAttached: files.some((f) => f.signature?.verdict === 'valid'),
    };
  });
  return tasks.sort(
    (a, b) =>
      urgency(a, now) - urgency(b, now) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.campaignName.localeCompare(b.campaignName, 'vi'),
  );
}
