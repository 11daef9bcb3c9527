// `imss-triage staff add EMAIL [--admin]`, `staff list`, `staff disable|enable EMAIL`,
// `staff passwd EMAIL`: staff accounts of the web app. The password comes from STAFF_PASSWORD,
// else a hidden prompt on a terminal, else the first line of stdin.
import { createInterface } from 'node:readline';
import { createKeys } from '../queue/keys.js';
import { redisConnection } from '../queue/pipeline.js';
import { StaffAccounts } from '../web/auth/accounts.js';
import { loadConfigOrExit } from './load-config.js';

const USAGE = 'usage: imss-triage staff add EMAIL [--admin] | list | disable EMAIL | enable EMAIL | passwd EMAIL\n';

async function readPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  const ask = (prompt: string) => new Promise<string>((resolve) => {
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
  const a = await ask('Contraseña: ');
  const b = await ask('Repite la contraseña: ');
  if (a !== b) throw new Error('las contraseñas no coinciden');
  return a;
}

export async function runStaff(args: string[]): Promise<number> {
  const [sub, email] = args;
  if (!sub || (sub !== 'list' && !email)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfigOrExit();
  const redis = redisConnection(config.redis.url);
  try {
    const accounts = new StaffAccounts(redis, createKeys(config.redis.prefix));
    let r: { ok: true } | { ok: false; message: string };
    switch (sub) {
      case 'list':
        for (const a of await accounts.list()) process.stdout.write(`${a.email}\t${a.admin ? 'admin' : 'staff'}\t${a.disabled ? 'disabled' : 'active'}\n`);
        return 0;
      case 'add':
        r = await accounts.create({ email: email!, password: await readPassword(), admin: args.includes('--admin'), createdBy: 'cli' });
        break;
      case 'passwd':
        r = await accounts.setPassword(email!, await readPassword());
        break;
      case 'disable':
      case 'enable':
        r = await accounts.setDisabled(email!, sub === 'disable');
        break;
      default:
        process.stderr.write(USAGE);
        return 2;
    }
    if (!r.ok) {
      process.stderr.write(`imss-triage staff: ${r.message}\n`);
      return 1;
    }
    process.stdout.write(`imss-triage staff: ${sub} ${email}: ok\n`);
    return 0;
  } finally {
    redis.disconnect();
  }
}
