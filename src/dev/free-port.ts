// Loopback ports and readiness probes for the local test servers.
import net from 'node:net';

export const LOOPBACK = '127.0.0.1';

/**
 * Asks the OS for a free TCP port on 127.0.0.1 (listen on port 0, read it, close).
 * Racy by nature: another process may take the port before the caller binds it, so callers that
 * start an external server retry with a fresh port when the bind fails.
 */
export async function getFreePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port the OS assigned'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Resolves when a TCP connection to host:port succeeds (the connection is closed at once). */
export function canConnect(port: number, host: string = LOOPBACK, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Polls `probe` every `intervalMs` until it returns true; throws after `timeoutMs` with `what` in
 * the message. `isDead` lets a caller stop early when the server process already exited.
 */
export async function waitUntil(
  probe: () => Promise<boolean>,
  what: string,
  { timeoutMs = 15_000, intervalMs = 50, isDead }: { timeoutMs?: number; intervalMs?: number; isDead?: () => string | undefined } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = isDead?.();
    if (dead !== undefined) throw new Error(`${what}: ${dead}`);
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Connects, optionally sends `send`, reads up to the first line the server answers and checks that
 * it starts with `prefix`: "* OK" (IMAP greeting), "220" (LMTP greeting), "+PONG" (Redis PING; a
 * loading Redis answers -LOADING). False on refusal, error or 1 s of silence.
 */
export function answersWith(port: number, prefix: string, send?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: LOOPBACK });
    let data = '';
    const done = (ok: boolean) => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    if (send) socket.once('connect', () => socket.write(send));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      if (data.includes('\n')) done(data.startsWith(prefix));
    });
  });
}
