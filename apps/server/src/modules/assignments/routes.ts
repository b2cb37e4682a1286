import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { addAttachmentEndpoint } from './endpoints/add-attachment.ts';
import { downloadAttachmentEndpoint } from './endpoints/download-attachment.ts';
import { downloadProgressEndpoint } from './endpoints/download-progress.ts';
import { downloadReportDocumentEndpoints } from './endpoints/download-report-document.ts';
import { extendDeadlineEndpoint } from './endpoints/extend-deadline.ts';
import { getAssignmentEndpoint } from './endpoints/get-assignment.ts';
import { getProgressEndpoint } from './endpoints/get-progress.ts';
import { getSubmissionEndpoint } from './endpoints/get-submission.ts';
import { importWordReportEndpoint } from './endpoints/import-word-report.ts';
import { listCampaignAssignmentsEndpoint } from './endpoints/list-campaign-assignments.ts';
import { listMyAssignmentsEndpoint } from './endpoints/list-my-assignments.ts';
import { remindLateUnitsEndpoint } from './endpoints/remind-late-units.ts';
import { removeAttachmentEndpoint } from './endpoints/remove-attachment.ts';
import { reviewAssignmentEndpoint } from './endpoints/review-assignment.ts';
import { saveDraftEndpoint } from './endpoints/save-draft.ts';
import { submitAssignmentEndpoint } from './endpoints/submit-assignment.ts';
import { withdrawSubmissionEndpoint } from './endpoints/withdraw-submission.ts';
import { progressReadsOf } from './progress-reads.ts';

/** The assignments' and reports' endpoints, one file each under endpoints/. */
export const assignmentsEndpoints = [
  listCampaignAssignmentsEndpoint,
  listMyAssignmentsEndpoint,
  getAssignmentEndpoint,
  extendDeadlineEndpoint,
  saveDraftEndpoint,
  importWordReportEndpoint,
  addAttachmentEndpoint,
  downloadAttachmentEndpoint,
  removeAttachmentEndpoint,
  submitAssignmentEndpoint,
  withdrawSubmissionEndpoint,
  getSubmissionEndpoint,
  ...downloadReportDocumentEndpoints,
  reviewAssignmentEndpoint,
  getProgressEndpoint,
  downloadProgressEndpoint,
  remindLateUnitsEndpoint,
];

export const assignmentsRoutes = (ctx: AppContext) => {
  // Every round's changes are counted from the start: a burst before the first read is one.
  progressReadsOf(ctx);
  return endpointsPlugin(ctx, assignmentsEndpoints);
};
