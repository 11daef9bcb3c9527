// The worker's operations endpoint on its own port (HEALTH_PORT; 0 = off), plain node:http:
//   GET /healthz  200 while the process runs (liveness: restart only if this stops answering)
//   GET /readyz   200 when Redis, IMAP, SMTP, OAuth2 and a recent inbox sync are fine, else 503;
//                 JSON body with every check either way
//   GET /metrics  Prometheus text format (src/ops/metrics.ts)
// No personal data is served here: counts, ages and error codes only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { sharedTokenProviders } from '../mail/oauth-token.js';
import type { Pipeline } from '../queue/pipeline.js';
import type { WorkerMetrics } from './metrics.js';
import { cachedCheck, checkSyncAge, checkTokens, runChecks, type Check, type ReadinessReport } from './readiness.js';

export interface HealthServer {
  readonly port: number;
  readonly url: string;
  readiness(): Promise<ReadinessReport>;
  close(): Promise<void>;
}

export interface HealthDeps {
  /** Named checks for /readyz (readinessChecks() builds the worker's). */
  checks: Record<string, Check>;
  metrics?: WorkerMetrics;
  log: Logger;
  checkTimeoutMs?: number;
}

/** The worker's readiness checks over a running pipeline. */
export function readinessChecks(config: Config, pipeline: Pick<Pipeline, 'redis' | 'keys' | 'ops' | 'sender'>, options: { smtpCacheMs?: number } = {}): Record<string, Check> {
  return {
    redis: async () => {
      await pipeline.redis.ping();
    },
    imap: async () => {
      await pipeline.ops.use((client) => client.noop(), 4_000);
    },
    smtp: cachedCheck(async () => {
      if (!(await pipeline.sender.verify())) throw new Error(`SMTP ${config.smtp.host}:${config.smtp.port} did not accept a connection and login`);
    }, options.smtpCacheMs ?? 60_000),
    sync: async () => checkSyncAge(await pipeline.redis.get(pipeline.keys.lastSync()), Date.now(), config.health.syncMaxAgeSeconds),
    oauth: async () => checkTokens(sharedTokenProviders()),
  };
}

export async function startHealthServer(host: string, port: number, deps: HealthDeps): Promise<HealthServer> {
  const readiness = () => runChecks(deps.checks, deps.checkTimeoutMs ?? 5_000);
  let lastReady: boolean | null = null;
  const server = http.createServer((req, res) => {
    const send = (status: number, body: string, type = 'application/json; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, '{"error":"method not allowed"}');
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      switch (path) {
        case '/healthz':
          return send(200, JSON.stringify({ status: 'ok', pid: process.pid, uptimeSeconds: Math.round(process.uptime()) }));
        case '/readyz': {
          const report = await readiness();
          if (report.ready !== lastReady) {
            // Log transitions once, not every probe.
            const failing = Object.entries(report.checks).filter(([, c]) => !c.ok).map(([n, c]) => ({ check: n, detail: c.detail }));
            if (report.ready) deps.log.info('ready');
            else deps.log.error({ failing }, 'not ready');
            lastReady = report.ready;
          }
          return send(report.ready ? 200 : 503, JSON.stringify({ status: report.ready ? 'ready' : 'not ready', ...report }));
        }
        case '/metrics':
          if (!deps.metrics) return send(404, '{"error":"metrics off"}');
          return send(200, await deps.metrics.render(), deps.metrics.contentType);
        default:
          return send(404, '{"error":"not found"}');
      }
    })().catch((err: unknown) => {
      deps.log.warn({ err: { message: (err as Error).message } }, 'health endpoint failed');
      if (!res.headersSent) send(500, '{"error":"internal"}');
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  deps.log.info({ port: bound }, 'health server listening (/healthz, /readyz, /metrics)');
  return {
    port: bound,
    url: `http://${shownHost}:${bound}`,
    readiness,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
