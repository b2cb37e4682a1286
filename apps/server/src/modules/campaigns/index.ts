/** What the campaigns module offers the rest of the server; nothing else in it is imported from outside. */
export {
  assertCanManage,
  type CampaignScope,
  campaignNotFound,
  canManageCampaign,
  canReadCampaign,
} from './campaign-access.ts';
export { problemsOf } from './campaign-view.ts';
export { bumpVersion, campaignForChange } from './change-guard.ts';
export { closeCampaign } from './close-campaign.ts';
export { createCampaign } from './create-campaign.ts';
export { getCampaign, getReadableCampaign } from './get-campaign.ts';
export { listCampaigns } from './list-campaigns.ts';
export { openChildCampaign } from './open-child-campaign.ts';
export { BINH_DUONG_2021, QUANG_TRI_2020 } from './outline-templates.ts';
export { distribution, markReceipt, recordReceipts } from './plan-distribution.ts';
export { planUnitReferences } from './plan-references.ts';
export {
  childCampaignRows,
  outlineOrigins,
  readCampaign,
  readCampaignFromRow,
  type StoredCampaign,
} from './plan-store.ts';
export { planPdfOfRecord, renderPlan } from './render-plan.ts';
export { assertUnitsInRound } from './round-units.ts';
export { campaignsRoutes } from './routes.ts';
export { updateCampaign } from './update-campaign.ts';
export { updateOutline } from './update-outline.ts';
