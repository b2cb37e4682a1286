import { gunzipSync } from 'node:zlib';
import type { Progress } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { localEventBus } from '../../kernel/event-bus.ts';
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
