import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAllPreviews } from '../../../src/replies/preview.js';
import { ALL_REPLY_KINDS } from '../../../src/replies/reply-kinds.js';

const dir = mkdtempSync(join(tmpdir(), 'imss-previews-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderAllPreviews', () => {
  it('writes a .txt and an .html for every kind', async () => {
    const written = await renderAllPreviews(join(dir, 'out'));
    expect(written).toHaveLength(ALL_REPLY_KINDS.length * 2);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual(ALL_REPLY_KINDS.flatMap((k) => [`${k}.html`, `${k}.txt`]).sort());
    expect(readFileSync(join(dir, 'out', 'incomplete.txt'), 'utf8')).toMatch(/^Asunto: Re: /);
  });
});
