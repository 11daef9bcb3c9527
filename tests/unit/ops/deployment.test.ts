// Deployment files stay in step with the code: .env.example lists every variable of the config
// schema with its default; docker-compose.yml passes `docker-compose config` (Debian's
// docker-compose, no engine needed) with Redis set up for BullMQ; the Dockerfile keeps tsx.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

function schemaVariables(): string[] {
  const src = read('src/config/config.ts');
  const block = src.slice(src.indexOf('const schema = z.object({'), src.indexOf('\n});', src.indexOf('const schema = z.object({')));
  return [...block.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

describe('.env.example', () => {
  const text = read('.env.example');
  const env = parseEnv(text) as Record<string, string>;

  it('names every configuration variable, each after a one-line comment', () => {
    const vars = schemaVariables();
    expect(vars.length).toBeGreaterThan(50);
    const lines = text.split('\n');
    const missing = vars.filter((v) => !(v in env));
    expect(missing, 'add each to .env.example: a one-line comment, then NAME=<its default>').toEqual([]);
    for (const v of vars) {
      const i = lines.findIndex((l) => l.startsWith(`${v}=`));
      expect(lines[i - 1], `comment above ${v}`).toMatch(/^# \S/);
    }
  });

  it('holds the defaults: loading it gives the same config as an empty environment', () => {
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});

describe('Dockerfile', () => {
  const file = read('Dockerfile');
  it('is multi-stage on node:20-bookworm-slim, production deps only, tsx kept as a runtime dependency', () => {
    expect(file.match(/^FROM node:20-bookworm-slim AS \w+/gm)).toHaveLength(2);
    expect(file).toMatch(/npm ci --omit=dev/);
    expect(file).toMatch(/^USER node$/m);
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.tsx).toBeTruthy();
    expect(file).toMatch(/ENTRYPOINT \["node", "bin\/imss-triage.mjs"\]/);
  });
});

describe('docker-compose.yml', () => {
  const have = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
  // CI installs it (.ci/run); elsewhere the check is skipped, with a note.
  it.runIf(have || process.env.CI === 'true')('passes `docker-compose config`: Redis AOF + password + noeviction, health checks and restart policies', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imss-compose-'));
    try {
      copyFileSync(path.join(ROOT, 'docker-compose.yml'), path.join(dir, 'docker-compose.yml'));
      copyFileSync(path.join(ROOT, '.env.example'), path.join(dir, '.env'));
      const out = execFileSync('docker-compose', ['config'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, REDIS_PASSWORD: 'testpass' } });
      for (const s of ['redis', 'worker', 'web']) expect(out).toMatch(new RegExp(`^  ${s}:$`, 'm'));
      expect(out).toMatch(/- --appendonly\n\s+- "?yes"?/);
      expect(out).toMatch(/- --maxmemory-policy\n\s+- noeviction/);
      expect(out).toMatch(/- --requirepass\n\s+- testpass/);
      expect(out).toMatch(/REDIS_URL: redis:\/\/:testpass@redis:6379/);
      expect(out.match(/^    healthcheck:$/gm)).toHaveLength(3);
      expect(out.match(/^    restart: unless-stopped$/gm)).toHaveLength(3);
      expect(out).toMatch(/condition: service_healthy/);
      // Without a Redis password it refuses to render.
      const bad = spawnSync('docker-compose', ['config'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toMatch(/REDIS_PASSWORD/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it.skipIf(have || process.env.CI === 'true')('docker-compose is not installed here (apt-get install docker-compose); config check skipped', () => undefined);
});
