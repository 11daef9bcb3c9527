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
const auth = z.enum(['password', 'oauth2'], { message: 'must be password or oauth2' });
/** Comma-separated, case kept (phone numbers, extensions). */
const textList = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const nonNegativeInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more');

const schema = z.object({
  IMAP_HOST: nonEmpty.default('127.0.0.1'),
  IMAP_PORT: port.default(1143),
  IMAP_SECURE: bool.default(false),
  IMAP_USER: nonEmpty.default('imss'),
  IMAP_PASSWORD: z.string().default(''),
  IMAP_MAILBOX: nonEmpty.default('INBOX'),
  IMAP_POLL_SECONDS: positiveInt.default(60),
  IMAP_IDLE_RESTART_SECONDS: positiveInt.default(300),
  IMAP_AUTH: auth.default('password'),

  // OAuth2 (IMAP_AUTH/SMTP_AUTH=oauth2); see docs/deployment.md and src/mail/oauth-token.ts.
  OAUTH_PROVIDER: z.enum(['google', 'microsoft', 'static'], { message: 'must be google, microsoft or static' }).optional(),
  OAUTH_TOKEN_URL: z.string().trim().url('must be a URL').optional(),
  OAUTH_SCOPE: z.string().trim().optional(),
  IMAP_ACCESS_TOKEN: z.string().trim().optional(),
  GOOGLE_CLIENT_ID: z.string().trim().optional(),
  GOOGLE_CLIENT_SECRET: z.string().trim().optional(),
  GOOGLE_REFRESH_TOKEN: z.string().trim().optional(),
  GOOGLE_SERVICE_ACCOUNT_FILE: z.string().trim().optional(),
  MS_TENANT_ID: z.string().trim().optional(),
  MS_CLIENT_ID: z.string().trim().optional(),
  MS_CLIENT_SECRET: z.string().trim().optional(),

  SMTP_HOST: nonEmpty.default('127.0.0.1'),
  SMTP_PORT: port.default(2525),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().default(''),
  SMTP_PASSWORD: z.string().default(''),
  /** Default: IMAP_AUTH. */
  SMTP_AUTH: auth.optional(),
  /** Outgoing replies per minute for the whole deployment (BullMQ limiter); 0 = no limit. */
  SMTP_MAX_PER_MINUTE: nonNegativeInt.default(0),
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
  FOLDER_SENT: nonEmpty.default('Triage/Enviados'),
  SENT_COPY: z.enum(['bcc', 'none'], { message: 'must be bcc or none' }).default('bcc'),
  /** Where the blind copy goes; empty = MAIL_FROM. Best an address the server files in FOLDER_SENT. */
  SENT_COPY_TO: z.union([z.literal(''), email]).default(''),
  SENT_CHECK_GRACE_SECONDS: positiveInt.default(60),

  FOLIO_PREFIX: z.string().trim().regex(/^[A-Z0-9-]*$/, 'may hold only capital letters, digits and -').default('IMSS'),
  MAX_REPLIES_PER_DAY: positiveInt.default(3),
  MAX_MESSAGE_BYTES: positiveInt.default(30 * 1024 * 1024),
  WORKER_CONCURRENCY: positiveInt.default(32),
  /** Megabytes of mail one worker process fetches and parses at once (sizes from RFC822.SIZE). */
  WORKER_INFLIGHT_MB: positiveInt.default(48),
  /** Watcher lease TTL: a dead watcher is replaced after at most this (renewed every third of it). */
  WATCHER_LEASE_SECONDS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(3, 'must be at least 3').default(15),

  STAFF_PORT: port.default(8080),
  STAFF_TRUST_PROXY: bool.default(false),
  HEALTH_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(0),
  HEALTH_HOST: nonEmpty.default('0.0.0.0'),
  /** /readyz fails when the last inbox sync is older; 0 = 3 x IMAP_POLL_SECONDS + 60. */
  READY_SYNC_MAX_AGE_SECONDS: nonNegativeInt.default(0),

  // Reply templates and the desk's contact data in every signature (src/replies/desk-contact.ts).
  TEMPLATES_DIR: z.string().trim().optional(),
  DESK_OFFICE_NAME: z.string().trim().optional(),
  INSTITUTION_NAME: z.string().trim().optional(),
  DESK_ADDRESS: z.string().transform((v) => v.split('|').map((s) => s.trim()).filter(Boolean)).optional(),
  DESK_PHONE: textList.optional(),
  DESK_EXTENSIONS: textList.optional(),
  DESK_HOURS: z.string().trim().optional(),
  DESK_EMAIL: email.optional(),
  DESK_WEB: z.string().trim().url('must be a URL').optional(),
  SESSION_SECRET: z.string().default(''),
  CLAIM_IDLE_MINUTES: positiveInt.default(30),
  /** Resolved/closed cases older than this are purged from Redis by `imss-triage purge`. */
  RETENTION_DAYS: positiveInt.default(365),
  /** authserv-ids of our own receiving servers whose Authentication-Results are believed ('' = off). */
  AUTH_RESULTS_TRUSTED_HOSTS: list.default([]),

  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
});

type Env = z.infer<typeof schema>;

export interface Config {
  imap: { host: string; port: number; secure: boolean; user: string; password: string; mailbox: string; pollSeconds: number; idleRestartSeconds: number; auth: 'password' | 'oauth2'; oauth: OAuthSettings | null };
  smtp: { host: string; port: number; secure: boolean; user: string; password: string; auth: 'password' | 'oauth2'; oauth: OAuthSettings | null; maxPerMinute: number };
  mailFrom: { address: string; name: string };
  deskAddresses: string[];
  redis: { url: string; prefix: string };
  extraction: { institutionalDomains: string[]; studentCodePattern: string };
  folders: { move: boolean; complete: string; incomplete: string; ignored: string; errors: string; sent: string };
  /**
   * 'bcc': every reply is also sent to `to` (MAIL_FROM unless SENT_COPY_TO), so the desk mailbox
   * proves what was sent. The copy is looked for in the INBOX and the sent folder.
   */
  sentCopy: { mode: 'bcc' | 'none'; to: string; graceSeconds: number };
  folioPrefix: string;
  maxRepliesPerDay: number;
  maxMessageBytes: number;
  workerConcurrency: number;
  workerInflightBytes: number;
  watcherLeaseSeconds: number;
  retentionDays: number;
  /** Trusted Authentication-Results hosts (src/triage/sender-authentication.ts); [] = not checked. */
  authResultsTrustedHosts: string[];
  /** trustProxy: behind a TLS reverse proxy, believe its X-Forwarded-For/-Proto (client IP, https). */
  web: { port: number; sessionSecret: string; claimIdleMinutes: number; trustProxy: boolean };
  healthPort: number;
  health: { host: string; syncMaxAgeSeconds: number };
  /** '' = the templates/ folder shipped with the app. */
  templatesDir: string;
  /** Overrides of the desk contact defaults (only what is set). */
  deskContact: { office?: string; university?: string; addressLines?: string[]; phones?: string[]; extensions?: string[]; hours?: string; email?: string; web?: string };
  logLevel: Env['LOG_LEVEL'];
}

/** OAuth2 settings of one mail login (src/mail/oauth-token.ts uses them). */
export interface OAuthSettings {
  provider: 'google' | 'microsoft' | 'static';
  /** The mailbox the token is for (a Google service account impersonates it). */
  user: string;
  staticToken: string;
  /** '' = the provider's endpoint. */
  tokenUrl: string;
  /** '' = the provider's default scope. */
  scope: string;
  google: { clientId: string; clientSecret: string; refreshToken: string; serviceAccountFile: string };
  microsoft: { tenantId: string; clientId: string; clientSecret: string };
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
  const oauthProblems = checkOAuth(cleaned);
  if (!result.success || oauthProblems.length > 0) {
    const problems = (result.error?.issues ?? []).map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `${name}: ${issue.message}`;
    });
    throw new ConfigError([...problems, ...oauthProblems]);
  }
  const e = result.data;
  const smtpAuth = e.SMTP_AUTH ?? e.IMAP_AUTH;
  const oauthFor = (user: string): OAuthSettings => ({
    provider: e.OAUTH_PROVIDER ?? 'static',
    user,
    staticToken: e.IMAP_ACCESS_TOKEN ?? '',
    tokenUrl: e.OAUTH_TOKEN_URL ?? '',
    scope: e.OAUTH_SCOPE ?? '',
    google: { clientId: e.GOOGLE_CLIENT_ID ?? '', clientSecret: e.GOOGLE_CLIENT_SECRET ?? '', refreshToken: e.GOOGLE_REFRESH_TOKEN ?? '', serviceAccountFile: e.GOOGLE_SERVICE_ACCOUNT_FILE ?? '' },
    microsoft: { tenantId: e.MS_TENANT_ID ?? '', clientId: e.MS_CLIENT_ID ?? '', clientSecret: e.MS_CLIENT_SECRET ?? '' },
  });
  const deskContact: Config['deskContact'] = {};
  if (e.DESK_OFFICE_NAME) deskContact.office = e.DESK_OFFICE_NAME;
  if (e.INSTITUTION_NAME) deskContact.university = e.INSTITUTION_NAME;
  if (e.DESK_ADDRESS?.length) deskContact.addressLines = e.DESK_ADDRESS;
  if (e.DESK_PHONE?.length) deskContact.phones = e.DESK_PHONE;
  if (e.DESK_EXTENSIONS?.length) deskContact.extensions = e.DESK_EXTENSIONS;
  if (e.DESK_HOURS) deskContact.hours = e.DESK_HOURS;
  if (e.DESK_EMAIL) deskContact.email = e.DESK_EMAIL.toLowerCase();
  if (e.DESK_WEB) deskContact.web = e.DESK_WEB;
  const mailFrom = e.MAIL_FROM.toLowerCase();
  const config: Config = {
    imap: { host: e.IMAP_HOST, port: e.IMAP_PORT, secure: e.IMAP_SECURE, user: e.IMAP_USER, password: e.IMAP_PASSWORD, mailbox: e.IMAP_MAILBOX, pollSeconds: e.IMAP_POLL_SECONDS, idleRestartSeconds: e.IMAP_IDLE_RESTART_SECONDS, auth: e.IMAP_AUTH, oauth: e.IMAP_AUTH === 'oauth2' ? oauthFor(e.IMAP_USER) : null },
    smtp: { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD, auth: smtpAuth, oauth: smtpAuth === 'oauth2' ? oauthFor(e.SMTP_USER || e.IMAP_USER) : null, maxPerMinute: e.SMTP_MAX_PER_MINUTE },
    mailFrom: { address: mailFrom, name: e.MAIL_FROM_NAME },
    deskAddresses: [...new Set([mailFrom, ...e.DESK_ADDRESSES])],
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    extraction: { institutionalDomains: e.INSTITUTIONAL_DOMAINS, studentCodePattern: e.STUDENT_CODE_PATTERN },
    folders: { move: e.MOVE_PROCESSED, complete: e.FOLDER_COMPLETE, incomplete: e.FOLDER_INCOMPLETE, ignored: e.FOLDER_IGNORED, errors: e.FOLDER_ERRORS, sent: e.FOLDER_SENT },
    // Not lower-cased: the part after '+' may name a folder, and folder names keep their case.
    sentCopy: { mode: e.SENT_COPY, to: e.SENT_COPY_TO || mailFrom, graceSeconds: e.SENT_CHECK_GRACE_SECONDS },
    folioPrefix: e.FOLIO_PREFIX,
    maxRepliesPerDay: e.MAX_REPLIES_PER_DAY,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    workerConcurrency: e.WORKER_CONCURRENCY,
    workerInflightBytes: e.WORKER_INFLIGHT_MB * 1024 * 1024,
    watcherLeaseSeconds: e.WATCHER_LEASE_SECONDS,
    retentionDays: e.RETENTION_DAYS,
    authResultsTrustedHosts: e.AUTH_RESULTS_TRUSTED_HOSTS,
    web: { port: e.STAFF_PORT, sessionSecret: e.SESSION_SECRET, claimIdleMinutes: e.CLAIM_IDLE_MINUTES, trustProxy: e.STAFF_TRUST_PROXY },
    healthPort: e.HEALTH_PORT,
    health: { host: e.HEALTH_HOST, syncMaxAgeSeconds: e.READY_SYNC_MAX_AGE_SECONDS || 3 * e.IMAP_POLL_SECONDS + 60 },
    templatesDir: e.TEMPLATES_DIR ?? '',
    deskContact,
    logLevel: e.LOG_LEVEL,
  };
  return deepFreeze(config);
}

/** A one-screen summary for the start-up log, with secrets masked. */
export function summarizeConfig(config: Config): Record<string, unknown> {
  const mask = (s: string) => (s ? '********' : '(empty)');
  return {
    imap: `${config.imap.user}@${config.imap.host}:${config.imap.port}/${config.imap.mailbox} secure=${config.imap.secure} ${config.imap.oauth ? `oauth2=${config.imap.oauth.provider}` : `password=${mask(config.imap.password)}`}`,
    smtp: `${config.smtp.user || '(no auth)'}@${config.smtp.host}:${config.smtp.port} secure=${config.smtp.secure} ${config.smtp.oauth ? `oauth2=${config.smtp.oauth.provider}` : `password=${mask(config.smtp.password)}`}${config.smtp.maxPerMinute ? ` max=${config.smtp.maxPerMinute}/min` : ''}`,
    redis: config.redis.url.replace(/\/\/([^@/]*)@/, '//********@'),
    folders: config.folders.move ? Object.values(config.folders).slice(1).join(', ') : 'keywords only',
    sentCopy: config.sentCopy.mode === 'bcc' ? `bcc to ${config.sentCopy.to}` : 'none',
  };
}

/** Cross-field rules of OAuth2: what each provider needs, checked on the raw (non-empty) env. */
function checkOAuth(env: Record<string, string | undefined>): string[] {
  const wants = env.IMAP_AUTH === 'oauth2' || (env.SMTP_AUTH ?? env.IMAP_AUTH) === 'oauth2';
  if (!wants) return [];
  const missing = (names: string[]) => names.filter((n) => !env[n]).map((n) => `${n}: required with OAUTH_PROVIDER=${env.OAUTH_PROVIDER}`);
  switch (env.OAUTH_PROVIDER) {
    case 'static':
      return missing(['IMAP_ACCESS_TOKEN']);
    case 'google':
      return env.GOOGLE_SERVICE_ACCOUNT_FILE ? [] : missing(['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_REFRESH_TOKEN']).map((p) => `${p} (or GOOGLE_SERVICE_ACCOUNT_FILE)`);
    case 'microsoft':
      return missing(env.OAUTH_TOKEN_URL ? ['MS_CLIENT_ID', 'MS_CLIENT_SECRET'] : ['MS_TENANT_ID', 'MS_CLIENT_ID', 'MS_CLIENT_SECRET']);
    case undefined:
      return ['OAUTH_PROVIDER: required when IMAP_AUTH or SMTP_AUTH is oauth2 (google, microsoft or static)'];
    default:
      return []; // reported by the schema
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
