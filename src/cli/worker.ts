// `imss-triage worker`: runs the mail pipeline until SIGTERM/SIGINT, then stops gracefully.
import type { Config } from '../config/index.js';
import { summarizeConfig } from '../config/index.js';
import { createLogger, type Logger } from '../logger.js';
import { createPipeline, type Pipeline } from '../queue/pipeline.js';
import { createAutoReplyRenderer } from '../replies/compose-reply.js';
import { sharedTokenProviders } from '../mail/oauth-token.js';
import { readinessChecks, startHealthServer } from '../ops/health-server.js';
import { createWorkerMetrics, type WorkerMetrics } from '../ops/metrics.js';
import { loadConfigOrExit } from './load-config.js';

export async function startWorker(config: Config, log: Logger, options: { metrics?: WorkerMetrics } = {}): Promise<Pipeline> {
  const pipeline = createPipeline(config, log, { render: createAutoReplyRenderer(config), metrics: options.metrics?.hooks, lockTtlMs: config.watcherLeaseSeconds * 1000 });
  options.metrics?.attach({ ...pipeline, tokenProviders: sharedTokenProviders });
  await pipeline.start();
  return pipeline;
}

export async function runWorker(args: string[] = []): Promise<number> {
  if (args.includes('--dry-run')) return (await import('./dry-run.js')).runDryRun(args);
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  log.info({ config: summarizeConfig(config) }, 'starting worker');
  const metrics = createWorkerMetrics();
  const pipeline = await startWorker(config, log, { metrics });
  // HEALTH_PORT: /healthz, /readyz and /metrics on their own port (0 = off).
  const health = config.healthPort > 0
    ? await startHealthServer(config.health.host, config.healthPort, { checks: readinessChecks(config, pipeline), metrics, log })
    : null;
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'stopping');
      resolve();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  await pipeline.stop();
  await health?.close();
  return 0;
}
