import { publicLinkLimiter } from '../../http/public-link-limit.ts';

/** The RSVP endpoints' onRequest hook: 60 requests a minute per address (http/public-link-limit.ts). */
export const limitRsvp = publicLinkLimiter('rsvp_link');
