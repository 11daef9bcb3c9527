// Metrics hooks without Redis: job results and failures become counters and histogram samples.
import type { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { createWorkerMetrics } from '../../../src/ops/metrics.js';

const job = (ms: number) => ({ processedOn: 1_000, finishedOn: 1_000 + ms }) as unknown as Job;

describe('worker metrics hooks', () => {
  it('counts outcomes, replies and attempts; observes job durations per lane', async () => {
    const m = createWorkerMetrics({ defaultMetrics: false });
    m.hooks.jobCompleted('incoming', { outcome: 'complete', caseId: 'X' }, job(40));
    m.hooks.jobCompleted('incoming', { outcome: 'incomplete' }, job(60));
    m.hooks.jobCompleted('incoming', { outcome: 'incomplete' }, job(2_000));
    m.hooks.jobCompleted('replies', 'sent', job(300));
    m.hooks.jobCompleted('replies', 'already_sent', job(1));
    m.hooks.jobCompleted('replies', 'failed', job(5));
    m.hooks.jobFailed('replies', job(100), new Error('451'));
    m.hooks.jobFailed('incoming', undefined, new Error('stalled'));
    const text = await m.render();
    expect(text).toMatch(/imss_messages_triaged_total\{outcome="complete"\} 1/);
    expect(text).toMatch(/imss_messages_triaged_total\{outcome="incomplete"\} 2/);
    expect(text).toMatch(/imss_messages_triaged_total\{outcome="retry"\} 1/);
    expect(text).toMatch(/imss_replies_total\{result="sent"\} 1/);
    expect(text).toMatch(/imss_replies_total\{result="failed"\} 1/);
    expect(text).toMatch(/imss_replies_total\{result="retry"\} 1/);
    expect(text).not.toMatch(/already_sent/);
    expect(text).toMatch(/imss_job_duration_seconds_count\{lane="incoming"\} 3/);
    expect(text).toMatch(/imss_job_duration_seconds_bucket\{le="0.05",lane="incoming"\} 1/);
    expect(text).toMatch(/imss_job_duration_seconds_bucket\{le="2.5",lane="incoming"\} 3/);
    expect(text).toMatch(/imss_job_duration_seconds_count\{lane="replies"\} 4/);
    // Gauges that read Redis stay empty until attach().
    expect(text).not.toMatch(/imss_lane_cases\{/);
    expect(m.contentType).toMatch(/text\/plain/);
  });
});
