/**
 * Handlers take turns on the event loop. On the embedded SQLite a handler's queries are
 * synchronous, so a handler runs from start to answer without yielding, and Node runs every
 * request whose bytes arrived together in one turn of its loop: on the deadline morning 50
 * submissions arrive together, and the loop did not come back to its timers, to other clients or
 * to `/healthz` for all 50 handlers' work (about 150 ms on a 2-core machine).
 *
 * Queued here, handlers start in arrival order, and a turn starts more of them only while it has
 * lasted less than `budgetMs`; the next start waits for the next turn. A turn lasts at most the
 * budget plus one handler.
 *
 * Two lanes: reads (`urgent`) start before the writes queued ahead of them. On the deadline
 * morning fifty submissions are always waiting, each a few milliseconds of work; a coordinator's
 * page that queued behind them would wait for all of them, while a read takes a millisecond or two
 * (the answers it needs are cached, see assignments/progress-reads.ts). Within a lane, arrival order.
 */
export function createLoopTurns(budgetMs = 10): (urgent?: boolean) => Promise<void> {
  const urgentWaiting: Array<() => void> = [];
  const waiting: Array<() => void> = [];
  let scheduled = false;
  let turnStart = 0;

  const startNext = () => {
    const next = urgentWaiting.shift() ?? waiting.shift();
    if (next === undefined) {
      scheduled = false;
      return;
    }
    next();
    // Runs once the handler's synchronous part is done: the handler continues in microtasks,
    // queued after this one, and Node runs process.nextTick callbacks only when no microtask is left.
    queueMicrotask(() => process.nextTick(afterHandler));
  };
  const afterHandler = () => {
    if (urgentWaiting.length === 0 && waiting.length === 0) scheduled = false;
    else if (performance.now() - turnStart < budgetMs) startNext();
    else setImmediate(startTurn);
  };
  const startTurn = () => {
    turnStart = performance.now();
    startNext();
  };

  return (urgent = false) =>
    new Promise<void>((resolve) => {
      (urgent ? urgentWaiting : waiting).push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(startTurn);
      }
    });
}
