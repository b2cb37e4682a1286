import fastifySwagger from '@fastify/swagger';
import { apiContract, type EndpointSpec } from '@tongket/domain';
import Fastify, { type HTTPMethods } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUploadBodies } from '../src/lib/uploads/openapi-uploads.ts';
import { createTestServer, type TestServer } from './harness.ts';

/**
 * The web client is typed from the contract in packages/domain/src/contract.ts, so every endpoint
 * it declares must be what the server registers: the same method and path, and the same query,
 * body and answer schemas. Both are compared as the OpenAPI document states them: the contract's
 * schemas are put through the server's own OpenAPI transform, on routes of a bare Fastify app, and
 * each operation is matched against the server's document. A route changed on the server without
 * the contract (or the other way round) fails here; fix the contract's entry or the route.
 */

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked structurally
type Doc = any;

const PREFIX = '/api/v1';
const entries = Object.entries(apiContract) as [string, EndpointSpec][];

function split(endpoint: string) {
  const [method = '', path = ''] = endpoint.split(' ');
  return { method, path, openapiPath: `${PREFIX}${path.replace(/:(\w+)/g, '{$1}')}` };
}

/** The contract as an OpenAPI document, built the way the server builds its own. */
async function contractDocument(): Promise<Doc> {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0', info: { title: 'contract', version: '1' } },
    transform: withUploadBodies,
  });
  await app.register(
    async (api) => {
      for (const [endpoint, spec] of entries) {
        const { method, path } = split(endpoint);
        api.route({
          method: method as HTTPMethods,
          url: path,
          schema: {
            ...(spec.query ? { querystring: spec.query } : {}),
            ...(spec.body ? { body: spec.body } : {}),
            ...(spec.form ? { consumes: ['multipart/form-data'] } : {}),
            ...(spec.response ? { response: { 200: spec.response } } : {}),
          },
          handler: async () => ({}),
        });
      }
    },
    { prefix: PREFIX },
  );
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

const queryParameters = (operation: Doc) =>
  ((operation.parameters ?? []) as Doc[])
    .filter((p) => p.in === 'query')
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));

/** The JSON content of the operation's success answers, by status. */
const successContent = (operation: Doc) =>
  Object.entries((operation.responses ?? {}) as Record<string, Doc>)
    .filter(([status, answer]) => /^2/.test(status) && answer.content?.['application/json'])
    .map(([, answer]) => answer.content['application/json']);

describe('the web client contract', () => {
  let server: TestServer;
  let served: Doc;
  let declared: Doc;

  beforeAll(async () => {
    server = await createTestServer('sqlite', { demo: false });
    served = (await server.anon.get('/api/openapi.json')).json;
    declared = await contractDocument();
  });
  afterAll(() => server?.close());

  it('declares every route the server serves under /api/v1', () => {
    const servedEndpoints = Object.entries(served.paths as Record<string, Doc>)
      .filter(([openapiPath]) => openapiPath.startsWith(`${PREFIX}/`))
      .flatMap(([openapiPath, operations]) =>
        Object.keys(operations).map(
          (method) =>
            `${method.toUpperCase()} ${openapiPath.slice(PREFIX.length).replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      );
    const declaredEndpoints = new Set(entries.map(([endpoint]) => endpoint));
    expect(servedEndpoints.filter((endpoint) => !declaredEndpoints.has(endpoint))).toEqual([]);
    expect(servedEndpoints.length).toBe(entries.length);
  });

  it.each(entries.map(([endpoint]) => endpoint))('%s is what the server registers', (endpoint) => {
    const { method, openapiPath } = split(endpoint);
    const real = served.paths?.[openapiPath]?.[method.toLowerCase()];
    expect(real, `${endpoint}: the server has no such route`).toBeDefined();
    const mine = declared.paths[openapiPath][method.toLowerCase()];

    expect(mine.requestBody, `${endpoint}: request body`).toEqual(real.requestBody);
    expect(queryParameters(mine), `${endpoint}: query`).toEqual(queryParameters(real));
    const answers = successContent(real);
    if (
      apiContract[endpoint as keyof typeof apiContract] &&
      'response' in apiContract[endpoint as keyof typeof apiContract]
    ) {
      expect(answers, `${endpoint}: one JSON answer`).toHaveLength(1);
      expect(answers[0], `${endpoint}: answer`).toEqual(successContent(mine)[0]);
    } else {
      expect(answers, `${endpoint}: the server documents a JSON answer the contract lacks`).toEqual([]);
    }
  });
});
