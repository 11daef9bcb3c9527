// Runs `node bin/imss-triage.mjs worker` as a child process with the stack's env, capturing its
// stdout and stderr (the privacy test scans them; the SIGTERM test signals it).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildWorker {
  readonly proc: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Sends `signal` and resolves with the exit, SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export function startChildWorker(env: Record<string, string>, args: string[] = ['worker']): ChildWorker {
  // A clean environment: only what the worker needs, nothing inherited that could be logged.
  const proc = spawn(process.execPath, ['bin/imss-triage.mjs', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  proc.stdout!.on('data', (c: Buffer) => chunks.push(c));
  proc.stderr!.on('data', (c: Buffer) => chunks.push(c));
  let signalledAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    proc.once('exit', (code, signal) => resolve({ code, signal, ms: signalledAt ? Date.now() - signalledAt : 0 }));
  });
  return {
    proc,
    output: () => Buffer.concat(chunks).toString('utf8'),
    exited,
    async stop(signal = 'SIGTERM', graceMs = 40_000) {
      if (proc.exitCode === null && proc.signalCode === null) {
        signalledAt = Date.now();
        proc.kill(signal);
        const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
        const result = await exited;
        clearTimeout(timer);
        return result;
      }
      return exited;
    },
  };
}
