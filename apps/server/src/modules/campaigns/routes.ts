import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { cloneCampaignEndpoint } from './endpoints/clone-campaign.ts';
import { closeCampaignEndpoint } from './endpoints/close-campaign.ts';
import { createCampaignEndpoint } from './endpoints/create-campaign.ts';
import { downloadPlanEndpoint } from './endpoints/download-plan.ts';
import { exportPlanEdxmlEndpoint } from './endpoints/export-plan-edxml.ts';
import { listOutlineTemplatesEndpoint } from './endpoints/list-outline-templates.ts';
import { openCampaignEndpoint } from './endpoints/open-campaign.ts';
import { readPlanDocumentEndpoint } from './endpoints/read-plan-document.ts';
import { updateCampaignEndpoint } from './endpoints/update-campaign.ts';
import { updateOutlineEndpoint } from './endpoints/update-outline.ts';

/**
 * The rounds' endpoints (the plan, its outline, its document), one file each under endpoints/; the
 * list of rounds, which carries each round's progress, is in orchestration/.
 */
export const campaignsEndpoints = [
  createCampaignEndpoint,
  openCampaignEndpoint,
  updateCampaignEndpoint,
  updateOutlineEndpoint,
  closeCampaignEndpoint,
  cloneCampaignEndpoint,
  downloadPlanEndpoint,
  readPlanDocumentEndpoint,
  exportPlanEdxmlEndpoint,
  listOutlineTemplatesEndpoint,
];

export const campaignsRoutes = (ctx: AppContext) => endpointsPlugin(ctx, campaignsEndpoints);
