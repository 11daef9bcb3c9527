// Staff web sessions in Redis. The browser holds a random token (HTTP-only cookie); Redis holds
// only its SHA-256, so a dump of Redis cannot be replayed as a cookie. Sliding expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from '../../queue/keys.js';

export interface Session {
  /** Hash of the token: safe to log and to bind CSRF tokens to. */
  id: string;
  email: string;
  createdAt: string;
}

export const SESSION_COOKIE = 'imss_staff';

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Sessions {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    readonly ttlSeconds: number,
  ) {}

  async create(email: string, now: Date = new Date()): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session: Session = { id: sessionIdOf(token), email, createdAt: now.toISOString() };
    await this.redis.set(this.keys.staffSession(session.id), JSON.stringify(session), 'EX', this.ttlSeconds);
    return { token, session };
  }

  /** The session for a cookie token, its expiry pushed back; null when unknown or expired. */
  async get(token: string | undefined): Promise<Session | null> {
    if (!token || token.length > 100) return null;
    const key = this.keys.staffSession(sessionIdOf(token));
    const raw = await this.redis.getex(key, 'EX', this.ttlSeconds);
    return raw ? (JSON.parse(raw) as Session) : null;
  }

  async destroy(token: string | undefined): Promise<void> {
    if (token) await this.redis.del(this.keys.staffSession(sessionIdOf(token)));
  }
}
