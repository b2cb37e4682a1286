import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppContext, perServer } from '../../context.ts';
import type { BusEvent, CampaignEvent } from '../../kernel/event-bus.ts';

const HEARTBEAT_MS = 25_000;

/** The streams open on each app: its shutdown ends them, so closing does not wait on them. */
const openStreamsOf = perServer(() => new Set<() => void>());

/** Ends every stream open on the app (when the server shuts down). */
export function endEventStreams(ctx: AppContext) {
  for (const end of openStreamsOf(ctx)) end();
}

/**
 * The event as a page reads it: without who made an assignment's change (a user id the server
 * keeps for itself, assignments/progress-reads.ts).
 */
export function pageEvent(event: BusEvent): CampaignEvent {
  if (event.type !== 'assignment.changed') return event;
  const { actorId: _, ...shown } = event;
  return shown;
}

/**
 * Sends a round's events as server-sent events, those `visible` lets through, until the page goes
 * away or the server shuts down; a comment every 25 seconds keeps proxies from closing it.
 */
export function streamCampaignEvents(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  campaignId: string,
  visible: (event: CampaignEvent) => boolean,
): FastifyReply {
  const open = openStreamsOf(ctx);

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  res.write(`retry: 3000\n: ${campaignId}\n\n`);
  const unsubscribe = ctx.events.subscribe(campaignId, (event) => {
    if (!visible(event)) return;
    const name = event.type === 'conference.changed' ? 'conference' : 'assignment';
    res.write(`event: ${name}\ndata: ${JSON.stringify(pageEvent(event))}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (!open.delete(end)) return;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  open.add(end);
  request.raw.on('close', end);
  res.on('close', end);
  // The client went away while the round was being read: its 'close' has passed, end now.
  if (res.destroyed || request.raw.socket.destroyed) end();
  return reply;
}
