// A private redis-server for tests and the demo: own config, own data dir, loopback port, AOF on.
//
// Contract: startRedis() resolves once the server answers PING with PONG (not -LOADING);
// restart() stops the process and starts it again on the same port and data dir, so everything
// written before the restart is there after it (AOF, appendfsync everysec; a graceful stop
// flushes the AOF). restart({ signal: 'SIGKILL' }) simulates a crash: up to ~1 s of writes may be
// lost, as in production. stop() is idempotent.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { answersWith, getFreePort, LOOPBACK, waitUntil } from './free-port.js';
import { shellQuote, startOrphanGuard } from './orphan-guard.js';

export interface RedisServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
  restart(options?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
}

export interface RedisOptions {
  /** Directory for redis.conf, the AOF and redis.log; created if missing. */
  dir: string;
  port?: number;
  binary?: string;
  log?: (line: string) => void;
}

function redisConfig(dir: string, port: number): string {
  return [
    `bind ${LOOPBACK}`,
    `port ${port}`,
    'protected-mode yes',
    'daemonize no',
    `dir ${dir}`,
    `logfile ${path.join(dir, 'redis.log')}`,
    // Written even with daemonize no; the orphan guard kills the pid it names.
    `pidfile ${path.join(dir, 'redis.pid')}`,
    'loglevel notice',
    // Durable like production: AOF, fsync once a second; BullMQ requires noeviction.
    'appendonly yes',
    'appendfsync everysec',
    'maxmemory-policy noeviction',
    // No RDB snapshots: the AOF is the persistence under test.
    'save ""',
    'databases 16',
    '',
  ].join('\n');
}


export async function startRedis(options: RedisOptions): Promise<RedisServer> {
  const { dir, binary = 'redis-server', log = () => {} } = options;
  await mkdir(dir, { recursive: true });
  const confFile = path.join(dir, 'redis.conf');
  let port = options.port ?? (await getFreePort());
  let child: ChildProcess | undefined;
  let exitInfo: string | undefined;
  let stopped = false;

  const killOnExit = () => child?.kill('SIGKILL');
  process.on('exit', killOnExit);
  // If this process dies without stop() (SIGKILL, timeout), stop redis anyway.
  const pidFile = shellQuote(path.join(dir, 'redis.pid'));
  const guard = startOrphanGuard(`[ -f ${pidFile} ] && kill -TERM "$(cat ${pidFile})" 2>/dev/null`);

  async function launch(): Promise<void> {
    await writeFile(confFile, redisConfig(dir, port));
    exitInfo = undefined;
    const proc = spawn(binary, [confFile], { stdio: 'ignore' });
    child = proc;
    proc.once('error', (err) => { exitInfo = `could not run ${binary}: ${err.message}`; });
    proc.once('exit', (code, signal) => {
      exitInfo = `redis-server exited (code ${code}, signal ${signal}); see ${path.join(dir, 'redis.log')}`;
      if (child === proc) child = undefined;
    });
    await waitUntil(() => answersWith(port, '+PONG', 'PING\r\n'), `redis on port ${port}`, { isDead: () => exitInfo });
    log(`redis: ready on ${LOOPBACK}:${port} (pid ${proc.pid})`);
  }

  async function halt(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  // A port taken between getFreePort() and the bind makes redis exit at once: retry with another.
  for (let attempt = 1; ; attempt++) {
    try {
      await launch();
      break;
    } catch (err) {
      await halt('SIGKILL');
      if (attempt >= 3 || options.port !== undefined) {
        process.off('exit', killOnExit);
        guard.dispose();
        throw err;
      }
      log(`redis: start on port ${port} failed (${(err as Error).message}); retrying`);
      port = await getFreePort();
    }
  }

  return {
    get url() { return `redis://${LOOPBACK}:${port}`; },
    host: LOOPBACK,
    get port() { return port; },
    dir,
    get pid() { return child?.pid; },
    async stop() {
      if (stopped) return;
      stopped = true;
      await halt('SIGTERM');
      process.off('exit', killOnExit);
      guard.dispose();
      log('redis: stopped');
    },
    async restart({ signal = 'SIGTERM' } = {}) {
      if (stopped) throw new Error('redis: restart() after stop()');
      await halt(signal);
      log(`redis: stopped with ${signal}, restarting`);
      await launch();
    },
  };
}
