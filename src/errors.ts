// The error catalogue: every unexpected failure has a stable code and says whether a retry may help.
// Expected outcomes (missing fields, automatic mail) are data, not errors.

export class TriageError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TriageError';
  }
}

export const ERROR_CODES = {
  IMSS_IMAP_UNAVAILABLE: 'IMSS_IMAP_UNAVAILABLE',
  IMSS_MESSAGE_GONE: 'IMSS_MESSAGE_GONE',
  IMSS_UIDVALIDITY_CHANGED: 'IMSS_UIDVALIDITY_CHANGED',
  IMSS_MOVE_FAILED: 'IMSS_MOVE_FAILED',
  IMSS_SMTP_TRANSIENT: 'IMSS_SMTP_TRANSIENT',
  IMSS_SMTP_UNCERTAIN: 'IMSS_SMTP_UNCERTAIN',
  IMSS_SMTP_REJECTED: 'IMSS_SMTP_REJECTED',
  IMSS_MESSAGE_TOO_LARGE: 'IMSS_MESSAGE_TOO_LARGE',
  IMSS_MALFORMED_MESSAGE: 'IMSS_MALFORMED_MESSAGE',
  IMSS_CASE_CONFLICT: 'IMSS_CASE_CONFLICT',
  IMSS_OAUTH_REFUSED: 'IMSS_OAUTH_REFUSED',
  IMSS_OAUTH_UNAVAILABLE: 'IMSS_OAUTH_UNAVAILABLE',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const imapUnavailable = (cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_IMAP_UNAVAILABLE, 'IMAP server unavailable', true, { cause });
export const messageGone = (uid: number) =>
  new TriageError(ERROR_CODES.IMSS_MESSAGE_GONE, `message UID ${uid} is no longer in the mailbox`, false);
export const uidValidityChanged = () =>
  new TriageError(ERROR_CODES.IMSS_UIDVALIDITY_CHANGED, 'mailbox UIDVALIDITY changed; UID is void', false);
export const moveFailed = (uid: number, folder: string) =>
  new TriageError(ERROR_CODES.IMSS_MOVE_FAILED, `could not move UID ${uid} to ${folder}`, true);
export const smtpTransient = (cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_SMTP_TRANSIENT, 'SMTP temporarily unavailable', true, { cause });
/** The connection failed after the message may have been accepted (a timeout after DATA...). */
export const smtpUncertain = (cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_SMTP_UNCERTAIN, 'SMTP failed at a point where the reply may have been accepted', true, { cause });
export const smtpRejected = (detail: string, cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_SMTP_REJECTED, `SMTP rejected the reply: ${detail}`, false, { cause });
export const caseConflict = () =>
  new TriageError(ERROR_CODES.IMSS_CASE_CONFLICT, 'case changed concurrently; retry', true);
// OAuth2 (src/mail/oauth-token.ts). Refused: the token endpoint or the mail server said no (revoked
// consent, wrong secret, expired static token) - an operator must act; the worker keeps retrying
// with backoff and fails readiness meanwhile. Unavailable: the token endpoint could not be reached.
export const oauthRefused = (detail: string, cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_OAUTH_REFUSED, `OAuth2 access refused: ${detail}`, true, { cause });
export const oauthUnavailable = (detail: string, cause?: unknown) =>
  new TriageError(ERROR_CODES.IMSS_OAUTH_UNAVAILABLE, `OAuth2 token endpoint unavailable: ${detail}`, true, { cause });
