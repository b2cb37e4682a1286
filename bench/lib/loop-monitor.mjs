/**
 * Loaded into a benchmark's server process with `--import` (plain JavaScript: it loads before tsx):
 * once a second it writes to stderr the longest event-loop delay of that second and, of such a
 * delay, how long the loop's own thread was on a CPU ("[loop] max_ms=… own_ms=…"), which the
 * benchmark reads. A delay is the server's own work, or the thread waiting for a CPU that other
 * processes hold; on a shared machine the second can be most of it. `own_ms` is read from Linux's
 * /proc (absent elsewhere). Benchmark instrumentation only; the product never loads it.
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

/** The main thread's time on a CPU so far, in ms, or undefined where /proc does not say. */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
function onCpuMs() {
  try {
    return Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

const TICK_MS = 10;
let lastAt = performance.now();
let lastCpu = onCpuMs();
let ownMax = 0;
setInterval(() => {
  const at = performance.now();
  const cpu = onCpuMs();
  // How late this tick came, and how much of that the thread spent running (not waiting for a CPU).
  const late = at - lastAt - TICK_MS;
  if (cpu !== undefined && lastCpu !== undefined && late > 0)
    ownMax = Math.max(ownMax, Math.min(late, cpu - lastCpu));
  lastAt = at;
  lastCpu = cpu;
}, TICK_MS).unref();

setInterval(() => {
  const own = lastCpu === undefined ? '' : ` own_ms=${ownMax.toFixed(1)}`;
  process.stderr.write(`[loop] max_ms=${(delay.max / 1e6).toFixed(1)}${own}\n`);
  delay.reset();
  ownMax = 0;
}, 1000).unref();
