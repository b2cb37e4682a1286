import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { endpointsPlugin, registerEndpoints } from '../http/endpoint.ts';
import {
  listConsolidatedSignaturesEndpoint,
  listDecisionSignaturesEndpoint,
  listInvitationSignaturesEndpoint,
  listPlanSignaturesEndpoint,
  listUnitReportSignaturesEndpoint,
  startConsolidatedSigningEndpoint,
  startDecisionSigningEndpoint,
  startInvitationSigningEndpoint,
  startPlanSigningEndpoint,
  startUnitReportSigningEndpoint,
} from './endpoints/document-signing.ts';
import { exportDecisionEdxmlEndpoint } from './endpoints/export-decision-edxml.ts';
import { exportInvitationEdxmlEndpoint } from './endpoints/export-invitation-edxml.ts';
import { exportUnitReportEdxmlEndpoint } from './endpoints/export-unit-report-edxml.ts';
import { fetchSigningDocumentEndpoint } from './endpoints/fetch-signing-document.ts';
import { getCoordinatorWorkEndpoint } from './endpoints/get-coordinator-work.ts';
import { getLeaderOverviewEndpoint } from './endpoints/get-leader-overview.ts';
import { getUnitWorkEndpoint } from './endpoints/get-unit-work.ts';
import { issueCampaignEndpoint } from './endpoints/issue-campaign.ts';
import { listCampaignsEndpoint } from './endpoints/list-campaigns.ts';
import { uploadSignedDocumentEndpoint } from './endpoints/upload-signed-document.ts';

/**
 * The endpoints of operations that span modules: issuing a round (assignments, notices,
 * distribution), the list of rounds with their progress (campaigns, assignments) and the
 * coordinator's home (campaigns, assignments, commendation, conference) and the leader's home
 * (campaigns, assignments, consolidation, commendation) and the unit's home (assignments,
 * campaigns, conference, commendation).
 */
export const roundEndpoints = [
  listCampaignsEndpoint,
  issueCampaignEndpoint,
  getCoordinatorWorkEndpoint,
  getLeaderOverviewEndpoint,
  getUnitWorkEndpoint,
];

export const roundRoutes = (ctx: AppContext) => endpointsPlugin(ctx, roundEndpoints);

/**
 * Digital signing of a plan (sessions by the round's managers), of an award decision (by the
 * commendation board's reviewers), of the conference's invitation (by its organisers) and of the
 * consolidated report (by the round's lead agency); the
 * released decision and invitation as edXML packages; the signing program's one-time links.
 */
export const signingEndpoints = [
  startPlanSigningEndpoint,
  listPlanSignaturesEndpoint,
  startDecisionSigningEndpoint,
  listDecisionSignaturesEndpoint,
  startInvitationSigningEndpoint,
  listInvitationSignaturesEndpoint,
  startConsolidatedSigningEndpoint,
  listConsolidatedSignaturesEndpoint,
  startUnitReportSigningEndpoint,
  listUnitReportSignaturesEndpoint,
  exportDecisionEdxmlEndpoint,
  exportInvitationEdxmlEndpoint,
  exportUnitReportEdxmlEndpoint,
  fetchSigningDocumentEndpoint,
  uploadSignedDocumentEndpoint,
];

/**
 * The signing routes; the upload link also takes the signed PDF as a raw application/pdf body (what
 * signing programs post), read whole within the deployment's upload limit.
 */
export const signingRoutes = (ctx: AppContext) => async (app: FastifyInstance) => {
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: ctx.config.maxUploadBytes },
    (_request, body, done) => done(null, body),
  );
  registerEndpoints(app, ctx, signingEndpoints);
};
