// Staff accounts in Redis: one HASH per account (keys.staffAccount) and a SET of all e-mails.
import type { Redis } from 'ioredis';
import type { Keys } from '../../queue/keys.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

export interface StaffAccount {
  email: string;
  admin: boolean;
  disabled: boolean;
  createdAt: string;
  createdBy: string;
  lastLoginAt: string | null;
}

export type AccountResult = { ok: true } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A fixed hash to verify against when the account does not exist, so timing does not tell.
let dummyHash: Promise<string> | null = null;

export class StaffAccounts {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async get(email: string): Promise<StaffAccount | null> {
    const h = await this.redis.hgetall(this.keys.staffAccount(normaliseEmail(email)));
    return h.email ? toAccount(h) : null;
  }

  async list(): Promise<StaffAccount[]> {
    const emails = (await this.redis.smembers(this.keys.staffAccounts())).sort();
    const accounts = await Promise.all(emails.map((e) => this.get(e)));
    return accounts.filter((a): a is StaffAccount => a !== null);
  }

  async create(input: { email: string; password: string; admin: boolean; createdBy: string; now?: Date }): Promise<AccountResult> {
    const email = normaliseEmail(input.email);
    if (!EMAIL.test(email)) return { ok: false, message: 'Escribe un correo válido.' };
    const problem = passwordProblem(input.password);
    if (problem) return { ok: false, message: problem };
    const key = this.keys.staffAccount(email);
    const passwordHash = await hashPassword(input.password);
    // HSETNX on the e-mail field: two concurrent creations of one account cannot both win.
    const created = await this.redis.hsetnx(key, 'email', email);
    if (!created) return { ok: false, message: 'Ya existe una cuenta con ese correo.' };
    await this.redis
      .multi()
      .hset(key, { passwordHash, admin: input.admin ? '1' : '0', disabled: '0', createdAt: (input.now ?? new Date()).toISOString(), createdBy: input.createdBy })
      .sadd(this.keys.staffAccounts(), email)
      .exec();
    return { ok: true };
  }

  async setPassword(email: string, password: string): Promise<AccountResult> {
    const problem = passwordProblem(password);
    if (problem) return { ok: false, message: problem };
    if (!(await this.get(email))) return { ok: false, message: 'No existe esa cuenta.' };
    await this.redis.hset(this.keys.staffAccount(normaliseEmail(email)), 'passwordHash', await hashPassword(password));
    return { ok: true };
  }

  async setDisabled(email: string, disabled: boolean): Promise<AccountResult> {
    if (!(await this.get(email))) return { ok: false, message: 'No existe esa cuenta.' };
    await this.redis.hset(this.keys.staffAccount(normaliseEmail(email)), 'disabled', disabled ? '1' : '0');
    return { ok: true };
  }

  async setAdmin(email: string, admin: boolean): Promise<AccountResult> {
    if (!(await this.get(email))) return { ok: false, message: 'No existe esa cuenta.' };
    await this.redis.hset(this.keys.staffAccount(normaliseEmail(email)), 'admin', admin ? '1' : '0');
    return { ok: true };
  }

  /** The account when the password is right and the account is enabled; null otherwise. */
  async verify(email: string, password: string, now: Date = new Date()): Promise<StaffAccount | null> {
    const key = this.keys.staffAccount(normaliseEmail(email));
    const h = await this.redis.hgetall(key);
    if (!h.email || !h.passwordHash) {
      dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(password, await dummyHash);
      return null;
    }
    const ok = await verifyPassword(password, h.passwordHash);
    if (!ok || h.disabled === '1') return null;
    await this.redis.hset(key, 'lastLoginAt', now.toISOString());
    return toAccount({ ...h, lastLoginAt: now.toISOString() });
  }
}

function toAccount(h: Record<string, string>): StaffAccount {
  return {
    email: h.email!,
    admin: h.admin === '1',
    disabled: h.disabled === '1',
    createdAt: h.createdAt ?? '',
    createdBy: h.createdBy ?? '',
    lastLoginAt: h.lastLoginAt || null,
  };
}
