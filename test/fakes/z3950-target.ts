// A scriptable fake Z39.50 target on 127.0.0.1 for client tests: frames requests, answers as the test says.
import { createServer, type Server, type Socket } from 'node:net';
import { berElementLength } from '../../src/connectors/z3950/ber.ts';

/** Called for each complete request APDU; answer on `socket` (or don't, or hang up). */
export type Responder = (request: Buffer, index: number, socket: Socket) => void;

export interface FakeTarget {
  readonly port: number;
  readonly requests: Buffer[];
  stop(): Promise<void>;
}

export async function startFakeTarget(respond: Responder): Promise<FakeTarget> {
  const requests: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (let length = berElementLength(pending, 1 << 24); length !== null; length = berElementLength(pending, 1 << 24)) {
        const request = pending.subarray(0, length);
        pending = pending.subarray(length);
        requests.push(request);
        respond(request, requests.length - 1, socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake target has no port');
  return {
    port: address.port,
    requests,
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** Close [48] { closeReason [211] finished(0) }: how a target answers the client's Close. */
const CLOSE_FINISHED = Buffer.from('bf30059f81530100', 'hex');

/**
 * Answers request i with `responses[i]`, written `chunkBytes` at a time (1 = one byte per TCP write), and a
 * Close request beyond the script with a Close, as a target does.
 */
export function replay(responses: readonly Uint8Array[], chunkBytes = Number.MAX_SAFE_INTEGER): Responder {
  return (request, index, socket) => {
    const response = responses[index] ?? (request[0] === 0xbf && request[1] === 0x30 ? CLOSE_FINISHED : undefined);
    if (response === undefined) return;
    for (let at = 0; at < response.length; at += chunkBytes) socket.write(response.subarray(at, at + chunkBytes));
  };
}
