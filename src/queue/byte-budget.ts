// Bounds the bytes of mail one worker process holds at once. WORKER_CONCURRENCY says how many
// messages may be in flight; with students' phone photos attached, 32 messages can be 32 x 10 MB.
// Each job takes its message's size (RFC822.SIZE, read by the watcher with the envelope) from
// this budget before fetching it and gives it back after its effects are recorded, so the
// memory a worker needs depends on the budget, never on the backlog or the mix of sizes.
import { Semaphore } from 'async-mutex';

export class ByteBudget {
  private readonly sem: Semaphore;
  private readonly limitKb: number;

  constructor(limitBytes: number) {
    this.limitKb = Math.max(1, Math.floor(limitBytes / 1024));
    this.sem = new Semaphore(this.limitKb);
  }

  /**
   * Runs `fn` once `bytes` fit in the budget. A message larger than the whole budget waits for
   * the budget to be empty and then runs alone; an unknown size counts as `fallbackBytes`.
   */
  run<T>(bytes: number | undefined, fn: () => Promise<T>, fallbackBytes = 256 * 1024): Promise<T> {
    const kb = Math.ceil((bytes && bytes > 0 ? bytes : fallbackBytes) / 1024);
    return this.sem.runExclusive(fn, Math.min(this.limitKb, Math.max(1, kb)));
  }

  /** Bytes free right now (metrics, tests). */
  get freeBytes(): number {
    return this.sem.getValue() * 1024;
  }
}
