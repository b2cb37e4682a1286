import { gzipSync } from 'node:zlib';
import type { Progress } from '@tongket/domain';
import type { EventBus } from '../../kernel/event-bus.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';

/**
 * A round's progress during a burst of submissions.
 *
 * On the deadline morning hundreds of units submit a second while the coordinators keep their
 * progress tab open; at 1,000 units an answer is ~600 KB computed from every assignment row, and
 * each submission changes it. Computed for every reader, the readers take the machine from the
 * submissions and wait behind each other for seconds.
 *
 * So while a round is busy — at least `busyEvents` changes of its assignments in the last
 * `windowMs` — one computed answer is served to every reader of the same view for up to `maxAgeMs`,
 * marked `behind: true` once a change has come in since it was computed (its `asOf` says when it
 * was), and the page asks again shortly. A quiet round is computed for every request, exactly as
 * before. Whoever changed something since the copy was computed (the coordinator who just accepted
 * a report) gets a fresh answer, so nobody misses their own change.
 */
export interface ProgressReadsOptions {
  /** 0: every read is computed. */
  busyEvents: number;
  windowMs: number;
  maxAgeMs: number;
  /** A monotonic clock in milliseconds. */
  nowMs: () => number;
}

const DEFAULTS: ProgressReadsOptions = {
  busyEvents: 20,
  windowMs: 1_000,
  maxAgeMs: 1_000,
  nowMs: () => performance.now(),
};

/** Rounds followed at once; the least recently read is let go past this. */
const MAX_ROUNDS = 64;
/** Answers smaller than this are sent as they are. */
const GZIP_FROM_BYTES = 16 * 1024;

/** One view's answer, serialised once for every reader it is served to. */
export class ProgressAnswer {
  private readonly gzipped: [Buffer | undefined, Buffer | undefined] = [undefined, undefined];
  /** The answer's JSON without its closing brace, so that `behind` can be added without a re-serialisation. */
  private readonly open: string;

  constructor(
    progress: Progress,
    readonly tree: UnitTree,
    /** The round's change count when the computation started. */
    readonly generation: number,
    /** When the computation started: what changed since may be missing from it. */
    readonly startedAt: number,
  ) {
    this.open = JSON.stringify(progress).slice(0, -1);
  }

  json(behind: boolean): string {
    return behind ? `${this.open},"behind":true}` : `${this.open}}`;
  }

  /** The JSON, gzip-compressed once per variant when it is large enough to be worth it. */
  body(behind: boolean, acceptsGzip: boolean): { bytes: string | Buffer; gzip: boolean } {
    const json = this.json(behind);
    if (!acceptsGzip || json.length < GZIP_FROM_BYTES) return { bytes: json, gzip: false };
    const slot = behind ? 1 : 0;
    let gz = this.gzipped[slot];
    if (!gz) {
      // Level 1: most of the size gone for a fraction of the default level's time.
      gz = gzipSync(json, { level: 1 });
      this.gzipped[slot] = gz;
    }
    return { bytes: gz, gzip: true };
  }
}

class RoundReads {
  generation = 0;
  /** Times of the recent changes, oldest first, from `head` on. */
  private readonly times: number[] = [];
  private head = 0;
  readonly answers = new Map<string, ProgressAnswer>();
  readonly pending = new Map<string, Promise<ProgressAnswer>>();
  unsubscribe: () => void = () => {};

  changed(at: number, windowMs: number): void {
    this.generation += 1;
    this.times.push(at);
    this.prune(at, windowMs);
  }

  /** How many changes came in during the last `windowMs`. */
  recent(at: number, windowMs: number): number {
    this.prune(at, windowMs);
    return this.times.length - this.head;
  }

  private prune(at: number, windowMs: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= at - windowMs)
      this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }
}

export interface ProgressRead {
  answer: ProgressAnswer;
  /** Changes came in after the answer was computed. */
  behind: boolean;
}

export class ProgressReads {
  private readonly rounds = new Map<string, RoundReads>();
  private readonly options: ProgressReadsOptions;

  constructor(
    private readonly events: EventBus,
    options: Partial<ProgressReadsOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * The answer for one view of a round (`view` names the reader's scope and filters). `wroteSince`
   * tells whether the reader changed something at or after a time of this clock.
   */
  async read(
    campaignId: string,
    view: string,
    tree: UnitTree,
    wroteSince: (sinceMs: number) => boolean,
    compute: () => Promise<Progress>,
  ): Promise<ProgressRead> {
    const { busyEvents, windowMs, maxAgeMs, nowMs } = this.options;
    const round = this.round(campaignId);
    const now = nowMs();
    const busy = busyEvents > 0 && round.recent(now, windowMs) >= busyEvents;
    if (busy) {
      const kept = round.answers.get(view);
      if (kept && kept.tree === tree && now - kept.startedAt < maxAgeMs && !wroteSince(kept.startedAt)) {
        return { answer: kept, behind: kept.generation !== round.generation };
      }
      // Readers who arrive while the answer is computed (on PostgreSQL the queries yield) share it.
      const computing = round.pending.get(view);
      if (computing) {
        const answer = await computing;
        if (!wroteSince(answer.startedAt)) return { answer, behind: answer.generation !== round.generation };
      }
    } else {
      round.answers.delete(view);
    }
    const generation = round.generation;
    const computing = compute().then((progress) => new ProgressAnswer(progress, tree, generation, now));
    round.pending.set(view, computing);
    try {
      const answer = await computing;
      const kept = round.answers.get(view);
      if (!kept || kept.generation <= answer.generation) round.answers.set(view, answer);
      return { answer, behind: answer.generation !== round.generation };
    } finally {
      if (round.pending.get(view) === computing) round.pending.delete(view);
    }
  }

  close(): void {
    for (const round of this.rounds.values()) round.unsubscribe();
    this.rounds.clear();
  }

  private round(campaignId: string): RoundReads {
    let round = this.rounds.get(campaignId);
    if (round) {
      // Most recently read last: the first one is the one to let go.
      this.rounds.delete(campaignId);
      this.rounds.set(campaignId, round);
      return round;
    }
    round = new RoundReads();
    const followed = round;
    followed.unsubscribe = this.events.subscribe(campaignId, (event) => {
      if (event.type === 'assignment.changed') followed.changed(this.options.nowMs(), this.options.windowMs);
    });
    this.rounds.set(campaignId, round);
    if (this.rounds.size > MAX_ROUNDS) {
      const [oldest, dropped] = this.rounds.entries().next().value as [string, RoundReads];
      dropped.unsubscribe();
      this.rounds.delete(oldest);
    }
    return round;
  }
}
