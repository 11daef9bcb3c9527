// `imss-triage demo`: the whole service on this machine, nothing outside loopback. Starts a
// private Redis, Dovecot (IMAP + LMTP) and SMTP relay, seeds the support inbox with sample student
// mail, runs the worker, and prints what happened and where to look. `--once` exits after the
// sample mail is handled (used by the tests); otherwise it runs until Ctrl-C.
import { loadConfig, type Config } from '../config/index.js';
import { startLocalStack, type LocalStack } from '../dev/local-stack.js';
import { deliverLmtp, listFolders, listMessages, waitFor } from '../dev/mail-helpers.js';
import { sampleMessages } from '../dev/sample-mail.js';
import { createLogger } from '../logger.js';
import { formatQueueLine } from './queue-list.js';
import { startWorker } from './worker.js';
import { randomBytes } from 'node:crypto';
import { StaffAccounts } from '../web/auth/accounts.js';
import { startWeb, type RunningWeb } from './web.js';

const DESK = 'imss@udg.mx';

/** The environment that points imss-triage at a local stack (also for worker child processes). */
export function demoEnv(stack: LocalStack, extra: Record<string, string> = {}): Record<string, string> {
  return {
    IMAP_HOST: stack.dovecot.host,
    IMAP_PORT: String(stack.dovecot.imapPort),
    IMAP_USER: DESK,
    IMAP_PASSWORD: stack.dovecot.password,
    SMTP_HOST: stack.smtp.host,
    SMTP_PORT: String(stack.smtp.port),
    SMTP_USER: stack.smtp.user,
    SMTP_PASSWORD: stack.smtp.password,
    MAIL_FROM: DESK,
    REDIS_URL: stack.redis.url,
    IMAP_POLL_SECONDS: '30',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...extra,
  };
}

export function demoConfig(stack: LocalStack, extra: Record<string, string> = {}): Config {
  return loadConfig(demoEnv(stack, extra));
}

export async function runDemo(args: string[]): Promise<number> {
  const once = args.includes('--once');
  const say = (line = '') => process.stdout.write(`${line}\n`);
  say('imss-triage demo: starting Redis, Dovecot (IMAP + LMTP) and an SMTP relay on 127.0.0.1 …');
  const stack = await startLocalStack();
  let stopping = false;
  const config = demoConfig(stack);
  const log = createLogger(config.logLevel);
  const pipeline = await startWorker(config, log);
  let web: RunningWeb | null = null;
  try {
    // The staff web app on a free port, with a demo admin account.
    web = await startWeb(config, log, { port: 0 });
    const staffLogin = { email: 'personal@udg.mx', password: randomBytes(9).toString('base64url') };
    await new StaffAccounts(pipeline.redis, pipeline.keys).create({ ...staffLogin, admin: true, createdBy: 'demo' });
    const samples = sampleMessages();
    say(`Seeding ${DESK} with ${samples.length} sample messages over LMTP …`);
    for (const s of samples) await deliverLmtp(stack, { from: s.from, to: DESK, raw: await s.build(DESK) });

    const started = Date.now();
    await waitFor(async () => (await listMessages(stack, DESK)).length === 0, { timeoutMs: 60_000, intervalMs: 250, what: 'inbox emptied' });
    const expectedReplies = samples.filter((s) => s.expect !== 'ignore');
    await waitFor(async () => {
      const counts = await Promise.all(expectedReplies.map(async (s) => (await listMessages(stack, s.from)).length));
      return counts.every((n) => n >= 1);
    }, { timeoutMs: 60_000, intervalMs: 250, what: 'replies delivered' });
    say(`All sample mail triaged and answered in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);

    const folders = await listFolders(stack, DESK);
    say('Support mailbox folders:');
    for (const f of folders) {
      const n = (await listMessages(stack, DESK, f.path)).length;
      say(`  ${f.path.padEnd(24)} ${n} message(s)`);
    }
    say('\nReplies received by the students:');
    for (const s of samples) {
      const inbox = s.expect === 'ignore' ? [] : await listMessages(stack, s.from);
      const got = inbox.map((m) => `"${m.subject}"`).join(', ') || '(none: automatic mail is never answered)';
      say(`  ${s.from.padEnd(40)} expected ${s.expect.padEnd(10)} → ${got}`);
    }
    say('\nStaff queue (npx imss-triage queue list):');
    const queued = await pipeline.store.getMany(await pipeline.store.queuedCaseIds());
    for (const [i, c] of queued.entries()) say(formatQueueLine(i + 1, c, new Date()));

    say('\nWhere to look:');
    say(`  IMAP  ${stack.dovecot.host}:${stack.dovecot.imapPort}  user ${DESK} (or any student address), password ${stack.dovecot.password}`);
    say(`  LMTP  ${stack.dovecot.host}:${stack.dovecot.lmtpPort}  deliver more mail to ${DESK} and watch it answered within a second`);
    say(`  SMTP  ${stack.smtp.host}:${stack.smtp.port}  user ${stack.smtp.user}`);
    say(`  Redis ${stack.redis.url}`);
    say(`  Web   ${web.url}  staff login ${staffLogin.email} / ${staffLogin.password} (admin)`);
    if (once) return 0;
    say('\nThe worker keeps running (IDLE on the inbox). Ctrl-C stops everything.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    return 0;
  } finally {
    if (!stopping) {
      stopping = true;
      await web?.close();
      await pipeline.stop(10_000);
      await stack.stop();
    }
  }
}
