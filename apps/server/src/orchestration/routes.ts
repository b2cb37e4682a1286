import type { AppContext } from '../context.ts';
import { endpointsPlugin } from '../http/endpoint.ts';
import { getCoordinatorWorkEndpoint } from './endpoints/get-coordinator-work.ts';
import { getLeaderOverviewEndpoint } from './endpoints/get-leader-overview.ts';
import { issueCampaignEndpoint } from './endpoints/issue-campaign.ts';
import { listCampaignsEndpoint } from './endpoints/list-campaigns.ts';

/**
 * The endpoints of operations that span modules: issuing a round (assignments, notices,
 * distribution), the list of rounds with their progress (campaigns, assignments) and the
 * coordinator's home (campaigns, assignments, commendation, conference) and the leader's home
 * (campaigns, assignments, consolidation, commendation).
 */
export const roundEndpoints = [
  listCampaignsEndpoint,
  issueCampaignEndpoint,
  getCoordinatorWorkEndpoint,
  getLeaderOverviewEndpoint,
];

export const roundRoutes = (ctx: AppContext) => endpointsPlugin(ctx, roundEndpoints);
