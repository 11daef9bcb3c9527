// Bounds the bytes of mail one worker process holds at once. WORKER_CONCURRENCY says how many
// messages may be in flight; with students' phone photos attached, 32 messages can be 32 x 10 MB.
// Each job takes its message's size (RFC822.SIZE, read by the watcher with the envelope) from
// this budget before fetching it and gives it back after its effects are recorded, so the
// memory a worker needs depends on the budget, never on the backlog or the mix of sizes.
import { Semaphore } from 'async-mutex';

// Counted in 64 KB units, rounded up. async-mutex's release() walks every unit of free value
// (_drainUnlockWaiters), so kilobyte units made each release loop ~49,000 times for 48 MB: 2.5% of
// the worker's CPU in a drain. 64 KB keeps a small message at one unit and the walk at 768.
const UNIT = 64 * 1024;

export class ByteBudget {
  private readonly sem: Semaphore;
  private readonly limitUnits: number;

  constructor(limitBytes: number) {
    this.limitUnits = Math.max(1, Math.floor(limitBytes / UNIT));
    this.sem = new Semaphore(this.limitUnits);
  }

  /**
   * Runs `fn` once `bytes` fit in the budget. A message larger than the whole budget waits for
   * the budget to be empty and then runs alone; an unknown size counts as `fallbackBytes`.
   */
  run<T>(bytes: number | undefined, fn: () => Promise<T>, fallbackBytes = 256 * 1024): Promise<T> {
    const units = Math.ceil((bytes && bytes > 0 ? bytes : fallbackBytes) / UNIT);
    return this.sem.runExclusive(fn, Math.min(this.limitUnits, Math.max(1, units)));
  }

  /** Bytes free right now (metrics, tests). */
  get freeBytes(): number {
    return this.sem.getValue() * UNIT;
  }
}
