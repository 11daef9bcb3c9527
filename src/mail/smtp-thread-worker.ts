// Inside the SMTP worker thread: one nodemailer pool, driven by messages from the main thread
// (src/mail/smtp-thread.ts). OAuth2 tokens are asked of the main thread, which owns the provider.
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';
import { errorFields, type FromThread, type SendInfo, type ThreadTransportOptions, type ToThread } from './smtp-thread.js';

const port = parentPort!;
const { transport: options, oauthUser } = workerData as ThreadTransportOptions;
const post = (m: FromThread) => port.postMessage(m);

let nextTokenId = 1;
const tokenWaits = new Map<number, (m: Extract<ToThread, { t: 'token' }>) => void>();
const provisionCallback = (_user: string, renew: boolean, done: (err: Error | null, token?: string, expires?: number) => void) => {
  const id = nextTokenId++;
  tokenWaits.set(id, (m) => {
    // nodemailer keeps our error's code as originalCode on the EAUTH it throws.
    if (m.error || !m.token) done(Object.assign(new Error(m.error?.message ?? 'no token'), { code: m.error?.code, tokenError: id }));
    else done(null, m.token, m.expires);
  });
  post({ t: 'token', id, renew });
};

const transport = nodemailer.createTransport({
  ...options,
  ...(oauthUser !== null ? { auth: { type: 'OAuth2', user: oauthUser, provisionCallback } } : {}),
} as never);

port.on('message', (m: ToThread) => {
  switch (m.t) {
    case 'send':
      transport.sendMail(m.mail as never).then(
        (info: unknown) => {
          const i = info as { response?: unknown; accepted?: unknown[]; rejected?: unknown[]; rejectedErrors?: { response?: unknown }[] };
          const out: SendInfo = {
            response: typeof i.response === 'string' ? i.response : '',
            accepted: (i.accepted ?? []).map(String),
            rejected: (i.rejected ?? []).map(String),
            rejectedErrors: (i.rejectedErrors ?? []).map((e) => ({ response: typeof e.response === 'string' ? e.response : undefined })),
          };
          post({ t: 'sent', id: m.id, info: out });
        },
        (err: unknown) => post({ t: 'failed', id: m.id, err: errorFields(err) }),
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
