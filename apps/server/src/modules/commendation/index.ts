/** What the commendation module offers the rest of the server; nothing else in it is imported from outside. */
export { createDecision, issueDecision } from './decisions.ts';
export { nominationsToForward, unitDraftNominations } from './nomination-work.ts';
export { reviewNomination } from './review-nomination.ts';
export { commendationRoutes } from './routes.ts';
export { createNomination } from './save-nomination.ts';
export { awardStatistics } from './statistics.ts';
export { submitNomination } from './submit-nomination.ts';
