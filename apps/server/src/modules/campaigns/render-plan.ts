import { buildPlanDocument, type OfficialDocument, renderDocx, renderPdf } from '@tongket/documents';
import { foldVietnamese } from '@tongket/domain';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from './plan-store.ts';

export const PLAN_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
export type PlanFormat = keyof typeof PLAN_FORMATS;

/** "UBND tỉnh Quảng Trị" → "UBND tỉnh": how the appendix line names the issuer. */
function issuerShortName(campaign: StoredCampaign, tree: UnitTree): string {
  const unit = tree.byId.get(campaign.issuingUnitId);
  return unit?.shortName || unit?.name || campaign.plan.issuingBody;
}

/** The plan as the document model (with its outline appended), from its stored parts. */
export function planDocument(campaign: StoredCampaign, tree: UnitTree): OfficialDocument {
  return buildPlanDocument({
    kind: campaign.kind,
    status: campaign.status,
    plan: campaign.plan,
    outline: campaign.outline,
    unitName: (id) => tree.byId.get(id)?.name,
    issuerShortName: issuerShortName(campaign, tree),
  });
}

/** The plan document (with its outline appended) as DOCX or PDF bytes. */
export async function renderPlan(
  campaign: StoredCampaign,
  tree: UnitTree,
  format: PlanFormat,
): Promise<Buffer> {
  const document = planDocument(campaign, tree);
  return format === 'pdf' ? renderPdf(document) : renderDocx(document);
}

/** "ke-hoach-2519-KH-UBND.pdf" for the header, "Kế hoạch 2519-KH-UBND.pdf" for browsers that read UTF-8 names. */
export function planFileName(
  campaign: StoredCampaign,
  format: PlanFormat,
): { ascii: string; unicode: string } {
  const ref = campaign.plan.docNumber ? `${campaign.plan.docNumber}-${campaign.plan.docCode}` : 'du-thao';
  const ascii = `${foldVietnamese('ke hoach').replace(/ /g, '-')}-${ref}.${format}`.replace(
    /[^A-Za-z0-9._-]/g,
    '-',
  );
  return { ascii, unicode: `Kế hoạch ${ref === 'du-thao' ? 'dự thảo' : ref}.${format}` };
}
