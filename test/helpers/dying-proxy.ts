// A TCP proxy in front of a real peer that dies like a crashed server: after a set number of reply bytes it cuts
// every connection mid-stream and stops listening, so reconnecting is refused too.
import { connect, createServer, type Socket } from 'node:net';

export interface DyingProxy {
  readonly port: number;
  /** Reply bytes passed on before the cut; the cut may fall inside a record. */
  readonly passed: number;
  readonly dead: boolean;
  stop(): Promise<void>;
}

export async function startDyingProxy(targetPort: number, dieAfterBytes: number): Promise<DyingProxy> {
  const sockets = new Set<Socket>();
  let passed = 0;
  let dead = false;
  const track = (s: Socket): void => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const die = (): void => {
    dead = true;
    server.close();
    for (const s of sockets) s.destroy();
  };
  const server = createServer((client) => {
    track(client);
    const upstream = connect(targetPort, '127.0.0.1');
    track(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => {
      if (dead) return;
      const room = dieAfterBytes - passed;
      passed += Math.min(room, chunk.length);
      if (chunk.length < room) {
        client.write(chunk);
        return;
      }
      client.write(chunk.subarray(0, room), die);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    get passed() { return passed; },
    get dead() { return dead; },
    stop: async () => {
      if (!dead) die();
    },
  };
}
