import { publicLinkLimiter } from '../http/public-link-limit.ts';

/**
 * The public signing links' onRequest hook: a signing program makes two requests a session (fetch the
 * PDF, send it back signed), so 60 a minute per address leaves a person room for many documents
 * while nobody can hammer the token lookups (http/public-link-limit.ts).
 */
export const limitSigningLink = publicLinkLimiter('signing_link');
