/**
 * Handlers take turns on the event loop. On the embedded SQLite a handler's queries are
 * synchronous, so a handler runs from start to answer without yielding, and Node runs every
 * request whose bytes arrived together in one turn of its loop: on the deadline morning 50
 * submissions arrive together, and the loop did not come back to its timers, to other clients or
 * to `/healthz` for all 50 handlers' work (about 150 ms on a 2-core machine).
 *
 * Queued here, handlers start in turns: a turn starts more of them only while it has lasted less
 * than `budgetMs`; the next start waits for the next turn. A turn lasts at most the budget plus one
 * handler.
 *
 * Two lanes, each in arrival order: reads (`urgent`) and writes. On the deadline morning fifty
 * submissions are always waiting, each a few milliseconds of work; a coordinator's page queued
 * behind all of them would wait for all of them, while a read takes a millisecond or two (the
 * answers it needs are cached, see assignments/progress-reads.ts). So while both lanes wait, each
 * turn gives its first half to reads and the rest to writes; a lane alone takes the whole turn;
 * and a turn that started no write while writes waited (a slow read took it) is followed by one
 * that starts with a write. Neither lane can hold the other back for more than a turn.
 */
export function createLoopTurns(budgetMs = 10): (urgent?: boolean) => Promise<void> {
  const reads: Array<() => void> = [];
  const writes: Array<() => void> = [];
  let scheduled = false;
  let turnStart = 0;
  /** Writes waited through a whole turn without one of them starting. */
  let writeOwed = false;
  let wroteThisTurn = false;
  let startedThisTurn = false;

  const pick = (): { start: () => void; write: boolean } | undefined => {
    const write =
      writes.length > 0 &&
      (reads.length === 0 ||
        (writeOwed && !wroteThisTurn) ||
        (startedThisTurn && performance.now() - turnStart >= budgetMs / 2));
    const start = write ? writes.shift() : reads.shift();
    return start ? { start, write } : undefined;
  };

  const startNext = () => {
    const next = pick();
    if (next === undefined) {
      scheduled = false;
      return;
    }
    if (next.write) wroteThisTurn = true;
    startedThisTurn = true;
    next.start();
    // Runs once the handler's synchronous part is done: the handler continues in microtasks,
    // queued after this one, and Node runs process.nextTick callbacks only when no microtask is left.
    queueMicrotask(() => process.nextTick(afterHandler));
  };
  const afterHandler = () => {
    if (reads.length === 0 && writes.length === 0) {
      scheduled = false;
      endTurn();
    } else if (performance.now() - turnStart < budgetMs) startNext();
    else {
      endTurn();
      setImmediate(startTurn);
    }
  };
  const endTurn = () => {
    writeOwed = writes.length > 0 && !wroteThisTurn;
  };
  const startTurn = () => {
    turnStart = performance.now();
    wroteThisTurn = false;
    startedThisTurn = false;
    startNext();
  };

  return (urgent = false) =>
    new Promise<void>((resolve) => {
      (urgent ? reads : writes).push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(startTurn);
      }
    });
}
