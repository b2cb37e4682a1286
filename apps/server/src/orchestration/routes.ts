import type { AppContext } from '../context.ts';
import { endpointsPlugin } from '../http/endpoint.ts';
import { issueCampaignEndpoint } from './endpoints/issue-campaign.ts';

/** The endpoints of operations that span modules: issuing a round (assignments, notices, distribution). */
export const roundEndpoints = [issueCampaignEndpoint];

export const roundRoutes = (ctx: AppContext) => endpointsPlugin(ctx, roundEndpoints);
