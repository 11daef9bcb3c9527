// @ts-check
// Shared by the SMTP thread and the main thread (plain JavaScript, so the thread loads it without tsx).

/**
 * The fields of a nodemailer error that say what happened, as plain data (it crosses the thread
 * boundary; see the classification in smtp-sender.ts).
 * @param {unknown} err
 * @returns {import('./smtp-thread.js').SendErrorFields}
 */
export function errorFields(err) {
  const e = /** @type {Record<string, unknown>} */ (err ?? {});
  /** @param {unknown} v */
  const str = (v) => (typeof v === 'string' ? v : undefined);
  return {
    message: str(e.message) ?? String(err),
    code: str(e.code),
    originalCode: str(e.originalCode),
    responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
    response: str(e.response),
    permanent: typeof e.permanent === 'boolean' ? e.permanent : undefined,
    syscall: str(e.syscall),
    tokenError: typeof e.tokenError === 'number' ? e.tokenError : undefined,
  };
}
