// `imss-triage worker`: runs the mail pipeline until SIGTERM/SIGINT, then stops gracefully.
import type { Config } from '../config/index.js';
import { summarizeConfig } from '../config/index.js';
import { createLogger, type Logger } from '../logger.js';
import { createPipeline, type Pipeline } from '../queue/pipeline.js';
import { createAutoReplyRenderer } from '../replies/compose-reply.js';
import { loadConfigOrExit } from './load-config.js';

export async function startWorker(config: Config, log: Logger): Promise<Pipeline> {
  const pipeline = createPipeline(config, log, { render: createAutoReplyRenderer(config) });
  await pipeline.start();
  return pipeline;
}

export async function runWorker(): Promise<number> {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  log.info({ config: summarizeConfig(config) }, 'starting worker');
  const pipeline = await startWorker(config, log);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'stopping');
      resolve();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  await pipeline.stop();
  return 0;
}
