/**
 * One request handler starts per turn of the event loop. On the embedded SQLite a handler's
 * queries are synchronous, so a handler runs from start to answer without yielding; and Node runs
 * every request whose bytes arrived together in one turn. On the deadline morning 50 submissions
 * arrive together, and the loop did not come back to its timers, to other clients or to the
 * server's own health check for 50 handlers' worth of work (about 150 ms on a 2-core machine).
 * Queued here, each handler starts in a turn of its own: a turn lasts one handler, and the work
 * and its order are unchanged.
 */
export function createLoopTurns(): () => Promise<void> {
  const waiting: Array<() => void> = [];
  let pumping = false;
  const pump = () => {
    const next = waiting.shift();
    if (next === undefined) {
      pumping = false;
      return;
    }
    // Set before the handler runs (its synchronous part follows as microtasks of this callback),
    // so the next start lands in the next turn's check phase.
    setImmediate(pump);
    next();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
}
