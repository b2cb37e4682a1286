import { describe, expect, it } from 'vitest';
import { createLoopTurns } from './loop-turns.ts';

/** Counts turns of the event loop: one step per check phase, for as long as it runs. */
function turnCounter() {
  let turn = 0;
  let running = true;
  const step = () => {
    turn += 1;
    if (running) setImmediate(step);
  };
  setImmediate(step);
  return {
    now: () => turn,
    stop: () => {
      running = false;
    },
  };
}

describe('createLoopTurns', () => {
  it('with no budget starts each waiting handler in a turn of its own, in the order they came', async () => {
    const nextTurn = createLoopTurns(0);
    const turns = turnCounter();
    const started: Array<{ id: number; turn: number }> = [];
    // Twenty requests that arrived together: their handlers all ask at once.
    await Promise.all(
      Array.from({ length: 20 }, async (_, id) => {
        await nextTurn();
        started.push({ id, turn: turns.now() });
      }),
    );
    turns.stop();
    expect(started.map((s) => s.id)).toEqual(Array.from({ length: 20 }, (_, id) => id));
    const distinct = new Set(started.map((s) => s.turn));
    expect(distinct.size).toBe(20);
  });

  it('lets timers and I/O run between two handlers once a turn has used its budget', async () => {
    const nextTurn = createLoopTurns(2);
    const events: string[] = [];
    const first = nextTurn().then(() => {
      events.push('first');
      // The timer is due before the second handler starts; a loop that ran both handlers in one
      // turn would reach it only after both.
      setTimeout(() => events.push('timer'), 0);
      const until = Date.now() + 5;
      while (Date.now() < until) {
        // the handler's synchronous work
      }
    });
    const second = nextTurn().then(() => events.push('second'));
    await Promise.all([first, second]);
    expect(events).toEqual(['first', 'timer', 'second']);
  });

  it('starts handlers in one turn while the turn lasts less than the budget', async () => {
    const nextTurn = createLoopTurns(50);
    const turns = turnCounter();
    const perTurn = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        await nextTurn();
        perTurn.set(turns.now(), (perTurn.get(turns.now()) ?? 0) + 1);
        const until = performance.now() + 4;
        while (performance.now() < until) {
          // 4 ms of a handler's synchronous work
        }
      }),
    );
    turns.stop();
    // A turn starts a handler only before 50 ms have passed: at most 13 of 4 ms each (a busy machine
    // may stretch a handler and start fewer), and handlers did share turns.
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(13);
    expect(perTurn.size).toBeLessThan(30);
  });

  it('after a quiet spell starts the next handler at once, in the next turn', async () => {
    const nextTurn = createLoopTurns();
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const t0 = performance.now();
    await nextTurn();
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('takes reads and writes in turn while both wait, each lane in arrival order', async () => {
    const nextTurn = createLoopTurns(0);
    const started: string[] = [];
    const handler = (name: string, urgent: boolean) =>
      nextTurn(urgent).then(() => {
        started.push(name);
      });
    // Ten submissions arrive together, then two page reads, then another submission.
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => handler(`write${i}`, false)),
      handler('read0', true),
      handler('read1', true),
      handler('write10', false),
    ]);
    // The reads do not wait for the ten writes queued ahead of them.
    expect(started.slice(0, 4)).toEqual(['read0', 'write0', 'read1', 'write1']);
    expect(started.filter((n) => n.startsWith('write'))).toEqual(
      Array.from({ length: 11 }, (_, i) => `write${i}`),
    );
  });

  it('never lets readers that keep coming back hold the writes back', async () => {
    const nextTurn = createLoopTurns(10);
    const started: string[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // a handler's synchronous work
      }
    };
    // Five pages that read again as soon as they have an answer, forty times each, and ten writes.
    const reader = async (r: number) => {
      for (let i = 0; i < 40; i++) {
        await nextTurn(true);
        started.push(`read${r}`);
        busy(0.5);
      }
    };
    const writer = async (w: number) => {
      await nextTurn(false);
      started.push(`write${w}`);
      busy(1);
    };
    await Promise.all([
      ...Array.from({ length: 5 }, (_, r) => reader(r)),
      ...Array.from({ length: 10 }, (_, w) => writer(w)),
    ]);
    const lastWrite = started.findLastIndex((n) => n.startsWith('write'));
    const lastRead = started.findLastIndex((n) => n.startsWith('read'));
    // Every write started while the readers still had most of their reads to make.
    expect(lastWrite).toBeLessThan(lastRead);
    expect(started.slice(0, lastWrite).filter((n) => n.startsWith('read')).length).toBeLessThan(150);
  });
});
