// `imss-triage web`: the staff web app on STAFF_PORT until SIGTERM/SIGINT. startWeb() is also
// used by the demo and the browser tests: it wires Redis, the BullMQ queues (same names, prefix
// and job options as the worker's, so the worker sends what staff queue) and the IMAP reader.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { createLogger, type Logger } from '../logger.js';
import { createKeys } from '../queue/keys.js';
import { redisConnection } from '../queue/pipeline.js';
import { createQueues } from '../queue/queues.js';
import { CaseStore } from '../triage/case-store.js';
import { buildApp } from '../web/app.js';
import { ImapMailboxReader, type MailboxReader } from '../web/mailbox.js';
import { loadConfigOrExit } from './load-config.js';

export interface RunningWeb {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startWeb(config: Config, log: Logger | undefined, opts: { port?: number; host?: string; mailbox?: MailboxReader } = {}): Promise<RunningWeb> {
  const keys = createKeys(config.redis.prefix);
  const redis = redisConnection(config.redis.url);
  redis.on('error', (err) => log?.warn({ err: err.message }, 'redis error'));
  const { replies, incoming } = createQueues(redis, config.redis.prefix);
  const app = await buildApp({
    config, redis, keys, store: new CaseStore(redis, keys), replies, incoming,
    mailbox: opts.mailbox ?? new ImapMailboxReader(config.imap),
    ...(log ? { log } : {}),
  });
  const host = opts.host ?? '127.0.0.1';
  const address = await app.listen({ port: opts.port ?? config.web.port, host });
  return {
    app,
    url: address.replace('0.0.0.0', '127.0.0.1'),
    async close() {
      await app.close();
      await Promise.all([replies.close(), incoming.close()]);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export async function runWeb(args: string[] = []): Promise<number> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  const hostArg = args.indexOf('--host');
  const host = hostArg >= 0 ? args[hostArg + 1] : undefined;
  const web = await startWeb(config, log, host ? { host } : {});
  log.info({ url: web.url }, 'staff web app listening');
  process.stdout.write(`imss-triage web: ${web.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await web.close();
  return 0;
}
