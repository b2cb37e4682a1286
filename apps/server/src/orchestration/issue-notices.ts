import {
  documentReference,
  formatDateVn,
  formatDeadlineVn,
  TASK_KIND_LABELS,
  type TaskKind,
} from '@tongket/domain';
import type { UnitTree } from '../kernel/unit-directory.ts';
import type { CreatedAssignment } from '../modules/assignments/index.ts';
import type { StoredCampaign } from '../modules/campaigns/index.ts';
import type { Notice } from '../modules/notifications/index.ts';

/**
 * The notice each unit receives when a plan is issued: every unit with an assignment (listing what
 * it owes and by when) and every unit named under "Nơi nhận".
 */
export function issueNotices(
  campaign: StoredCampaign,
  assignments: CreatedAssignment[],
  tree: UnitTree,
): Notice[] {
  const { plan } = campaign;
  const issuer = tree.byId.get(campaign.issuingUnitId)?.name ?? plan.issuingBody;
  const reference = `Kế hoạch số ${documentReference(plan)} ngày ${formatDateVn(plan.docDate ?? '')}`;
  const summary = plan.summary.replace(/\s*\n\s*/g, ' ');
  const owed = new Map<string, CreatedAssignment[]>();
  for (const a of assignments) owed.set(a.unitId, [...(owed.get(a.unitId) ?? []), a]);
  const unitIds = new Set<string>(owed.keys());
  for (const r of plan.recipients) for (const id of r.unitIds) unitIds.add(id);

  const notices: Notice[] = [];
  for (const unitId of unitIds) {
    const unit = tree.byId.get(unitId);
    if (!unit) continue;
    const tasks = owed.get(unitId) ?? [];
    const lines = [
      `${issuer} đã ban hành ${reference} về việc ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}.`,
      '',
    ];
    if (tasks.length > 0) {
      lines.push(`Nhiệm vụ của ${unit.name}:`);
      for (const t of tasks) {
        const text = t.text.replace(/[\s.;,:]+$/, '');
        const what = t.topic ? `${text} (chủ đề: ${t.topic})` : text;
        const by = t.deadline ? ` — thời hạn: ${formatDeadlineVn(t.deadline)}` : '';
        lines.push(`- ${TASK_KIND_LABELS[t.kind as TaskKind].vi}: ${what}${by}`);
      }
    } else {
      lines.push(`${unit.name} nhận kế hoạch để biết và phối hợp thực hiện.`);
    }
    lines.push('', 'Xem kế hoạch, đề cương báo cáo và thực hiện nhiệm vụ trên hệ thống Tổng kết.');
    notices.push({
      kind: 'campaign_issued',
      dedupeKey: `campaign_issued:${campaign.id}:${unitId}`,
      campaignId: campaign.id,
      unitId,
      toAddress: unit.email,
      subject: `${reference}: ${summary}`,
      body: lines.join('\n'),
      link: `/campaigns/${campaign.id}`,
    });
  }
  return notices;
}
