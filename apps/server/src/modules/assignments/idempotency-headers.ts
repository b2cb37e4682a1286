import type { Endpoint } from '@tongket/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { idempotencyHeaders, requiredIdempotencyHeaders } from '../../http/idempotency.ts';

/**
 * The endpoints of this module that take an Idempotency-Key: sending a report (a retry of the same
 * send gets the first answer) and the đôn đốc click (required: a double click must not remind twice).
 * The contract declares no headers, and http/endpoint.ts registers none, so the module adds them.
 */
const IDEMPOTENCY_HEADERS = {
  'POST /assignments/:id/submit': idempotencyHeaders,
  'POST /campaigns/:id/remind': requiredIdempotencyHeaders,
} satisfies Partial<Record<Endpoint, z.ZodObject>>;

type IdempotentEndpoint = keyof typeof IDEMPOTENCY_HEADERS;

/**
 * Gives the routes registered after it on `app` their header schema: the key is validated (a short
 * one answers 400 in the caller's language) and the OpenAPI document shows it.
 */
export function addIdempotencyHeaders(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const headers = IDEMPOTENCY_HEADERS[`${route.method} ${route.routePath}` as IdempotentEndpoint];
    if (headers) route.schema = { ...route.schema, headers };
  });
}

/** The Idempotency-Key of a request to one of those endpoints, as its header schema has checked it. */
export function idempotencyKeyOf<E extends IdempotentEndpoint>(
  endpoint: E,
  request: FastifyRequest,
): z.output<(typeof IDEMPOTENCY_HEADERS)[E]>['idempotency-key'] {
  return IDEMPOTENCY_HEADERS[endpoint].parse(request.headers)['idempotency-key'];
}
