// @ts-check
// Inside the SMTP worker thread: one nodemailer pool, driven by messages from the main thread
// (src/mail/smtp-thread.ts). OAuth2 tokens are asked of the main thread, which owns the provider.
// Plain JavaScript, type-checked from JSDoc (tsconfig checkJs): threads do not inherit the main
// thread's tsx hooks, and loading tsx in the thread cost ~10 MB of its RSS.
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';
import { errorFields } from './smtp-error-fields.mjs';

/** @typedef {import('./smtp-thread.js').ToThread} ToThread */
/** @typedef {import('./smtp-thread.js').FromThread} FromThread */
/** @typedef {import('./smtp-thread.js').ThreadTransportOptions} ThreadTransportOptions */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { transport: options, oauthUser } = /** @type {ThreadTransportOptions} */ (workerData);
/** @param {FromThread} m */
const post = (m) => port.postMessage(m);

let nextTokenId = 1;
/** @type {Map<number, (m: Extract<ToThread, { t: 'token' }>) => void>} */
const tokenWaits = new Map();
/** @param {string} _user @param {boolean} renew @param {(err: Error | null, token?: string, expires?: number) => void} done */
const provisionCallback = (_user, renew, done) => {
  const id = nextTokenId++;
  tokenWaits.set(id, (m) => {
    // nodemailer keeps our error's code as originalCode on the EAUTH it throws.
    if (m.error || !m.token) done(Object.assign(new Error(m.error?.message ?? 'no token'), { code: m.error?.code, tokenError: id }));
    else done(null, m.token, m.expires);
  });
  post({ t: 'token', id, renew });
};

const transport = nodemailer.createTransport(
  /** @type {any} */ ({ ...options, ...(oauthUser !== null ? { auth: { type: 'OAuth2', user: oauthUser, provisionCallback } } : {}) }),
);

port.on('message', (/** @type {ToThread} */ m) => {
  switch (m.t) {
    case 'send':
      transport.sendMail(/** @type {any} */ (m.mail)).then(
        (/** @type {any} */ i) =>
          post({
            t: 'sent',
            id: m.id,
            info: {
              response: typeof i.response === 'string' ? i.response : '',
              accepted: (i.accepted ?? []).map(String),
              rejected: (i.rejected ?? []).map(String),
              rejectedErrors: (i.rejectedErrors ?? []).map((/** @type {any} */ e) => ({ response: typeof e.response === 'string' ? e.response : undefined })),
            },
          }),
        (err) => post({ t: 'failed', id: m.id, err: errorFields(err) }),
      );
      break;
    case 'verify':
      transport.verify().then(
        () => post({ t: 'verified', id: m.id, ok: true }),
        () => post({ t: 'verified', id: m.id, ok: false }),
      );
      break;
    case 'token':
      tokenWaits.get(m.id)?.(m);
      tokenWaits.delete(m.id);
      break;
    case 'close':
      transport.close();
      port.close();
      break;
  }
});
