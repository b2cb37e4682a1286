/**
 * Loaded into a benchmark's server process with `--import` (plain JavaScript: it loads before tsx): once a second it writes the longest
 * event-loop delay of that second to stderr ("[loop] max_ms=…"), which the benchmark reads.
 * Benchmark instrumentation only; the product never loads it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
setInterval(() => {
  process.stderr.write(`[loop] max_ms=${(delay.max / 1e6).toFixed(1)}\n`);
  delay.reset();
}, 1000).unref();
