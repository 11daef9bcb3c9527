// The real-server harness for integration tests and the `demo` command: a private Redis, Dovecot
// (IMAP + LMTP) and SMTP relay on 127.0.0.1, free ports, one temp dir, torn down by stop().
//
// Contract:
// - startLocalStack() starts what `options` ask for (all three by default) and resolves when each
//   answers; if any part fails, the parts already started are stopped before it rejects.
// - The SMTP relay delivers into Dovecot over LMTP when Dovecot runs, else it only records.
// - stack.redis / stack.dovecot / stack.smtp throw when that part was not started.
// - The dir is made traversable (o+x) for Dovecot's unprivileged processes.
// - stop() stops every part (even if one fails), removes the temp dir it created (a `dir` given by
//   the caller is kept), and is idempotent.
// Needs the Debian packages redis-server, dovecot-imapd, dovecot-lmtpd
// (scripts/install-system-deps.sh).
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startDovecot, type DovecotServer } from './dovecot-server.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { startSmtpRelay, type SmtpRelay } from './smtp-relay.js';

export interface LocalStackOptions {
  /** Working directory (config, data, logs); default a fresh mkdtemp dir, removed on stop(). */
  dir?: string;
  redis?: boolean;
  dovecot?: boolean;
  smtp?: boolean;
  log?: (line: string) => void;
}

export interface LocalStack {
  readonly dir: string;
  readonly redis: RedisServer;
  readonly dovecot: DovecotServer;
  readonly smtp: SmtpRelay;
  has(part: 'redis' | 'dovecot' | 'smtp'): boolean;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const { log = () => {} } = options;
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'imss-stack-')));
  // Dovecot's unprivileged processes (mail uid, dovenull) must traverse it; mkdtemp makes it 0700.
  if (options.dovecot !== false) await chmod(dir, (await stat(dir)).mode & 0o777 | 0o111);
  const parts: { redis?: RedisServer; dovecot?: DovecotServer; smtp?: SmtpRelay } = {};
  let stopped = false;

  async function stopAll(): Promise<void> {
    // Reverse order of start: the relay forwards into Dovecot.
    const results = await Promise.allSettled([parts.smtp?.stop(), parts.redis?.stop()]);
    results.push(...(await Promise.allSettled([parts.dovecot?.stop()])));
    if (ownDir) await rm(dir, { recursive: true, force: true });
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) throw new AggregateError(failed.map((f) => f.reason), 'local stack: stop failed');
  }

  try {
    // Redis and Dovecot are independent: start them together. allSettled, not all: a part still
    // starting when the other fails must be recorded, or the cleanup below would miss it.
    const starting: Promise<void>[] = [];
    if (options.redis !== false) {
      starting.push(startRedis({ dir: path.join(dir, 'redis'), log }).then((r) => { parts.redis = r; }));
    }
    if (options.dovecot !== false) {
      starting.push(startDovecot({ dir: path.join(dir, 'dovecot'), log }).then((d) => { parts.dovecot = d; }));
    }
    const failed = (await Promise.allSettled(starting)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (options.smtp !== false) {
      parts.smtp = await startSmtpRelay({
        lmtp: parts.dovecot ? { host: parts.dovecot.host, port: parts.dovecot.lmtpPort } : undefined,
        log,
      });
    }
  } catch (err) {
    await stopAll().catch(() => {});
    throw err;
  }

  function need<K extends keyof typeof parts>(key: K): NonNullable<(typeof parts)[K]> {
    const part = parts[key];
    if (!part) throw new Error(`local stack: ${key} was not started (options.${key} = false)`);
    return part as NonNullable<(typeof parts)[K]>;
  }

  return {
    dir,
    get redis() { return need('redis'); },
    get dovecot() { return need('dovecot'); },
    get smtp() { return need('smtp'); },
    has: (part) => parts[part] !== undefined,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopAll();
      log('local stack: stopped');
    },
  };
}
