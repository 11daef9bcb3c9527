// A loopback TCP proxy a test controls: point a client (the worker's IMAP_PORT) at it, then cut
// every open connection at the moment the test chooses (mid-FETCH, mid-IDLE), or refuse new ones.
//
// Contract: startTcpProxy() listens on 127.0.0.1 (free port) and pipes each accepted connection to
// `target`. cutAll() destroys both sides of every open connection (the client sees a reset, as
// when a NAT or firewall drops a session) and resolves with how many it cut. setRefuse(true)
// destroys new connections on accept until setRefuse(false). bytesToClient counts what flowed
// from the server (lets a test cut while a big FETCH is in flight). stop() closes everything.
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  readonly open: number;
  readonly accepted: number;
  readonly bytesToClient: number;
  cutAll(): number;
  setRefuse(refuse: boolean): void;
  stop(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let refuse = false;
  let accepted = 0;
  let bytesToClient = 0;

  const server = net.createServer((client) => {
    accepted += 1;
    if (refuse) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target);
    const pair = { client, upstream };
    pairs.add(pair);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
    upstream.on('data', (chunk: Buffer) => {
      bytesToClient += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    get open() { return pairs.size; },
    get accepted() { return accepted; },
    get bytesToClient() { return bytesToClient; },
    cutAll() {
      const n = pairs.size;
      for (const { client, upstream } of [...pairs]) {
        // resetAndDestroy: an RST, not a polite FIN, like a dropped NAT entry.
        client.resetAndDestroy();
        upstream.destroy();
      }
      pairs.clear();
      return n;
    },
    setRefuse(value) {
      refuse = value;
    },
    async stop() {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
