import type { Permission } from '@tongket/domain';
import { hasPermission } from '@tongket/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import { forbidden, problem, unauthenticated } from './problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SIGNING_UPLOAD = /^\/api\/v1\/signing\/[A-Za-z0-9_-]+\/signed(\?|$)/;

/** Guards state changes against cross-site forgery; the auth module then resolves the session. */
export function registerGuards(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // A signing program posts the signed PDF to its one-time link from the signer's computer, with
    // no Origin: the link's token is the only key (no cookie is read), so there is nothing to forge.
    if (SIGNING_UPLOAD.test(request.url)) return;
    if (!SAFE_METHODS.has(request.method)) checkOrigin(request, ctx.config.allowedOrigins);
  });
}

function checkOrigin(request: FastifyRequest, allowed: string[]) {
  const origin = request.headers.origin || refererOrigin(request.headers.referer);
  const own = `${request.protocol}://${request.host}`;
  if (!origin || (origin !== own && !allowed.includes(origin))) {
    throw problem('origin_rejected');
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function authorize(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!hasPermission(actor.role, permission)) throw forbidden();
  return actor;
}
