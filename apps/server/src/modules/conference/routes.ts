import type { AppContext } from '../../context.ts';
import { endpointsPlugin } from '../../http/endpoint.ts';
import { answerRsvpEndpoint } from './endpoints/answer-rsvp.ts';
import { checkInByCodeEndpoint } from './endpoints/check-in-by-code.ts';
import { checkInDelegateEndpoint } from './endpoints/check-in-delegate.ts';
import { createDelegateEndpoint } from './endpoints/create-delegate.ts';
import { deleteDelegateEndpoint } from './endpoints/delete-delegate.ts';
import { getAgendaDocumentEndpoints } from './endpoints/get-agenda-document.ts';
import { getAttendanceEndpoint } from './endpoints/get-attendance.ts';
import { getBudgetEndpoint } from './endpoints/get-budget.ts';
import { getBudgetWorkbookEndpoint } from './endpoints/get-budget-workbook.ts';
import { getConferenceEndpoint } from './endpoints/get-conference.ts';
import { getConferenceCalendarEndpoint } from './endpoints/get-conference-calendar.ts';
import { getDelegatesWorkbookEndpoint } from './endpoints/get-delegates-workbook.ts';
import { getDistributionEndpoint } from './endpoints/get-distribution.ts';
import { getInvitationDocumentEndpoints } from './endpoints/get-invitation-document.ts';
import { getRsvpEndpoint } from './endpoints/get-rsvp.ts';
import { getRsvpCalendarEndpoint } from './endpoints/get-rsvp-calendar.ts';
import { getRsvpInvitationEndpoint } from './endpoints/get-rsvp-invitation.ts';
import { getRsvpSignedInvitationEndpoint } from './endpoints/get-rsvp-signed-invitation.ts';
import { importDelegatesEndpoint } from './endpoints/import-delegates.ts';
import { listDelegatesEndpoint } from './endpoints/list-delegates.ts';
import { markDistributionReceiptEndpoints } from './endpoints/mark-distribution-receipt.ts';
import { saveBudgetEndpoint } from './endpoints/save-budget.ts';
import { saveConferenceEndpoint } from './endpoints/save-conference.ts';
import { sendInvitationsEndpoint } from './endpoints/send-invitations.ts';
import { setCurrentItemEndpoint } from './endpoints/set-current-item.ts';
import { undoCheckInEndpoint } from './endpoints/undo-check-in.ts';
import { updateDelegateEndpoint } from './endpoints/update-delegate.ts';

/** The conference's endpoints (and the plan's distribution, and the public RSVP), one file each under endpoints/. */
export const conferenceEndpoints = [
  getConferenceEndpoint,
  saveConferenceEndpoint,
  setCurrentItemEndpoint,
  listDelegatesEndpoint,
  createDelegateEndpoint,
  importDelegatesEndpoint,
  getDelegatesWorkbookEndpoint,
  updateDelegateEndpoint,
  deleteDelegateEndpoint,
  sendInvitationsEndpoint,
  checkInByCodeEndpoint,
  checkInDelegateEndpoint,
  undoCheckInEndpoint,
  getAttendanceEndpoint,
  getConferenceCalendarEndpoint,
  getBudgetEndpoint,
  saveBudgetEndpoint,
  getBudgetWorkbookEndpoint,
  ...getInvitationDocumentEndpoints,
  ...getAgendaDocumentEndpoints,
  getDistributionEndpoint,
  ...markDistributionReceiptEndpoints,
  getRsvpEndpoint,
  answerRsvpEndpoint,
  getRsvpInvitationEndpoint,
  getRsvpSignedInvitationEndpoint,
  getRsvpCalendarEndpoint,
];

export const conferenceRoutes = (ctx: AppContext) => endpointsPlugin(ctx, conferenceEndpoints);
