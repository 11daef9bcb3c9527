// Cleans up after a test process that dies without running its teardown (SIGKILL, a vitest
// timeout, `timeout` sending SIGTERM, Ctrl-C). Dovecot daemonizes into its own session, so
// neither a signal to our process group nor process.on('exit') reaches it in those cases.
//
// Contract: startOrphanGuard(cleanup) spawns a detached `sh` that checks once a second whether
// this Node process is still alive; when it is gone, it runs `cleanup` (a shell command) and exits.
// dispose() kills the guard (after a normal stop). The guard never keeps Node's event loop alive.
import { spawn } from 'node:child_process';

export interface OrphanGuard {
  dispose(): void;
}

/** Quotes a string for a POSIX shell command line. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function startOrphanGuard(cleanup: string): OrphanGuard {
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${cleanup}`;
  const guard = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  guard.on('error', () => {}); // no sh: no guard, the normal teardown still works
  guard.unref();
  const killOnExit = () => guard.kill('SIGKILL');
  process.on('exit', killOnExit);
  return {
    dispose() {
      process.off('exit', killOnExit);
      if (guard.exitCode === null && guard.signalCode === null) guard.kill('SIGKILL');
    },
  };
}
