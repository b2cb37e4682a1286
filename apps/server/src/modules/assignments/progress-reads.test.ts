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
  const change = (n = 1) => {
    for (let i = 0; i < n; i++) {
      events.publish({
        type: 'assignment.changed',
        campaignId: 'r1',
        assignmentId: `a${i}`,
        unitId: 'u',
        status: 'submitted',
        at: '',
      });
    }
  };
  let wrote = -1;
  const read = (view = 'v', tree = treeA) =>
    reads
      .read('r1', view, tree, (since) => wrote >= since, compute)
      .then(({ answer, behind }) => ({
        progress: JSON.parse(answer.json(behind)) as Progress & { totals: { computed: number } },
        behind,
        answer,
      }));
  return {
    read,
    change,
    computed: () => computed,
    advance: (ms: number) => {
      now += ms;
    },
    write: () => {
      wrote = now;
    },
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
    // A round's changes are followed from its first read on.
    await s.read();
    s.advance(1_000);
    s.change(5);
    const first = await s.read();
    expect(first.behind).toBe(false);
    expect(s.computed()).toBe(2);
    s.advance(300);
    s.change(3);
    const second = await s.read();
    expect(s.computed()).toBe(2);
    expect(second.behind).toBe(true);
    expect(second.progress.behind).toBe(true);
    expect(second.progress.asOf).toBe(first.progress.asOf);
    // Another view (a filter, another reader's scope) has its own answer.
    await s.read('other');
    expect(s.computed()).toBe(3);
    // A second after it was computed, the answer is computed again.
    s.advance(700);
    s.change(2);
    const third = await s.read();
    expect(s.computed()).toBe(4);
    expect(third.behind).toBe(false);
    expect(third.progress).not.toHaveProperty('behind');
  });

  it('is computed again for whoever changed something since, and when the unit tree changed', async () => {
    const s = setup();
    await s.read();
    s.change(5);
    await s.read();
    expect(s.computed()).toBe(1);
    s.advance(10);
    s.write();
    s.change(1);
    await s.read();
    expect(s.computed()).toBe(2);
    s.advance(10);
    s.change(1);
    await s.read('v', treeB);
    expect(s.computed()).toBe(3);
  });

  it('counts only the changes of the last window as a burst', async () => {
    const s = setup();
    await s.read();
    s.change(5);
    s.advance(1_001);
    await s.read();
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
