/** The conference's own pages: the hall screen and the door's check-in. */
export const conferencePath = (campaignId: string, page: 'presenter' | 'checkin') =>
  `/campaigns/${encodeURIComponent(campaignId)}/conference/${page}`;

/** Back to the round's "Hội nghị" tab, on one of its views. */
export const conferenceTabPath = (campaignId: string, view?: string) =>
  `/campaigns/${encodeURIComponent(campaignId)}?tab=conference${view ? `&view=${view}` : ''}`;

/** The RSVP link as a delegate opens it: the server gives the path, the app's origin completes it. */
export const rsvpLink = (path: string) => `${window.location.origin}${path}`;
