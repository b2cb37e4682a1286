import type { AppContext } from '../context.ts';
import { endpointsPlugin } from '../http/endpoint.ts';
import { getCoordinatorWorkEndpoint } from './endpoints/get-coordinator-work.ts';
import { issueCampaignEndpoint } from './endpoints/issue-campaign.ts';
import { listCampaignsEndpoint } from './endpoints/list-campaigns.ts';

/**
 * The endpoints of operations that span modules: issuing a round (assignments, notices,
 * distribution), the list of rounds with their progress (campaigns, assignments) and the
 * coordinator's home (campaigns, assignments, commendation, conference).
 */
export const roundEndpoints = [listCampaignsEndpoint, issueCampaignEndpoint, getCoordinatorWorkEndpoint];

export const roundRoutes = (ctx: AppContext) => endpointsPlugin(ctx, roundEndpoints);
