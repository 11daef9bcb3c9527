// Prometheus metrics of one worker process (prom-client, its own registry: nothing global).
//
// Per process (sum them across processes in Prometheus):
//   imss_messages_triaged_total{outcome}        complete | incomplete | ignore | error | gone | stale | duplicate
//   imss_replies_total{result}                  sent | failed (permanent) | retry (transient attempt)
//   imss_job_duration_seconds{lane}             processing time of one job attempt (histogram)
//   imss_imap_reconnects_total                  IMAP sessions rebuilt (watcher + ops)
//   imss_oauth_token_ok                         1 while the last OAuth2 exchange worked (absent without OAuth2)
// Per deployment (read from Redis at scrape time, identical in every process):
//   imss_lane_cases{lane}                       staff_queue | incomplete | errors
//   imss_queue_jobs{queue,state}                BullMQ counts: waiting, active, delayed, failed
//   imss_oldest_waiting_seconds{lane}           staff_queue (first message of the oldest queued case), incoming (oldest waiting job)
//   imss_watcher_last_sync_age_seconds          since the last successful inbox sync
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Keys } from '../queue/keys.js';
import type { PipelineMetrics } from '../queue/pipeline.js';
import type { CaseRecord } from '../triage/case-model.js';
import type { AccessTokenProvider } from '../mail/oauth-token.js';

/** What the gauges read: the parts of a Pipeline they need (a fake in unit tests). */
export interface MetricsSource {
  redis: Redis;
  keys: Keys;
  incoming: Queue;
  replies: Queue;
  stats: { imapReconnects: () => number };
  tokenProviders?: () => AccessTokenProvider[];
}

export interface WorkerMetrics {
  registry: Registry;
  /** Pass as PipelineOptions.metrics. */
  hooks: PipelineMetrics;
  /** Connects the gauges that read Redis and the pipeline (after createPipeline). */
  attach(source: MetricsSource): void;
  render(): Promise<string>;
  contentType: string;
}

/** The incomplete-cases count loads every case: do it at most this often. */
const CASE_SCAN_CACHE_MS = 30_000;

export function createWorkerMetrics(options: { defaultMetrics?: boolean; now?: () => number } = {}): WorkerMetrics {
  const now = options.now ?? Date.now;
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'imss_process_' });
  let source: MetricsSource | null = null;

  const triaged = new Counter({ name: 'imss_messages_triaged_total', help: 'Inbound messages processed, by outcome', labelNames: ['outcome'], registers: [registry] });
  const replies = new Counter({ name: 'imss_replies_total', help: 'Reply send attempts, by result (sent, failed = permanent, retry = transient)', labelNames: ['result'], registers: [registry] });
  const duration = new Histogram({
    name: 'imss_job_duration_seconds',
    help: 'Processing time of one job attempt',
    labelNames: ['lane'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  let reconnectsSeen = 0;
  new Counter({
    name: 'imss_imap_reconnects_total',
    help: 'IMAP sessions rebuilt after a drop (watcher and ops)',
    registers: [registry],
    collect() {
      const n = source?.stats.imapReconnects() ?? 0;
      if (n > reconnectsSeen) {
        this.inc(n - reconnectsSeen);
        reconnectsSeen = n;
      }
    },
  });
  new Gauge({
    name: 'imss_oauth_token_ok',
    help: '1 while the last OAuth2 exchange (token endpoint and mail server) worked, 0 after a failure',
    labelNames: ['provider'],
    registers: [registry],
    collect() {
      this.reset();
      for (const p of source?.tokenProviders?.() ?? []) {
        const st = p.status();
        this.set({ provider: st.provider }, st.lastError ? 0 : 1);
      }
    },
  });

  let caseScan: { at: number; incomplete: number } | null = null;
  async function countIncomplete(s: MetricsSource): Promise<number> {
    if (caseScan && now() - caseScan.at < CASE_SCAN_CACHE_MS) return caseScan.incomplete;
    const ids = await s.redis.zrange(s.keys.allCases(), '0', '-1');
    let incomplete = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const values = await s.redis.mget(...chunk.map((id) => s.keys.case(id)));
      for (const v of values) {
        if (v && (JSON.parse(v) as CaseRecord).status === 'incomplete') incomplete += 1;
      }
    }
    caseScan = { at: now(), incomplete };
    return incomplete;
  }

  new Gauge({
    name: 'imss_lane_cases',
    help: 'Work waiting per lane: staff_queue (cases for staff), incomplete (waiting for the student), errors (messages that could not be triaged)',
    labelNames: ['lane'],
    registers: [registry],
    async collect() {
      if (!source) return;
      const s = source;
      const [staff, errors, incomplete] = await Promise.all([s.redis.zcard(s.keys.staffQueue()), s.redis.zcard(s.keys.errors()), countIncomplete(s)]);
      this.set({ lane: 'staff_queue' }, staff);
      this.set({ lane: 'errors' }, errors);
      this.set({ lane: 'incomplete' }, incomplete);
    },
  });
  new Gauge({
    name: 'imss_queue_jobs',
    help: 'BullMQ jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      if (!source) return;
      for (const [name, q] of [['incoming', source.incoming], ['replies', source.replies]] as const) {
        const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) {
          this.set({ queue: name, state }, (counts[state] ?? 0) + (state === 'waiting' ? counts.prioritized ?? 0 : 0));
        }
      }
    },
  });
  new Gauge({
    name: 'imss_placements_waiting',
    help: 'Triaged messages waiting for the filer to move them to their folder (should stay near 0; grows while IMAP refuses MOVE)',
    registers: [registry],
    async collect() {
      if (!source) return;
      this.set(await source.redis.hlen(source.keys.placements()));
    },
  });
  new Gauge({
    name: 'imss_oldest_waiting_seconds',
    help: 'Age of the oldest waiting item: staff_queue (since the first message of the oldest queued case), incoming (oldest waiting job)',
    labelNames: ['lane'],
    registers: [registry],
    async collect() {
      if (!source) return;
      const oldest = await source.redis.zrange(source.keys.staffQueue(), '0', '0', 'WITHSCORES');
      this.set({ lane: 'staff_queue' }, oldest[1] ? Math.max(0, (now() - Number(oldest[1])) / 1000) : 0);
      // asc = true: the oldest waiting job first.
      const [first] = await source.incoming.getJobs(['waiting'], 0, 0, true);
      this.set({ lane: 'incoming' }, first ? Math.max(0, (now() - first.timestamp) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'imss_watcher_last_sync_age_seconds',
    help: 'Seconds since the last successful inbox sync (any process); -1 if never',
    registers: [registry],
    async collect() {
      if (!source) return;
      const at = await source.redis.get(source.keys.lastSync());
      this.set(at ? Math.max(0, (now() - Date.parse(at)) / 1000) : -1);
    },
  });

  const hooks: PipelineMetrics = {
    jobCompleted(lane, result, job: Job) {
      if (job.processedOn && job.finishedOn) duration.observe({ lane }, Math.max(0, job.finishedOn - job.processedOn) / 1000);
      if (lane === 'incoming') {
        const outcome = (result as { outcome?: string } | null)?.outcome ?? 'unknown';
        triaged.inc({ outcome });
      } else if (result === 'sent' || result === 'failed') {
        replies.inc({ result });
      }
    },
    jobFailed(lane, job) {
      if (job?.processedOn) duration.observe({ lane }, Math.max(0, (job.finishedOn ?? now()) - job.processedOn) / 1000);
      if (lane === 'replies') replies.inc({ result: 'retry' });
      else triaged.inc({ outcome: 'retry' });
    },
  };

  return {
    registry,
    hooks,
    attach(s) {
      source = s;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
