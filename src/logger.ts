// The root logger. One redaction list for the whole process; code logs ids, never content.
import { pino, type Logger } from 'pino';

/** Keys whose values must never reach a log line, wherever they are nested (any depth, any case). */
export const REDACTED_LOG_KEYS = [
  'password', 'pass', 'accessToken', 'token', 'secret', 'curp', 'nss', 'studentCode',
  'fullName', 'institutionalEmail', 'email', 'address', 'from', 'to', 'subject', 'text', 'html', 'body',
  // Secrets of the OAuth2 and web configuration (a whole Config logged by mistake).
  'clientSecret', 'refreshToken', 'staticToken', 'sessionSecret', 'privateKey', 'authorization', 'cookie',
  // Personal data of a case record.
  'nameParts', 'givenNames', 'firstSurname', 'secondSurname', 'replyAddress', 'addresses', 'replyTo', 'cc',
];

// pino's redact paths are exact: they cover the top levels fast, including child-logger bindings.
const redactPaths = REDACTED_LOG_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
const REDACTED = new Set(REDACTED_LOG_KEYS.map((k) => k.toLowerCase()));
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
const MAX_DEPTH = 10;

/**
 * Deeper than the paths reach: a copy of a log call's object with every redacted key censored at
 * any depth and credentials removed from URLs (redis://user:pass@host). Only plain objects and
 * arrays are walked; errors, buffers and dates go to pino's serializers as they are.
 */
export function scrubLogObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('://') ? value.replace(URL_CREDENTIALS, '$1[redacted]@') : value;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || proto === Object.prototype || proto === null;
  if (!plain) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => scrubLogObject(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = REDACTED.has(k.toLowerCase()) ? '[redacted]' : scrubLogObject(v, depth + 1);
  return out;
}

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { svc: 'imss-triage' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      formatters: { log: (obj) => scrubLogObject(obj) as Record<string, unknown> },
    },
    destination as never,
  );
}

/** Masks all but the last `keep` characters: "PEGL890909MJCRMS08" -> "***************S08". */
export function maskValue(value: string | null | undefined, keep = 3): string {
  if (!value) return '';
  if (value.length <= keep) return '*'.repeat(value.length);
  return '*'.repeat(value.length - keep) + value.slice(-keep);
}

export type { Logger };
