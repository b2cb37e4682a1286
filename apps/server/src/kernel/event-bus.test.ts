import { describe, expect, it } from 'vitest';
import { type BusEvent, postgresEventBus } from './event-bus.ts';

const url = process.env.TEST_DATABASE_URL;

/**
 * A burst of events published in one turn goes out in one statement; every one arrives, in order,
 * with its author.
 */
describe.skipIf(!url)('the PostgreSQL event bus', () => {
  it('delivers a burst published in one turn to every instance, each event once and in the order published', async () => {
    // Two instances: `sender` takes the changes, `bus` hears them through the database.
    const sender = postgresEventBus(url as string);
    const bus = postgresEventBus(url as string);
    const campaignId = `dot-${crypto.randomUUID()}`;
    const heard: BusEvent[] = [];
    const own: BusEvent[] = [];
    const unsubscribe = bus.subscribe(campaignId, (event) => heard.push(event));
    const unsubscribeOwn = sender.subscribe(campaignId, (event) => own.push(event));
    try {
      const sent: BusEvent[] = Array.from({ length: 40 }, (_, i) => ({
        type: 'assignment.changed',
        campaignId,
        assignmentId: `a-${i}`,
        unitId: `u-${i}`,
        status: 'submitted',
        // Who made the change crosses to the other instances with it.
        actorId: crypto.randomUUID(),
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      }));
      // The listener's LISTEN may still be on its way: send a first event until it is heard.
      const probe = { ...sent[0], assignmentId: 'probe' } as BusEvent;
      const until = Date.now() + 20_000;
      while (!heard.some((e) => e.type === 'assignment.changed' && e.assignmentId === 'probe')) {
        if (Date.now() > until) throw new Error('the listener never heard the probe');
        sender.publish(probe);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // A probe sent again while the first was on its way may still arrive: it is not part of the burst.
      const burst = () => heard.filter((e) => e.type !== 'assignment.changed' || e.assignmentId !== 'probe');
      heard.length = 0;
      // The sender's own subscribers hear each event as it is published, not again on its echo.
      await new Promise((resolve) => setTimeout(resolve, 300));
      own.length = 0;
      for (const event of sent) sender.publish(event);
      expect(own).toEqual(sent);
      sender.publish({ ...sent[0], campaignId: `${campaignId}-other` } as BusEvent);
      const deadline = Date.now() + 20_000;
      while (burst().length < sent.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(burst()).toEqual(sent);
      // Had the sender taken its own echo, it would have come with the other instance's copy.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(own).toEqual(sent);
    } finally {
      unsubscribe();
      unsubscribeOwn();
      await bus.close();
      await sender.close();
    }
  });
});
