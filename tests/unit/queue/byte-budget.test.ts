import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../../src/queue/byte-budget.js';

const MB = 1024 * 1024;
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('ByteBudget', () => {
  it('never holds more than its limit, and runs everything in the end', async () => {
    const budget = new ByteBudget(10 * MB);
    let held = 0;
    let peak = 0;
    const sizes = [4, 4, 4, 1, 6, 3, 9, 2, 2, 2].map((n) => n * MB);
    const done = await Promise.all(sizes.map((size) => budget.run(size, async () => {
      held += size;
      peak = Math.max(peak, held);
      await tick();
      held -= size;
      return size;
    })));
    expect(done).toEqual(sizes);
    expect(peak).toBeLessThanOrEqual(10 * MB);
    expect(peak).toBeGreaterThan(4 * MB); // small messages did share the budget
    expect(budget.freeBytes).toBe(10 * MB);
  });

  it('runs a message larger than the whole budget alone, instead of never', async () => {
    const budget = new ByteBudget(10 * MB);
    const order: string[] = [];
    let concurrent = 0;
    let maxWithGiant = 0;
    const run = (name: string, size: number) => budget.run(size, async () => {
      concurrent += 1;
      order.push(name);
      if (name === 'giant') maxWithGiant = concurrent;
      await tick();
      concurrent -= 1;
    });
    await Promise.all([run('a', 3 * MB), run('giant', 30 * MB), run('b', 3 * MB)]);
    expect(order).toContain('giant');
    expect(maxWithGiant).toBe(1);
  });

  it('counts an unknown size as the fallback', async () => {
    const budget = new ByteBudget(1 * MB);
    let concurrent = 0;
    let peak = 0;
    await Promise.all([1, 2, 3, 4, 5].map(() => budget.run(undefined, async () => {
      peak = Math.max(peak, ++concurrent);
      await tick();
      concurrent -= 1;
    })));
    expect(peak).toBe(4); // 256 KB each in 1 MB
  });
});
