/** What the conference module offers the rest of the server; nothing else in it is imported from outside. */
export { saveBudget } from './budget.ts';
export { checkInById } from './check-in.ts';
export type { ConferenceAccess } from './conference-access.ts';
export {
  authorizeConferenceChange,
  authorizeConferenceRead,
  canManageConference,
} from './conference-access.ts';
export { ensureConference, selectConference, selectDelegates } from './conference-store.ts';
export {
  conferenceToSign,
  invitationRelease,
  invitationToSign,
  issueInvitationIn,
  releasedInvitationPdf,
} from './invitation-release.ts';
export { unansweredInvitations, unitUnansweredInvitations } from './invitation-work.ts';
export { answerRsvp } from './respond-rsvp.ts';
export { conferenceRoutes } from './routes.ts';
export { saveConference } from './save-conference.ts';
export { type DelegateInput, insertDelegates } from './save-delegate.ts';
export { sendInvitations } from './send-invitations.ts';
export { speechAssignments } from './speech-candidates.ts';
