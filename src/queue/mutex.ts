// A short-lived Redis mutex: serialises case updates for one sender across processes.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LeaderLock } from './leader-lock.js';
import { sleep } from '../mail/imap-connection.js';

export async function withRedisLock<T>(redis: Redis, key: string, fn: () => Promise<T>, ttlMs = 30_000, waitMs = 60_000): Promise<T> {
  const lock = new LeaderLock(redis, key, randomUUID(), ttlMs);
  const deadline = Date.now() + waitMs;
  while (!(await lock.acquire())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a case lock');
    await sleep(20 + Math.random() * 30);
  }
  try {
    return await fn();
  } finally {
    await lock.release().catch(() => undefined);
  }
}
