import { type ApiContract, apiContract, type Endpoint, type EndpointSpec, idParam } from '@tongket/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';

/*
 * One endpoint, one file: each route is declared as `defineEndpoint('PATCH /users/:id', …)` with
 * the contract's key (packages/domain/src/contract.ts). Its path, parameters, query, body, answer
 * and success status come from the contract, so the server serves exactly what the web is typed
 * from; the definition adds only what the OpenAPI document says about it (tags, summary) and the
 * handler: load and authorise, call the operation, answer. A module's `routes.ts` is the list of
 * its endpoints, registered by `endpointsPlugin`.
 */

type Spec<E extends Endpoint> = ApiContract[E];
type PathOf<E extends string> = E extends `${string} ${infer P}` ? P : never;
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The parsed path parameters: the contract's `params` schema, or ids. */
export type ParamsOf<E extends Endpoint> =
  Spec<E> extends { params: infer P extends z.ZodType }
    ? z.output<P>
    : { [K in ParamNames<PathOf<E>>]: string };
/** The parsed query string (an empty object when the endpoint reads none). */
export type QueryOf<E extends Endpoint> =
  Spec<E> extends { query: infer Q extends z.ZodType } ? z.output<Q> : Record<string, never>;
/** The parsed JSON body (undefined when the endpoint takes none). */
export type BodyOf<E extends Endpoint> =
  Spec<E> extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;
/**
 * What the handler returns: the JSON answer (serialised through the contract's schema), nothing
 * for a 204, or the reply itself when it has sent a file or a stream.
 */
export type ResultOf<E extends Endpoint> =
  Spec<E> extends { response: infer R extends z.ZodType }
    ? z.input<R> | FastifyReply
    : Spec<E> extends { file: true } | { stream: true }
      ? FastifyReply
      : // biome-ignore lint/suspicious/noConfusingVoidType: a handler answering 204 returns nothing
        void | FastifyReply;

/** The parsed headers the endpoint declares (an Idempotency-Key), beside the others. */
export type HeadersOf<E extends Endpoint> =
  Spec<E> extends { headers: infer H extends z.ZodType }
    ? FastifyRequest['headers'] & z.output<H>
    : FastifyRequest['headers'];

export type EndpointRequest<E extends Endpoint> = Omit<FastifyRequest, 'headers'> & {
  headers: HeadersOf<E>;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
};

export type EndpointHandler<E extends Endpoint> = (
  ctx: AppContext,
  request: EndpointRequest<E>,
  reply: FastifyReply,
) => Promise<ResultOf<E>>;

export interface EndpointDocs {
  /** The OpenAPI tags (the module's name). */
  tags: string[];
  /** What the endpoint does, in the users' language (the API documentation shows it). */
  summary?: string;
  /**
   * Runs as the request arrives, before its body is read, parsed or validated: a rate limit on a
   * public endpoint, so that a refused request costs no upload and no parsing.
   */
  onRequest?: (ctx: AppContext, request: FastifyRequest) => Promise<void>;
}

export interface EndpointDefinition<E extends Endpoint = Endpoint> {
  endpoint: E;
  docs: EndpointDocs;
  // A method, so that a list holds endpoints of every kind.
  handle(ctx: AppContext, request: EndpointRequest<E>, reply: FastifyReply): Promise<ResultOf<E>>;
}

export function defineEndpoint<E extends Endpoint>(
  endpoint: E,
  docs: EndpointDocs,
  handle: EndpointHandler<E>,
): EndpointDefinition<E> {
  if (!(endpoint in apiContract)) throw new Error(`${endpoint} is not in the contract`);
  return { endpoint, docs, handle };
}

/** The path's parameters as ids, unless the contract declares them. */
function paramsSchema(path: string, spec: EndpointSpec): z.ZodObject | undefined {
  if (spec.params) return spec.params;
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  if (names.length === 0) return undefined;
  return z.strictObject(Object.fromEntries(names.map((name) => [name, idParam])));
}

/** The route options the contract's entry gives: method, path and the schemas the OpenAPI shows. */
export function routeOf(endpoint: Endpoint) {
  const spec: EndpointSpec = apiContract[endpoint];
  const space = endpoint.indexOf(' ');
  const method = endpoint.slice(0, space) as HTTPMethods;
  const url = endpoint.slice(space + 1);
  const params = paramsSchema(url, spec);
  const status = spec.status ?? 200;
  return {
    method,
    url,
    status,
    schema: {
      ...(params ? { params } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
      // The OpenAPI document marks a public endpoint as needing no session cookie.
      ...(spec.public ? { security: [] } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.form ? { consumes: ['multipart/form-data'] } : {}),
      ...(spec.response ? { response: { [status]: spec.response } } : {}),
    },
  };
}

/** Registers the endpoints on the app, each from its contract entry. */
export function registerEndpoints(
  app: FastifyInstance,
  ctx: AppContext,
  endpoints: readonly EndpointDefinition[],
) {
  for (const definition of endpoints) {
    const { method, url, status, schema } = routeOf(definition.endpoint);
    const answersJson = 'response' in apiContract[definition.endpoint];
    const { onRequest } = definition.docs;
    app.route({
      method,
      url,
      schema: {
        ...schema,
        tags: definition.docs.tags,
        ...(definition.docs.summary ? { summary: definition.docs.summary } : {}),
      },
      ...(onRequest ? { onRequest: (request: FastifyRequest) => onRequest(ctx, request) } : {}),
      handler: async (request, reply) => {
        const result = await definition.handle(ctx, request as EndpointRequest<Endpoint>, reply);
        // A handler that sent the answer itself (a file, a stream) returns the reply, and a reply is a
        // thenable: awaiting it waits for the answer to end and gives undefined, also when the client
        // went away mid-answer. Sending again would log "Reply was already sent".
        if ((result as unknown) === reply || reply.sent || reply.raw.headersSent) return reply;
        if (!answersJson) return reply.code(204).send();
        reply.code(status);
        return result;
      },
    });
  }
}

/** A module's endpoints as a Fastify plugin, for the composition root to register under /api/v1. */
export function endpointsPlugin(ctx: AppContext, endpoints: readonly EndpointDefinition[]) {
  return async (app: FastifyInstance) => registerEndpoints(app, ctx, endpoints);
}
