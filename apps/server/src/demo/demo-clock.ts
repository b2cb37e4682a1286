import { SettableClock } from '../lib/clock.ts';
import { demoInstant } from './demo-reports.ts';

/**
 * The clock a historic demo round is played on: before each step the seed pins it to the moment
 * that step happened, so everything the step writes (issued-at, notices, audit, updated-at) carries
 * the round's own date, not the day the demo was created.
 */
export class DemoClock extends SettableClock {
  /** Pins the clock at a Vietnam-time moment of the round and returns that instant. */
  at(day: string, hour: number, minute = 0): string {
    const instant = demoInstant(day, hour, minute);
    this.set(instant);
    return instant;
  }
}
