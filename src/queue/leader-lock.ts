// A lease in Redis: one holder at a time, renewed while alive, taken over when it expires.
// Used so that exactly one process watches the inbox while every process works the queue.
import type { Redis } from 'ioredis';

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class LeaderLock {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    readonly token: string,
    private readonly ttlMs: number,
  ) {}

  /** Takes the lease if free (or already ours); true when we hold it. */
  async acquire(): Promise<boolean> {
    const ok = await this.redis.set(this.key, this.token, 'PX', this.ttlMs, 'NX');
    if (ok === 'OK') return true;
    return this.renew();
  }

  /** Extends the lease; false when it is no longer ours. */
  async renew(): Promise<boolean> {
    const n = (await this.redis.eval(RENEW, 1, this.key, this.token, String(this.ttlMs))) as number;
    return n === 1;
  }

  async release(): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key, this.token);
  }
}
