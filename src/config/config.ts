// Reads the environment once, validates it against a schema and returns a frozen Config.
// Every problem is reported at once, one line per variable, naming it and what is wrong.
import { z } from 'zod';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), {
    message: 'must be true or false',
  })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const port = z.coerce.number({ message: 'must be a port number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be greater than 0');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
const email = z.string().trim().email('must be an e-mail address');

const schema = z.object({
  IMAP_HOST: nonEmpty.default('127.0.0.1'),
  IMAP_PORT: port.default(1143),
  IMAP_SECURE: bool.default(false),
  IMAP_USER: nonEmpty.default('imss'),
  IMAP_PASSWORD: z.string().default(''),
  IMAP_MAILBOX: nonEmpty.default('INBOX'),
  IMAP_POLL_SECONDS: positiveInt.default(60),
  IMAP_IDLE_RESTART_SECONDS: positiveInt.default(300),

  SMTP_HOST: nonEmpty.default('127.0.0.1'),
  SMTP_PORT: port.default(2525),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().default(''),
  SMTP_PASSWORD: z.string().default(''),
  MAIL_FROM: email.default('imss@udg.mx'),
  MAIL_FROM_NAME: z.string().default('Coordinación de Servicios Estudiantiles - IMSS'),
  DESK_ADDRESSES: list.default(['imss@udg.mx']),

  REDIS_URL: z
    .string()
    .trim()
    .refine((v) => /^rediss?:\/\//.test(v), { message: 'must start with redis:// or rediss://' })
    .default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_{}-]+$/, 'may hold only letters, digits, _ - { }')
    .default('imss'),

  INSTITUTIONAL_DOMAINS: list.default(['alumnos.udg.mx']),
  STUDENT_CODE_PATTERN: z
    .string()
    .refine((v) => {
      try {
        new RegExp(v);
        return true;
      } catch {
        return false;
      }
    }, { message: 'must be a valid regular expression' })
    .default('^\\d{9}$'),

  MOVE_PROCESSED: bool.default(true),
  FOLDER_COMPLETE: nonEmpty.default('Triage/Completos'),
  FOLDER_INCOMPLETE: nonEmpty.default('Triage/Incompletos'),
  FOLDER_IGNORED: nonEmpty.default('Triage/Ignorados'),
  FOLDER_ERRORS: nonEmpty.default('Triage/Errores'),

  FOLIO_PREFIX: z.string().trim().regex(/^[A-Z0-9-]*$/, 'may hold only capital letters, digits and -').default('IMSS'),
  MAX_REPLIES_PER_DAY: positiveInt.default(3),
  MAX_MESSAGE_BYTES: positiveInt.default(30 * 1024 * 1024),
  WORKER_CONCURRENCY: positiveInt.default(8),

  STAFF_PORT: port.default(8080),
  HEALTH_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(0),
  SESSION_SECRET: z.string().default(''),
  CLAIM_IDLE_MINUTES: positiveInt.default(30),

  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
});

type Env = z.infer<typeof schema>;

export interface Config {
  imap: { host: string; port: number; secure: boolean; user: string; password: string; mailbox: string; pollSeconds: number; idleRestartSeconds: number };
  smtp: { host: string; port: number; secure: boolean; user: string; password: string };
  mailFrom: { address: string; name: string };
  deskAddresses: string[];
  redis: { url: string; prefix: string };
  extraction: { institutionalDomains: string[]; studentCodePattern: string };
  folders: { move: boolean; complete: string; incomplete: string; ignored: string; errors: string };
  folioPrefix: string;
  maxRepliesPerDay: number;
  maxMessageBytes: number;
  workerConcurrency: number;
  web: { port: number; sessionSecret: string; claimIdleMinutes: number };
  healthPort: number;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment (process.env by default); throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set" so that a blank line in .env falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `${name}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = result.data;
  const mailFrom = e.MAIL_FROM.toLowerCase();
  const config: Config = {
    imap: { host: e.IMAP_HOST, port: e.IMAP_PORT, secure: e.IMAP_SECURE, user: e.IMAP_USER, password: e.IMAP_PASSWORD, mailbox: e.IMAP_MAILBOX, pollSeconds: e.IMAP_POLL_SECONDS, idleRestartSeconds: e.IMAP_IDLE_RESTART_SECONDS },
    smtp: { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD },
    mailFrom: { address: mailFrom, name: e.MAIL_FROM_NAME },
    deskAddresses: [...new Set([mailFrom, ...e.DESK_ADDRESSES])],
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    extraction: { institutionalDomains: e.INSTITUTIONAL_DOMAINS, studentCodePattern: e.STUDENT_CODE_PATTERN },
    folders: { move: e.MOVE_PROCESSED, complete: e.FOLDER_COMPLETE, incomplete: e.FOLDER_INCOMPLETE, ignored: e.FOLDER_IGNORED, errors: e.FOLDER_ERRORS },
    folioPrefix: e.FOLIO_PREFIX,
    maxRepliesPerDay: e.MAX_REPLIES_PER_DAY,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    workerConcurrency: e.WORKER_CONCURRENCY,
    web: { port: e.STAFF_PORT, sessionSecret: e.SESSION_SECRET, claimIdleMinutes: e.CLAIM_IDLE_MINUTES },
    healthPort: e.HEALTH_PORT,
    logLevel: e.LOG_LEVEL,
  };
  return deepFreeze(config);
}

/** A one-screen summary for the start-up log, with secrets masked. */
export function summarizeConfig(config: Config): Record<string, unknown> {
  const mask = (s: string) => (s ? '********' : '(empty)');
  return {
    imap: `${config.imap.user}@${config.imap.host}:${config.imap.port}/${config.imap.mailbox} secure=${config.imap.secure} password=${mask(config.imap.password)}`,
    smtp: `${config.smtp.user || '(no auth)'}@${config.smtp.host}:${config.smtp.port} secure=${config.smtp.secure} password=${mask(config.smtp.password)}`,
    redis: config.redis.url.replace(/\/\/([^@/]*)@/, '//********@'),
    folders: config.folders.move ? Object.values(config.folders).slice(1).join(', ') : 'keywords only',
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
