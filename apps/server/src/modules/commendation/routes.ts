import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { attachNominationFileEndpoint } from './endpoints/attach-nomination-file.ts';
import { createAwardTypeEndpoint } from './endpoints/create-award-type.ts';
import { createDecisionEndpoint } from './endpoints/create-decision.ts';
import { createNominationEndpoint } from './endpoints/create-nomination.ts';
import { deleteNominationEndpoint } from './endpoints/delete-nomination.ts';
import { downloadDecisionDocumentEndpoint } from './endpoints/download-decision-document.ts';
import { downloadNominationFileEndpoint } from './endpoints/download-nomination-file.ts';
import { downloadNominationTemplateEndpoint } from './endpoints/download-nomination-template.ts';
import { getAwardStatisticsEndpoint } from './endpoints/get-award-statistics.ts';
import { getDecisionEndpoint } from './endpoints/get-decision.ts';
import { getNominationEndpoint } from './endpoints/get-nomination.ts';
import { importNominationsEndpoint } from './endpoints/import-nominations.ts';
import { issueDecisionEndpoint } from './endpoints/issue-decision.ts';
import { listAwardTypesEndpoint } from './endpoints/list-award-types.ts';
import { listDecisionsEndpoint } from './endpoints/list-decisions.ts';
import { listNominationsEndpoint } from './endpoints/list-nominations.ts';
import { listQuotasEndpoint } from './endpoints/list-quotas.ts';
import { removeNominationFileEndpoint } from './endpoints/remove-nomination-file.ts';
import {
  approveNominationEndpoint,
  forwardNominationEndpoint,
  rejectNominationEndpoint,
} from './endpoints/review-nomination.ts';
import { saveQuotasEndpoint } from './endpoints/save-quotas.ts';
import { submitNominationEndpoint } from './endpoints/submit-nomination.ts';
import { updateAwardTypeEndpoint } from './endpoints/update-award-type.ts';
import { updateDecisionEndpoint } from './endpoints/update-decision.ts';
import { updateNominationEndpoint } from './endpoints/update-nomination.ts';

/**
 * The commendation endpoints, one file each under endpoints/: the award catalogue (its module,
 * award-types, has no routes of its own), a round's quotas, nominations and their dossiers, award
 * decisions and the statistics.
 */
export const commendationEndpoints = [
  listAwardTypesEndpoint,
  createAwardTypeEndpoint,
  updateAwardTypeEndpoint,
  listQuotasEndpoint,
  saveQuotasEndpoint,
  listNominationsEndpoint,
  createNominationEndpoint,
  importNominationsEndpoint,
  downloadNominationTemplateEndpoint,
  getNominationEndpoint,
  updateNominationEndpoint,
  deleteNominationEndpoint,
  submitNominationEndpoint,
  forwardNominationEndpoint,
  approveNominationEndpoint,
  rejectNominationEndpoint,
  attachNominationFileEndpoint,
  removeNominationFileEndpoint,
  downloadNominationFileEndpoint,
  listDecisionsEndpoint,
  createDecisionEndpoint,
  getDecisionEndpoint,
  updateDecisionEndpoint,
  issueDecisionEndpoint,
  downloadDecisionDocumentEndpoint,
  getAwardStatisticsEndpoint,
];

export const commendationRoutes = (ctx: AppContext) => endpointsPlugin(ctx, commendationEndpoints);
