// Entry of the SMTP worker thread (src/mail/smtp-thread.ts). Threads do not inherit the main
// thread's module hooks, so this registers tsx (as bin/imss-triage.mjs does) before loading the
// TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./smtp-thread-worker.ts');
