// Sends one prepared reply over SMTP and classifies the result. No business decisions here.
// nodemailer's pool would re-send a message when a connection drops (maxRequeues): that is turned
// off so BullMQ is the single retry layer. The pool runs in a worker thread of its own
// (smtp-thread.ts) so that its round trips do not wait on the busy triage loop.
import type { Config } from '../config/index.js';
import { smtpRejected, smtpTransient, smtpUncertain } from '../errors.js';
import { sharedTokenProvider } from './oauth-token.js';
import { createThreadTransport, type MailTransport, type SendInfo } from './smtp-thread.js';

export interface OutgoingMessage {
  from: { address: string; name: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string; // without angle brackets; deterministic, so a resend is recognisable
  inReplyTo: string | null;
  references: string[];
  headers?: Record<string, string>;
  /** Blind copies (envelope only, never in a header): the desk's own proof-of-sending copy. */
  bcc?: string[];
}

export interface SendResult {
  response: string;
  accepted: string[];
}

export interface SmtpSender {
  send(message: OutgoingMessage): Promise<SendResult>;
  verify(): Promise<boolean>;
  close(): void;
}

export interface SmtpSenderOptions {
  /** The thread's entry module (tests: a thread that fails on purpose). */
  threadEntry?: URL;
}

export function createSmtpSender(smtp: Config['smtp'], options: SmtpSenderOptions = {}): SmtpSender {
  // OAuth2: the thread's nodemailer asks for a token (provisionCallback) and reuses it until
  // `expires`; on a refused AUTH it asks again with renew=true, so a send after expiry gets a fresh one.
  const tokens = smtp.oauth ? sharedTokenProvider(smtp.oauth) : null;
  const requestToken = tokens ? async (renew: boolean) => ({ token: await tokens.getToken({ forceRefresh: renew }), expires: tokens.usableUntil() }) : null;
  const transportOptions = {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(!tokens && smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
    pool: true,
    maxConnections: 3,
    maxRequeues: 0,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  };
  const transport: MailTransport = createThreadTransport({ transport: transportOptions, oauthUser: tokens ? smtp.oauth!.user ?? '' : null }, requestToken, options.threadEntry);

  return {
    async send(m) {
      let info: SendInfo;
      try {
        info = await transport.sendMail({
          from: { address: m.from.address, name: m.from.name },
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: `<${m.messageId}>`,
          inReplyTo: m.inReplyTo ? `<${m.inReplyTo}>` : undefined,
          references: m.references.length > 0 ? m.references.map((r) => `<${r}>`) : undefined,
          headers: {
            // RFC 3834: this is an automatic reply; well-behaved responders will not answer it.
            'Auto-Submitted': 'auto-replied',
            'X-Auto-Response-Suppress': 'All',
            ...m.headers,
          },
          // One student address, never a Cc list; the blind copy goes to the desk itself.
          envelope: { from: m.from.address, to: [m.to, ...(m.bcc ?? [])] },
          disableFileAccess: true,
          disableUrlAccess: true,
        });
      } catch (err) {
        const e = err as { permanent?: boolean; responseCode?: number; response?: string; message?: string; code?: string; originalCode?: string; syscall?: string };
        // A refused login is the deployment's problem, not this reply's: retry, never "failed".
        // nodemailer re-labels a token provider's error EAUTH and keeps our code in originalCode.
        if (e.code === 'EAUTH' && e.originalCode?.startsWith('IMSS_OAUTH_')) throw Object.assign(err as Error, { code: e.originalCode });
        if (e.code === 'EAUTH' && tokens) throw tokens.reportRejected('smtp', e.response ?? e.message ?? '');
        if (e.code === 'EAUTH') throw smtpTransient(err);
        if (e.permanent === true) throw smtpRejected(`${e.responseCode ?? ''} ${e.response ?? e.message ?? ''}`.trim(), err);
        // A server's answer (4xx) or a failure before the envelope was accepted means nothing was
        // delivered; a socket error or timeout later on may come after the server took the message.
        // (nodemailer reports a connection closed mid-transaction as ECONNECTION, whatever the stage.)
        const refused = e.syscall === 'connect' || /ECONNREFUSED/.test(e.message ?? '');
        const notDelivered = typeof e.responseCode === 'number' || refused || ['EAUTH', 'EENVELOPE', 'EDNS', 'ETLS'].includes(e.code ?? '');
        throw notDelivered ? smtpTransient(err) : smtpUncertain(err);
      }
      tokens?.reportAccepted();
      const rejected = (info.rejected ?? []).map(String);
      // The server's reason for the refused recipient, not the 250 of the DATA the desk copy got.
      if (rejected.length > 0) throw smtpRejected(`recipient rejected (${info.rejectedErrors?.[0]?.response ?? info.response ?? ''})`);
      return { response: info.response ?? '', accepted: (info.accepted ?? []).map(String) };
    },
    verify: () => transport.verify(),
    close() {
      transport.close();
    },
  };
}
