/** What the commendation module offers the rest of the server; nothing else in it is imported from outside. */
export { decisionPdfToSign } from './decision-documents.ts';
export {
  assertDecisionComplete,
  assertReviewer,
  createDecision,
  type DecisionIssueInput,
  issueDecision,
  issueDecisionIn,
} from './decisions.ts';
export { awardTypeNames, readableDecision } from './nomination-access.ts';
export { nominationsToForward, unitDraftNominations } from './nomination-work.ts';
export { reviewNomination } from './review-nomination.ts';
export { commendationRoutes } from './routes.ts';
export { createNomination } from './save-nomination.ts';
export { awardStatistics } from './statistics.ts';
export { submitNomination } from './submit-nomination.ts';
