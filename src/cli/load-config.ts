// Start-up configuration for every command: `.env` (if present) under the real environment,
// then the schema. A bad value stops the program with one line per variable.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config/index.js';

export function loadConfigOrExit(overrides: Record<string, string> = {}): Config {
  if (existsSync('.env')) process.loadEnvFile('.env'); // does not override variables already set
  try {
    return loadConfig({ ...process.env, ...overrides });
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) process.stderr.write(`imss-triage: configuration error: ${p}\n`);
      process.exit(2);
    }
    throw err;
  }
}
