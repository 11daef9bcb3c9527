// createBatcher: requests that meet while a batch is on the wire go together; per-request results;
// a failed batch fails each of its requests; keys never mix; batches stay within maxBatch.
import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../../src/mail/imap-batch.js';

function recorder(delayMs = 5) {
  const batches: { key: string; items: number[] }[] = [];
  const run = async (key: string, items: number[]) => {
    batches.push({ key, items: [...items] });
    await new Promise((r) => setTimeout(r, delayMs));
    if (items.includes(-1)) throw new Error('batch failed');
    return items.map((i) => i * 10);
  };
  return { batches, run };
}

describe('createBatcher', () => {
  it('sends requests made in one turn of the event loop as one batch, each getting its own result', async () => {
    const { batches, run } = recorder();
    const ask = createBatcher(run);
    const results = await Promise.all([1, 2, 3].map((i) => ask('a', i)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([{ key: 'a', items: [1, 2, 3] }]);
  });

  it('runs one batch per key at a time; requests made meanwhile form the next batch', async () => {
    const { batches, run } = recorder(20);
    const ask = createBatcher(run);
    const first = ask('a', 1);
    await new Promise((r) => setTimeout(r, 5)); // batch [1] is on the wire
    const later = [ask('a', 2), ask('a', 3)];
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30]);
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3]]);
  });

  it('keeps keys apart and lets them run side by side', async () => {
    const { batches, run } = recorder();
    const ask = createBatcher(run);
    await Promise.all([ask('a', 1), ask('b', 2), ask('a', 3)]);
    expect(batches).toEqual(expect.arrayContaining([{ key: 'a', items: [1, 3] }, { key: 'b', items: [2] }]));
    expect(batches).toHaveLength(2);
  });

  it('rejects every request of a failed batch, and later batches still run', async () => {
    const { run } = recorder();
    const ask = createBatcher(run);
    const failed = await Promise.allSettled([ask('a', 1), ask('a', -1)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await ask('a', 4)).toBe(40);
  });

  it('never puts more than maxBatch requests in one batch', async () => {
    const { batches, run } = recorder();
    const ask = createBatcher(run, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map((i) => ask('a', i)))).toEqual([10, 20, 30, 40, 50]);
    expect(batches.map((b) => b.items)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
