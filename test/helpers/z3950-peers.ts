// Starts and stops the real Z39.50 peers (yaz-ztest, Zebra) for peer tests, and asks yaz-client for reference answers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { controlField } from '../../src/marc/marc-record.ts';
import { readMarcFile } from '../../src/marc/marc-reader.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ZEBRA_START = fileURLToPath(new URL('../../../shared/peers/zebra/start.sh', import.meta.url));

export interface Peer {
  readonly port: number;
  stop(): void;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function acceptsConnections(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`peer exited with ${child.exitCode}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`peer on port ${port} never accepted connections`);
}

/** yaz-ztest, YAZ's test target: built-in records in database "Default", USMARC, XML and OPAC. */
export async function startYazZtest(logFile: string): Promise<Peer> {
  const port = await freePort();
  const child = spawn('yaz-ztest', ['-l', logFile, `tcp:127.0.0.1:${port}`], { stdio: 'ignore' });
  await acceptsConnections(port, child);
  return {
    port,
    stop: () => {
      child.kill();
      rmSync(logFile, { force: true });
    },
  };
}

/** Zebra via shared/peers/zebra/start.sh, indexing `files` (paths relative to the repository). */
export async function startZebra(dir: string, files: readonly string[]): Promise<Peer> {
  const port = await freePort();
  const run = spawnSync('bash', [ZEBRA_START, '--port', String(port), '--dir', dir, ...files.map((f) => `${REPO}${f}`)], {
    encoding: 'utf8', timeout: 60_000,
  });
  if (!/zebra ready/.test(run.stdout)) throw new Error(`zebra did not start: ${run.stdout}\n${run.stderr}`);
  const pid = Number(readFileSync(`${dir}/zebrasrv.pid`, 'utf8').trim());
  return {
    port,
    stop: () => {
      try {
        process.kill(pid);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The hit count yaz-client reports for the same PQF: the reference our client must match. */
export function yazClientHits(port: number, database: string, pqf: string): number {
  const run = spawnSync('yaz-client', [], {
    input: `open tcp:127.0.0.1:${port}/${database}\nfind ${pqf}\nquit\n`, encoding: 'utf8', timeout: 15_000,
  });
  const hits = /Number of hits: (\d+)/.exec(run.stdout);
  if (hits === null) throw new Error(`yaz-client gave no hit count for ${pqf}: ${run.stdout}`);
  return Number(hits[1]);
}

/** How many records Zebra holds after indexing `files`: one per 001 (a later record replaces an earlier one), each without 001 apart. */
export async function zebraRecordCount(files: readonly string[]): Promise<number> {
  const ids = new Set<string>();
  let without001 = 0;
  for (const file of files) {
    for await (const r of readMarcFile(`${REPO}${file}`)) {
      const id = r.ok ? controlField(r.record, '001') : null;
      if (id === null) without001++;
      else ids.add(id);
    }
  }
  return ids.size + without001;
}
