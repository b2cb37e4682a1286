import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { registerEndpoints } from '../../http/endpoint.ts';
import { streamEventsEndpoint } from './endpoints/stream-events.ts';
import { endEventStreams } from './event-streams.ts';

/** The live updates' endpoint: a round's server-sent events. */
export const eventsEndpoints = [streamEventsEndpoint];

export const eventsRoutes = (ctx: AppContext) => async (app: FastifyInstance) => {
  // Open streams are ended when the server shuts down, so closing does not wait on them.
  app.addHook('preClose', async () => endEventStreams(ctx));
  registerEndpoints(app, ctx, eventsEndpoints);
};
