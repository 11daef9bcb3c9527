// The `imss-triage` command: dispatches to one sub-command.
const USAGE = `usage: imss-triage <command>

  worker                 run the mail pipeline until SIGTERM/SIGINT (HEALTH_PORT: /healthz /readyz /metrics)
  worker --dry-run       read the inbox (EXAMINE) and print what would be replied and moved; changes nothing
  parse [--json] FILE…   triage .eml files (- for stdin) without any server
  queue list             the staff queue in order, personal data masked
  purge [--dry-run]      forget resolved/closed cases older than RETENTION_DAYS (--dry-run: list only)
  templates preview [OUT] render every reply template (TEMPLATES_DIR, or --templates DIR) with
                         sample data and the desk contact (DESK_*) to OUT (default ./template-preview)
  demo                   start local Redis, Dovecot and SMTP, seed sample mail, run the worker
                         and the staff web app
  web [--host H]         the staff web app on STAFF_PORT (default 127.0.0.1) until SIGTERM/SIGINT
  staff add EMAIL [--admin]  create a staff account (password: STAFF_PASSWORD, prompt or stdin)
  staff list | disable EMAIL | enable EMAIL | passwd EMAIL
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'worker':
      return (await import('./worker.js')).runWorker(rest);
    case 'parse':
      return (await import('./parse.js')).runParse(rest);
    case 'queue':
      if (rest[0] === 'list') return (await import('./queue-list.js')).runQueueList();
      break;
    case 'templates':
      if (rest[0] === 'preview') return (await import('./templates.js')).runTemplatesPreview(rest.slice(1));
      break;
    case 'purge':
      return (await import('./purge.js')).runPurge(rest);
    case 'demo':
      return (await import('./demo.js')).runDemo(rest);
    case 'web':
      return (await import('./web.js')).runWeb(rest);
    case 'staff':
      return (await import('./staff.js')).runStaff(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
  }
  process.stderr.write(`imss-triage: unknown command "${argv.join(' ')}"\n${USAGE}`);
  return 2;
}

// Output piped into a reader that stops early (`parse ... | head -1`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
// Every command closes what it opened; should a library keep a handle alive, do not hang.
setTimeout(() => process.exit(), 5000).unref();
