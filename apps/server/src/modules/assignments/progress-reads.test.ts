import { gunzipSync } from 'node:zlib';
import type { Progress } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { type EventBus, localEventBus, postgresEventBus } from '../../kernel/event-bus.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { ProgressReads } from './progress-reads.ts';

const treeA = {} as UnitTree;
const treeB = {} as UnitTree;

function setup() {
  const events = localEventBus();
  let now = 1_000;
  let computed = 0;
  const reads = new ProgressReads(events, {
    busyEvents: 5,
    windowMs: 1_000,
    maxAgeMs: 1_000,
    nowMs: () => now,
  });
  const compute = async (): Promise<Progress> => {
    computed += 1;
    return {
      campaignId: 'r1',
      asOf: `t${computed}`,
      totals: { computed } as unknown as Progress['totals'],
      units: [],
      subtrees: [],
      byKind: [],
      notCounted: [],
    };
  };
  /** `n` changes of round `round`, made by `actorId`. */
  const change = (n = 1, actorId = 'someone', round = 'r1') => {
    for (let i = 0; i < n; i++) {
      events.publish({
        type: 'assignment.changed',
        actorId,
        campaignId: round,
        assignmentId: `a${i}`,
        unitId: 'u',
        status: 'submitted',
        at: '',
      });
    }
  };
  const read = (view = 'v', tree = treeA, userId = 'reader', round = 'r1') =>
    reads.read(round, view, tree, userId, compute).then(({ answer, behind }) => ({
      progress: JSON.parse(answer.json(behind)) as Progress & { totals: { computed: number } },
      behind,
      answer,
    }));
  return {
    reads,
    read,
    change,
    computed: () => computed,
    advance: (ms: number) => {
      now += ms;
    },
    /** The reader changes something: the bus carries their id. */
    write: () => change(1, 'reader'),
  };
}

describe('a round’s progress while units submit', () => {
  it('is computed for every read of a quiet round', async () => {
    const s = setup();
    await s.read();
    await s.read();
    s.change(4);
    expect((await s.read()).behind).toBe(false);
    expect(s.computed()).toBe(3);
  });

  it('during a burst serves one answer to every reader for up to a second, marked behind once changes came in', async () => {
    const s = setup();
    s.change(5);
    const first = await s.read();
    expect(first.behind).toBe(false);
    expect(s.computed()).toBe(1);
    s.advance(300);
    s.change(3);
    const second = await s.read();
    expect(s.computed()).toBe(1);
    expect(second.behind).toBe(true);
    expect(second.progress.behind).toBe(true);
    expect(second.progress.asOf).toBe(first.progress.asOf);
    // Another view (a filter, another reader's scope) has its own answer.
    await s.read('other');
    expect(s.computed()).toBe(2);
    // A second after it was computed, the answer is computed again.
    s.advance(700);
    s.change(2);
    const third = await s.read();
    expect(s.computed()).toBe(3);
    expect(third.behind).toBe(false);
    expect(third.progress).not.toHaveProperty('behind');
  });

  it('is computed again for whoever changed something since, known from the change’s event, and when the unit tree changed', async () => {
    const s = setup();
    s.change(5);
    await s.read('v', treeA, 'leader');
    expect(s.computed()).toBe(1);
    s.advance(10);
    s.write();
    // Someone else is served the shared answer, marked behind; the writer gets one with their change.
    expect((await s.read('v', treeA, 'leader')).behind).toBe(true);
    expect(s.computed()).toBe(1);
    const own = await s.read('v', treeA, 'reader');
    expect(s.computed()).toBe(2);
    expect(own.behind).toBe(false);
    // Their fresh answer is the one shared from then on.
    expect((await s.read('v', treeA, 'leader')).progress.asOf).toBe(own.progress.asOf);
    expect(s.computed()).toBe(2);
    s.advance(10);
    s.change(1);
    await s.read('v', treeB);
    expect(s.computed()).toBe(3);
  });

  it('counts a burst that came before anyone read the round, and keeps rounds apart', async () => {
    const s = setup();
    s.change(5, 'someone', 'r2');
    s.change(5);
    await s.read();
    await s.read();
    expect(s.computed()).toBe(1);
    // Round r2's answer is its own, and r3, quiet, is computed every time.
    await s.read('v', treeA, 'reader', 'r2');
    expect(s.computed()).toBe(2);
    await s.read('v', treeA, 'reader', 'r3');
    await s.read('v', treeA, 'reader', 'r3');
    expect(s.computed()).toBe(4);
  });

  it('keeps no answer of a quiet round, and lets a busy round’s go once it is quiet or they are too old', async () => {
    const s = setup();
    await s.read();
    s.change(4);
    await s.read();
    expect(s.reads.heldAnswers()).toBe(0);
    s.change(1);
    await s.read();
    await s.read('other');
    expect(s.reads.heldAnswers()).toBe(2);
    // Quiet again: the next read lets them go, and keeps nothing of its own.
    s.advance(1_001);
    await s.read();
    expect(s.reads.heldAnswers()).toBe(0);
    // Without a read: the round's answers go once it is quiet.
    s.change(5);
    await s.read();
    expect(s.reads.heldAnswers()).toBe(1);
    s.reads.dropStale();
    expect(s.reads.heldAnswers()).toBe(1);
    s.advance(1_001);
    s.reads.dropStale();
    expect(s.reads.heldAnswers()).toBe(0);
    // Still busy, but too old to be served: gone as well.
    s.change(5);
    await s.read();
    s.advance(600);
    s.change(5);
    s.advance(500);
    s.reads.dropStale();
    expect(s.reads.heldAnswers()).toBe(0);
    s.reads.close();
  });

  it('counts only the changes of the last window as a burst', async () => {
    const s = setup();
    s.change(5);
    s.advance(1_001);
    await s.read();
    await s.read();
    expect(s.computed()).toBe(2);
    // Four in the window, the fifth long before: not a burst either.
    s.change(4);
    await s.read();
    expect(s.computed()).toBe(3);
  });

  it('forgets a round ten seconds after its last change, and counts a bounded number of rounds', async () => {
    const s = setup();
    for (let i = 0; i < 300; i++) s.change(1, 'someone', `r-${i}`);
    expect(s.reads.countedRounds()).toBe(256);
    s.advance(5_000);
    s.change(5);
    expect(s.reads.countedRounds()).toBe(256);
    // Ten seconds after their last change, the 255 rounds left of the 300 go with the next change.
    s.advance(5_000);
    s.change(1, 'someone', 'r2');
    expect(s.reads.countedRounds()).toBe(2);
  });

  it('compresses a large answer once, to the same JSON', async () => {
    const s = setup();
    const { answer } = await s.read();
    const big = Object.assign(Object.create(Object.getPrototypeOf(answer)), answer, {
      open: `{"pad":"${'x'.repeat(40_000)}"`,
      gzipped: [undefined, undefined],
    });
    const plain = big.body(true, false);
    expect(plain.gzip).toBe(false);
    const packed = big.body(true, true);
    expect(packed.gzip).toBe(true);
    expect(gunzipSync(packed.bytes as Buffer).toString()).toBe(plain.bytes);
    expect(big.body(true, true).bytes).toBe(packed.bytes);
    expect(JSON.parse(plain.bytes as string).behind).toBe(true);
  });
});

const url = process.env.TEST_DATABASE_URL;

/**
 * Two instances on one PostgreSQL: the changes taken by one reach the other's shared answers through
 * NOTIFY, with their author, so a writer whose next request lands on the other instance is known
 * there too once it has heard of the change.
 */
describe.skipIf(!url)('a round’s progress on PostgreSQL, changes taken by another instance', () => {
  it('counts the other instance’s burst and serves its writers a fresh answer', async () => {
    const sender = postgresEventBus(url as string);
    const bus = postgresEventBus(url as string);
    let now = 1_000;
    const reads = new ProgressReads(bus, {
      busyEvents: 5,
      windowMs: 60_000,
      maxAgeMs: 60_000,
      nowMs: () => now,
    });
    const round = `dot-${crypto.randomUUID()}`;
    let computed = 0;
    const compute = async (): Promise<Progress> => {
      computed += 1;
      return { campaignId: round, asOf: `t${computed}` } as unknown as Progress;
    };
    const heard: string[] = [];
    const unsubscribe = bus.subscribe(round, (event) => {
      if (event.type === 'assignment.changed') heard.push(event.actorId);
    });
    const publish = (events: EventBus, actorId: string, i: number) =>
      events.publish({
        type: 'assignment.changed',
        actorId,
        campaignId: round,
        assignmentId: `a-${i}`,
        unitId: 'u',
        status: 'submitted',
        at: '',
      });
    const waitHeard = async (count: number) => {
      const until = Date.now() + 20_000;
      while (heard.length < count) {
        if (Date.now() > until) throw new Error(`heard ${heard.length} of ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      // The listener's LISTEN may still be on its way: send until one is heard.
      let sent = 0;
      const until = Date.now() + 20_000;
      while (heard.length === 0) {
        if (Date.now() > until) throw new Error('the listener never heard the probe');
        publish(sender, 'probe', sent++);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = heard.length;
      for (let i = 0; i < 5; i++) publish(sender, 'unit-officer', sent++);
      await waitHeard(before + 5);
      expect(heard.slice(before)).toEqual(Array(5).fill('unit-officer'));
      // A burst nobody on this instance read: its first readers already share.
      await reads.read(round, 'v', treeA, 'leader', compute);
      await reads.read(round, 'v', treeA, 'leader', compute);
      expect(computed).toBe(1);
      now += 10;
      publish(sender, 'coordinator', sent++);
      await waitHeard(before + 6);
      expect((await reads.read(round, 'v', treeA, 'leader', compute)).behind).toBe(true);
      expect(computed).toBe(1);
      const own = await reads.read(round, 'v', treeA, 'coordinator', compute);
      expect(own.behind).toBe(false);
      expect(computed).toBe(2);
    } finally {
      unsubscribe();
      reads.close();
      await bus.close();
      await sender.close();
    }
  });
});
