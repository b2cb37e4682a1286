import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { AssignmentEvent, ConferenceEvent } from '@tongket/domain';
import pg from 'pg';

/** The events are declared with the HTTP contract, which the web client reads them from. */
export type { AssignmentEvent, CampaignEvent, ConferenceEvent } from '@tongket/domain';

/**
 * An assignment's change as the server passes it on: with who made it (`actorId`, their user id),
 * so that whoever changed something is served an answer that has it (assignments/progress-reads.ts).
 * Pages are never sent it: the event stream leaves it out (events/event-streams.ts).
 */
export interface AssignmentChange extends AssignmentEvent {
  actorId: string;
}

/** What goes through the bus: an assignment's change (with its author) or the conference's. */
export type BusEvent = AssignmentChange | ConferenceEvent;

export interface EventBus {
  /** Call after the change has committed. */
  publish(event: BusEvent): void;
  subscribe(campaignId: string, listener: (event: BusEvent) => void): () => void;
  /** Every round's events, for what follows them all (one listener, not one per round). */
  subscribeAll(listener: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
}

/** The emitter's name for "every round": no round id is a symbol. */
const EVERY_ROUND = Symbol('every round');

const CHANNEL = 'tongket_events';

/** One instance (SQLite): events go straight to this process's listeners. */
export function localEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(event) {
      emitter.emit(EVERY_ROUND, event);
      emitter.emit(event.campaignId, event);
    },
    subscribe(campaignId, listener) {
      emitter.on(campaignId, listener);
      return () => emitter.off(campaignId, listener);
    },
    subscribeAll(listener) {
      emitter.on(EVERY_ROUND, listener);
      return () => emitter.off(EVERY_ROUND, listener);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Several instances on one PostgreSQL: an event goes to this instance's own subscribers at once,
 * and to the other instances with NOTIFY: each hears it on its LISTEN connection and hands it to
 * its subscribers; an instance skips the echo of its own events (each payload names the instance
 * that sent it). So a page served by the instance that took a change hears of it without a round
 * trip through the database, and a progress answer shared during a burst counts the change as
 * soon as it is committed (assignments/progress-reads.ts). The payload is the event as published,
 * its author's id included (a NOTIFY payload holds 8,000 bytes; an event takes ~250). A lost
 * connection is reopened; pages
 * also refetch on reconnect, so a gap only delays an update.
 */
export function postgresEventBus(
  databaseUrl: string,
  log?: { warn(obj: object, msg: string): void },
): EventBus {
  const local = localEventBus();
  const origin = randomUUID();
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let listener: pg.Client | undefined;
  let closed = false;

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { origin: from, ...event } = JSON.parse(message.payload) as BusEvent & { origin?: string };
        if (from !== origin) local.publish(event as BusEvent);
      } catch {
        // A payload that is not ours: ignore it.
      }
    });
    client.on('error', (err) => {
      log?.warn({ err }, 'event listener connection lost; reconnecting');
      listener = undefined;
      void client.end().catch(() => {});
      setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  const ready = connect().catch((err) => log?.warn({ err }, 'event listener could not connect'));

  // Events published in the same turn of the event loop (a burst of submissions on the deadline
  // morning) go out in one statement, in the order published: one round trip, not one each.
  let queued: string[] = [];
  const flush = () => {
    const payloads = queued;
    queued = [];
    if (payloads.length === 0) return; // already sent by close()
    void ready
      .then(() =>
        payloads.length === 1
          ? publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, payloads[0]])
          : publisher.query(
              'SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n',
              [CHANNEL, payloads],
            ),
      )
      .catch((err) => log?.warn({ err, events: payloads.length }, 'events not published'));
  };

  return {
    publish(event) {
      if (queued.length === 0) setImmediate(flush);
      queued.push(JSON.stringify({ ...event, origin }));
      local.publish(event);
    },
    subscribe: local.subscribe,
    subscribeAll: local.subscribeAll,
    async close() {
      closed = true;
      if (queued.length > 0) flush();
      await ready;
      await listener?.end().catch(() => {});
      await publisher.end().catch(() => {});
      await local.close();
    },
  };
}
