import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { Kysely } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/schema.ts';
import type { CampaignEvent, EventBus } from '../../kernel/event-bus.ts';
import { MAX_MAIL_ATTEMPTS } from '../../kernel/mailer.ts';

/**
 * What an instance reports to Prometheus: requests by route (count and duration), submissions and
 * reviews it took, reminders and mails it sent, the outbox backlog (read from the database when
 * scraped, so it is the same on every instance), and Node's own figures (heap, event-loop lag, GC).
 */
export interface Metrics {
  registry: Registry;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  remindersSent: Counter;
  mailsSent: Counter;
  /** The event bus, counting the submissions and reviews that pass through it. */
  counting(events: EventBus): EventBus;
}

export function createMetrics(db: Kysely<Database>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'tongket_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, with their duration.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const submissions = new Counter({
    name: 'tongket_submissions_total',
    help: 'Reports, speeches and other products submitted through this instance.',
    registers: [registry],
  });
  const reviews = new Counter({
    name: 'tongket_reviews_total',
    help: 'Submissions accepted or returned through this instance.',
    labelNames: ['decision'] as const,
    registers: [registry],
  });
  const remindersSent = new Counter({
    name: 'tongket_reminders_sent_total',
    help: 'Deadline reminders queued by this instance’s reminder check.',
    registers: [registry],
  });
  const mailsSent = new Counter({
    name: 'tongket_mails_sent_total',
    help: 'Outbox messages this instance handed to the mail server.',
    registers: [registry],
  });
  new Gauge({
    name: 'tongket_outbox_backlog',
    help: 'Outbox messages with an address not yet sent: waiting (still to be tried) or failed (tries used up).',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const rows = await db
        .selectFrom('outbox')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('count'),
          eb
            .case()
            .when('attempts', '>=', MAX_MAIL_ATTEMPTS)
            .then('failed')
            .else('waiting')
            .end()
            .as('state'),
        ])
        .where('sent_at', 'is', null)
        .where('to_address', 'is not', null)
        .groupBy('state')
        .execute();
      this.reset();
      this.set({ state: 'waiting' }, 0);
      this.set({ state: 'failed' }, 0);
      for (const row of rows) this.set({ state: String(row.state) }, Number(row.count));
    },
  });
  const count = (event: CampaignEvent) => {
    // A new deadline leaves the status as it was: neither a submission nor a review.
    if (event.type !== 'assignment.changed' || event.deadline !== undefined) return;
    if (event.status === 'submitted') submissions.inc();
    else if (event.status === 'accepted' || event.status === 'returned')
      reviews.inc({ decision: event.status });
  };
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      requests.observe({ method, route, status: String(status) }, seconds);
    },
    remindersSent,
    mailsSent,
    counting(events) {
      return {
        publish(event) {
          count(event);
          events.publish(event);
        },
        subscribe: (campaignId, listener) => events.subscribe(campaignId, listener),
        subscribeAll: (listener) => events.subscribeAll(listener),
        close: () => events.close(),
      };
    },
  };
}

/**
 * Who may read `/metrics`: addresses and networks as `METRICS_ALLOW` lists them ("127.0.0.1, ::1,
 * 10.0.0.0/8"). An entry that is not an address or a network is refused at start-up.
 */
export function metricsAllowList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    const bits = prefix === undefined ? null : Number(prefix);
    if (
      !type ||
      (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > (type === 'ipv4' ? 32 : 128)))
    )
      throw new Error(`METRICS_ALLOW: "${entry}" không phải địa chỉ IP hay dải mạng (ví dụ 10.0.0.0/8).`);
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/** Whether an address (as Fastify reports it, IPv4-mapped IPv6 included) is on the list. */
export function isAllowed(list: BlockList, ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? (mapped[1] as string) : ip;
  if (isIPv4(address)) return list.check(address, 'ipv4');
  if (isIPv6(address)) return list.check(address, 'ipv6');
  return false;
}
