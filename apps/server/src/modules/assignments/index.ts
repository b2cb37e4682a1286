/** What the assignments module offers the rest of the server; nothing else in it is imported from outside. */
export {
  type AssignmentContext,
  assertOwner,
  readableAssignment,
  writableAssignment,
} from './assignment-access.ts';
export {
  assignmentKinds,
  parseContent,
  roundReportSubmissions,
  selectDraft,
  speechAssignmentRows,
  submissionContents,
} from './assignment-store.ts';
export { addAttachment, releasedReportFile } from './attachment-records.ts';
export { computeProgress, roundsProgress } from './compute-progress.ts';
export { type CreatedAssignment, createAssignments } from './create-assignments.ts';
export { runDueReminders } from './reminders.ts';
export { reviewAssignment } from './review-assignment.ts';
export { assignmentWork, roundProgressCounts, type WorkGroup } from './round-work.ts';
export { assignmentsRoutes } from './routes.ts';
export { sanitizeReportHtml } from './sanitize-report-html.ts';
export { assertEditable, assertOpen, saveDraft, writeDraft } from './save-draft.ts';
export { submitAssignment } from './submit-assignment.ts';
export {
  releaseUnitReportIn,
  type UnitReportPrint,
  unitReportPdfToSign,
  unitReportToSign,
} from './unit-report-release.ts';
export { unitOpenTasks } from './unit-tasks.ts';
export { importWordReport } from './word-import/import-word-report.ts';
export { readWordReport } from './word-import/read-word-report.ts';
