import {
  type AssignmentDetail,
  type Draft,
  documentReference,
  isSubmittable,
  type MyAssignment,
  type TaskKind,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { readableAssignment } from './assignment-access.ts';
import {
  parseContent,
  selectDraft,
  selectSubmissions,
  selectUnitAssignments,
  toAssignmentView,
  toSubmissionSummary,
} from './assignment-store.ts';
import { listAttachments } from './attachment-records.ts';

export function draftView(
  row: { version: number; content: string; updated_at: string; updated_by: string | null } | undefined,
): Draft {
  return {
    version: row?.version ?? 0,
    content: parseContent(row?.content),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

/** One assignment with everything its page needs. */
export async function getAssignment(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
): Promise<AssignmentDetail> {
  const ctx = await readableAssignment(db, tree, actor, id);
  const { assignment: a, campaign } = ctx;
  const [draft, submissions, attachments] = await Promise.all([
    selectDraft(db, id),
    selectSubmissions(db, id),
    listAttachments(db, id),
  ]);
  const open = campaign.status === 'issued' && isSubmittable(a.kind as TaskKind);
  return {
    assignment: {
      ...toAssignmentView(a, tree.byId.get(a.unit_id)?.name ?? ''),
      firstSubmittedAt: a.first_submitted_at,
      lastSubmittedAt: a.last_submitted_at,
      reviewComment: a.review_comment,
    },
    campaign: {
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind,
      status: campaign.status,
      reference: documentReference(campaign.plan),
      signedReports: campaign.plan.signedReports,
    },
    outline: a.kind === 'report' ? campaign.outline : { ...campaign.outline, sections: [] },
    draft: draftView(draft),
    submissions: submissions.map(toSubmissionSummary),
    attachments,
    canEdit: ctx.isOwner && open && a.status !== 'submitted' && a.status !== 'accepted',
    canReview: ctx.isReviewer && a.status === 'submitted',
    canWithdraw: ctx.isOwner && open && a.status === 'submitted',
    canManage: ctx.isReviewer,
  };
}

/** Everything the caller's unit owes, in every issued round, the nearest deadline first. */
export async function listMyAssignments(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
): Promise<MyAssignment[]> {
  const rows = await selectUnitAssignments(db, actor.unitId);
  return rows
    .map((r) => ({
      ...toAssignmentView(r, tree.byId.get(r.unit_id)?.name ?? ''),
      campaignName: r.campaign_name,
      campaignReference: documentReference({ docNumber: r.doc_number, docCode: r.doc_code }),
      campaignStatus: r.campaign_status as MyAssignment['campaignStatus'],
      lastSubmittedAt: r.last_submitted_at,
      reviewComment: r.status === 'returned' ? r.review_comment : null,
    }))
    .sort(
      (a, b) =>
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
        a.campaignName.localeCompare(b.campaignName),
    );
}
