// Every Redis key the application uses is built here, under one prefix (REDIS_PREFIX, default
// "imss"). Values that are personal data never appear in a key: indexes use hashes.
import { createHash } from 'node:crypto';

export function hashValue(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

export interface Keys {
  prefix: string;
  /** HASH {uidValidity, lastUid}: how far the watcher has queued the mailbox. */
  sync(mailbox: string): string;
  /** STRING: the id of the process holding the watcher lock (expires). */
  watcherLock(): string;
  /** STRING: ISO time of the last successful inbox sync. */
  lastSync(): string;
  /** HASH: what happened to one inbound message (exactly-once record). */
  inbound(messageKey: string): string;
  /** STRING (JSON): one case. */
  case(caseId: string): string;
  /** LIST of JSON events: the case's timeline. */
  timeline(caseId: string): string;
  /** STRING: INCR counter for folios of a year. */
  folioSeq(year: number): string;
  /** STRING caseId: indexes to find a case from a thread, a sender or an identifier. */
  byMessageId(messageId: string): string;
  bySender(address: string): string;
  byIdentifier(kind: 'curp' | 'nss' | 'studentCode', value: string): string;
  /** ZSET caseId -> first-message time: the staff work queue, oldest first. */
  staffQueue(): string;
  /** ZSET caseId -> last update: every case, for listing and search. */
  allCases(): string;
  /** HASH: one outgoing reply (the outbox record). */
  reply(replyId: string): string;
  /** LIST of reply ids of one case, oldest first. */
  caseReplies(caseId: string): string;
  /** ZSET of reply timestamps for one recipient: the per-address daily reply budget. */
  replyBudget(address: string): string;
  /** STRING lock token: serialises case updates for one sender. */
  senderLock(address: string): string;
  /** STRING lock token: serialises writes to one case (inbound, replies, staff). */
  caseLock(caseId: string): string;
  /** ZSET messageKey -> time: messages that could not be triaged (the "Errores" lane). */
  errors(): string;
  /** HASH uidValidity:uid:mailbox -> JSON placement: triaged messages waiting to be filed. */
  placements(): string;
  /** STRING lock token: one filer pass at a time across processes. */
  filerLock(): string;
  /** HASH {email, passwordHash, admin, disabled, createdAt...}: one staff account (web app). */
  staffAccount(email: string): string;
  /** SET of staff account e-mails, for the admin list. */
  staffAccounts(): string;
  /** STRING (JSON, expires): one staff web session, keyed by a hash of the cookie token. */
  staffSession(tokenHash: string): string;
  /** STRING counter (expires): failed logins for one account, for the per-account limit. */
  loginFailures(email: string): string;
  /** Key prefix for the per-IP login rate limiter (@fastify/rate-limit nameSpace). */
  loginRateLimit(): string;
}

export function createKeys(prefix: string): Keys {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    prefix,
    sync: (mailbox) => k('sync', hashValue(mailbox)),
    watcherLock: () => k('watcher', 'lock'),
    lastSync: () => k('watcher', 'last-sync'),
    inbound: (messageKey) => k('inbound', messageKey),
    case: (caseId) => k('case', caseId),
    timeline: (caseId) => k('case', caseId, 'timeline'),
    folioSeq: (year) => k('folio', String(year)),
    byMessageId: (messageId) => k('idx', 'msgid', hashValue(messageId.toLowerCase())),
    bySender: (address) => k('idx', 'sender', hashValue(address.toLowerCase())),
    byIdentifier: (kind, value) => k('idx', kind, hashValue(value.toUpperCase())),
    staffQueue: () => k('queue', 'staff'),
    allCases: () => k('cases'),
    reply: (replyId) => k('reply', replyId),
    caseReplies: (caseId) => k('case', caseId, 'replies'),
    replyBudget: (address) => k('budget', hashValue(address.toLowerCase())),
    senderLock: (address) => k('lock', 'sender', hashValue(address.toLowerCase())),
    caseLock: (caseId) => k('lock', 'case', caseId),
    errors: () => k('errors'),
    placements: () => k('placements'),
    filerLock: () => k('filer', 'lock'),
    staffAccount: (email) => k('staff', 'account', hashValue(email.toLowerCase())),
    staffAccounts: () => k('staff', 'accounts'),
    staffSession: (tokenHash) => k('staff', 'session', tokenHash),
    loginFailures: (email) => k('staff', 'login-fail', hashValue(email.toLowerCase())),
    loginRateLimit: () => `${k('staff', 'rl')}:`,
  };
}

/** BullMQ prefix: a hash tag so every queue key lands in one Redis Cluster slot. */
export function bullPrefix(prefix: string): string {
  return `{${prefix}}`;
}
