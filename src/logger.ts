// The root logger. One redaction list for the whole process; code logs ids, never content.
import { pino, type Logger } from 'pino';

/** Keys whose values must never reach a log line, wherever they are nested. */
export const REDACTED_LOG_KEYS = [
  'password', 'pass', 'accessToken', 'token', 'secret', 'curp', 'nss', 'studentCode',
  'fullName', 'institutionalEmail', 'email', 'address', 'from', 'to', 'subject', 'text', 'html', 'body',
];

const redactPaths = REDACTED_LOG_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { svc: 'imss-triage' }, redact: { paths: redactPaths, censor: '[redacted]' } },
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
