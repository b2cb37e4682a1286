import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { downloadConsolidatedDocumentEndpoints } from './endpoints/download-consolidated-documents.ts';
import { getConsolidatedEndpoint } from './endpoints/get-consolidated.ts';
import { getConsolidatedIndicatorEndpoint } from './endpoints/get-consolidated-indicator.ts';
import { getConsolidatedSourcesEndpoint } from './endpoints/get-consolidated-sources.ts';
import { listChildCampaignsEndpoint } from './endpoints/list-child-campaigns.ts';
import { listContributionsEndpoint } from './endpoints/list-contributions.ts';
import { openChildCampaignEndpoint } from './endpoints/open-child-campaign.ts';
import { regenerateConsolidatedEndpoint } from './endpoints/regenerate-consolidated.ts';
import { saveConsolidatedEndpoint } from './endpoints/save-consolidated.ts';
import { sendUpEndpoint } from './endpoints/send-up.ts';

/** The consolidation's endpoints, one file each under endpoints/ (its documents: one file, one per format). */
export const consolidationEndpoints = [
  getConsolidatedEndpoint,
  getConsolidatedSourcesEndpoint,
  listContributionsEndpoint,
  getConsolidatedIndicatorEndpoint,
  saveConsolidatedEndpoint,
  regenerateConsolidatedEndpoint,
  sendUpEndpoint,
  ...downloadConsolidatedDocumentEndpoints,
  openChildCampaignEndpoint,
  listChildCampaignsEndpoint,
];

export const consolidationRoutes = (ctx: AppContext) => endpointsPlugin(ctx, consolidationEndpoints);
