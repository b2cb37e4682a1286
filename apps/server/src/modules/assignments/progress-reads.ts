import { gzipSync } from 'node:zlib';
import type { Progress } from '@tongket/domain';
import { perServer } from '../../context.ts';
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
 * was), and the page asks again shortly. A quiet round is computed for every request and nothing of
 * it is kept: a round's answers are let go as soon as it is quiet again, or once they are too old to
 * be served. Whoever changed something since the copy was computed (the coordinator who just
 * accepted a report) gets a fresh answer, so nobody misses their own change: each change's event
 * names its author (event-bus.ts, `AssignmentChange`).
 *
 * Every round's changes are counted from the server's start, whether anyone reads the round or not,
 * so the first reads of a burst already share an answer. A round's count is the times of its last
 * `busyEvents` changes; a round without a change for `KEEP_MS` is forgotten.
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

/**
 * A round without a change for this long is forgotten, with who changed it: no answer is served
 * after it is this old (a shared answer is at most `maxAgeMs` old), so it needs no writer older.
 */
const KEEP_MS = 10_000;
/** Rounds counted at once: past this, the one changed least recently is forgotten early. */
const MAX_ROUNDS = 256;
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

/** What is known of one round that changed in the last `KEEP_MS`. */
class RoundChanges {
  generation = 0;
  lastChangeAt = Number.NEGATIVE_INFINITY;
  /**
   * The times of the round's last changes, up to `busyEvents` of them (then a ring: `times[next]`
   * is the oldest), so a round takes no more room than the changes it had.
   */
  private readonly times: number[] = [];
  private next = 0;
  /** Who changed something, and when this instance heard of it; least recent first. */
  private readonly writers = new Map<string, number>();
  /** Answers shared while the round is busy, by view. */
  readonly answers = new Map<string, ProgressAnswer>();
  readonly pending = new Map<string, Promise<ProgressAnswer>>();

  constructor(
    readonly campaignId: string,
    private readonly busyEvents: number,
  ) {}

  changed(at: number, generation: number, actorId: string): void {
    this.generation = generation;
    this.lastChangeAt = at;
    if (this.times.length < this.busyEvents) {
      this.times.push(at);
    } else {
      this.times[this.next] = at;
      this.next = (this.next + 1) % this.busyEvents;
    }
    this.writers.delete(actorId);
    this.writers.set(actorId, at);
    for (const [id, when] of this.writers) {
      if (when > at - KEEP_MS) break;
      this.writers.delete(id);
    }
  }

  /** At least `busyEvents` changes in the last `windowMs`: the oldest of the last ones is recent. */
  busy(now: number, windowMs: number): boolean {
    return this.times.length >= this.busyEvents && (this.times[this.next] as number) > now - windowMs;
  }

  /** Whether `userId` changed something in the round at or after `sinceMs`. */
  wroteSince(userId: string, sinceMs: number): boolean {
    const at = this.writers.get(userId);
    return at !== undefined && at >= sinceMs;
  }
}

export interface ProgressRead {
  answer: ProgressAnswer;
  /** Changes came in after the answer was computed. */
  behind: boolean;
}

export class ProgressReads {
  /** The rounds changed in the last `KEEP_MS`, least recently changed first. */
  private readonly rounds = new Map<string, RoundChanges>();
  /** The rounds holding shared answers, which `dropStale` looks through. */
  private readonly holding = new Set<RoundChanges>();
  private readonly options: ProgressReadsOptions;
  private readonly unsubscribe: () => void;
  private changes = 0;
  private expiry: NodeJS.Timeout | undefined;

  constructor(events: EventBus, options: Partial<ProgressReadsOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.unsubscribe =
      this.options.busyEvents > 0
        ? events.subscribeAll((event) => {
            if (event.type === 'assignment.changed') this.changed(event.campaignId, event.actorId);
          })
        : () => {};
  }

  /**
   * The answer for one view of a round (`view` names whatever restricts the answer: the reader's
   * scope and filters) read by `userId`.
   */
  async read(
    campaignId: string,
    view: string,
    tree: UnitTree,
    userId: string,
    compute: () => Promise<Progress>,
  ): Promise<ProgressRead> {
    const { busyEvents, windowMs, maxAgeMs, nowMs } = this.options;
    const now = nowMs();
    const round = this.rounds.get(campaignId);
    if (!round || busyEvents <= 0 || !round.busy(now, windowMs)) {
      // A quiet round: computed for this request, and nothing of it kept.
      if (round) this.release(round);
      const generation = round?.generation ?? 0;
      const answer = new ProgressAnswer(await compute(), tree, generation, now);
      return { answer, behind: this.generationOf(campaignId) !== generation };
    }
    const wrote = (since: number) => this.rounds.get(campaignId)?.wroteSince(userId, since) === true;
    const kept = round.answers.get(view);
    if (kept && kept.tree === tree && now - kept.startedAt < maxAgeMs && !wrote(kept.startedAt)) {
      return { answer: kept, behind: kept.generation !== round.generation };
    }
    // Readers who arrive while the answer is computed (on PostgreSQL the queries yield) share it.
    const computing = round.pending.get(view);
    if (computing) {
      const answer = await computing;
      // Not when the round was forgotten meanwhile, nor past the time its writers are remembered.
      const followed = this.rounds.get(campaignId) === round && nowMs() - answer.startedAt < KEEP_MS;
      if (followed && answer.tree === tree && !wrote(answer.startedAt)) {
        return { answer, behind: answer.generation !== this.generationOf(campaignId) };
      }
    }
    const generation = round.generation;
    const mine = compute().then((progress) => new ProgressAnswer(progress, tree, generation, now));
    round.pending.set(view, mine);
    try {
      const answer = await mine;
      // Kept only while the round is still followed and busy, and newer than what it holds.
      const held = round.answers.get(view);
      if (
        this.rounds.get(campaignId) === round &&
        round.busy(nowMs(), windowMs) &&
        (!held || held.generation <= answer.generation)
      ) {
        round.answers.set(view, answer);
        this.holding.add(round);
        this.expireLater();
      }
      return { answer, behind: answer.generation !== this.generationOf(campaignId) };
    } finally {
      if (round.pending.get(view) === mine) round.pending.delete(view);
    }
  }

  /** How many rounds are counted (for the tests: a quiet one is forgotten). */
  countedRounds(): number {
    return this.rounds.size;
  }

  /** How many answers are kept (for the tests: a quiet round holds none). */
  heldAnswers(): number {
    let count = 0;
    for (const round of this.holding) count += round.answers.size;
    return count;
  }

  /**
   * Lets go of the answers too old to be served and those of rounds that are quiet again. Runs
   * `maxAgeMs` after an answer is kept, and again while some are.
   */
  dropStale(): void {
    const { windowMs, maxAgeMs, nowMs } = this.options;
    const now = nowMs();
    for (const round of this.holding) {
      if (!round.busy(now, windowMs) || this.rounds.get(round.campaignId) !== round) {
        this.release(round);
        continue;
      }
      for (const [view, answer] of round.answers) {
        if (now - answer.startedAt >= maxAgeMs) round.answers.delete(view);
      }
      if (round.answers.size === 0) this.holding.delete(round);
    }
    if (this.holding.size > 0) this.expireLater();
  }

  close(): void {
    this.unsubscribe();
    clearTimeout(this.expiry);
    this.expiry = undefined;
    this.rounds.clear();
    this.holding.clear();
  }

  private changed(campaignId: string, actorId: string): void {
    const now = this.options.nowMs();
    let round = this.rounds.get(campaignId);
    if (round) this.rounds.delete(campaignId);
    else round = new RoundChanges(campaignId, this.options.busyEvents);
    // Most recently changed last.
    this.rounds.set(campaignId, round);
    this.changes += 1;
    round.changed(now, this.changes, actorId);
    for (const [id, oldest] of this.rounds) {
      const quiet = oldest.lastChangeAt <= now - KEEP_MS;
      if (!quiet && this.rounds.size <= MAX_ROUNDS) break;
      // An answer being computed still needs to know who wrote; a round past the bound does not wait.
      if (quiet && oldest.pending.size > 0 && this.rounds.size <= MAX_ROUNDS) continue;
      this.rounds.delete(id);
      this.release(oldest);
    }
  }

  /** Every change of every round moves this on: a round forgotten and counted again never repeats one. */
  private generationOf(campaignId: string): number {
    return this.rounds.get(campaignId)?.generation ?? 0;
  }

  private release(round: RoundChanges): void {
    round.answers.clear();
    this.holding.delete(round);
  }

  private expireLater(): void {
    if (this.expiry) return;
    this.expiry = setTimeout(() => {
      this.expiry = undefined;
      this.dropStale();
    }, this.options.maxAgeMs);
    this.expiry.unref();
  }
}

/**
 * This server's shared progress answers. Made when the routes are registered, so that the rounds'
 * changes are counted from the start; closed with the server.
 */
export const progressReadsOf = perServer(
  (ctx) => new ProgressReads(ctx.events, { busyEvents: ctx.config.progressBurstChanges }),
);
