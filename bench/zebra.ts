// Zebra's half of the benchmark: zebraidx indexes the corpus (time, peak memory), zebrasrv answers the queries over SRU.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { benchQueries, THROUGHPUT_QUERY, throughput, timeQueries, type LatencyRun, type Throughput, type ZebraQuery } from './latency.ts';
import { childPids, freePort, peakRssKb, runTimed, samplePeak, stopGroup } from './processes.ts';

export const ZEBRA_START = resolve(import.meta.dirname, '..', '..', 'shared', 'peers', 'zebra', 'start.sh');

export interface ZebraFigures {
  readonly records: number;
  /** zebraidx init + update, as start.sh measures it. */
  readonly indexSeconds: number;
  /** The whole start.sh run: configuration, zebraidx, zebrasrv start-up. */
  readonly wallSeconds: number;
  /** CPU seconds (user + system) of the whole start.sh run; zebraidx is nearly all of it. */
  readonly cpuSeconds: number | null;
  /** Peak RSS of the largest process start.sh waited for: zebraidx. */
  readonly indexPeakRssKb: number | null;
  /** Peak RSS of the largest zebrasrv process (it forks one per connection). */
  readonly serverPeakRssKb: number | null;
  readonly latency: LatencyRun;
  readonly throughput: Throughput;
  readonly indexBytes: number;
}

/** "ready … records=R index_seconds=S": the last line start.sh prints. */
export function parseReadyLine(stdout: string): { port: number; pid: number; records: number; indexSeconds: number } {
  const line = stdout.trim().split('\n').pop() ?? '';
  const match = /zebra ready port=(\d+) pid=(\d+) records=(\d+) index_seconds=([\d.]+)/.exec(line);
  if (!match) throw new Error(`start.sh did not report ready: ${JSON.stringify(line)}`);
  return { port: Number(match[1]), pid: Number(match[2]), records: Number(match[3]), indexSeconds: Number(match[4]) };
}

export function sruUrl(port: number, query: ZebraQuery, maximumRecords = 10): string {
  const params = new URLSearchParams({
    version: '1.2', operation: 'searchRetrieve', ...('cql' in query ? { query: query.cql } : { 'x-pquery': query.pqf }),
    maximumRecords: String(maximumRecords), recordSchema: 'marcxml',
  });
  return `http://127.0.0.1:${port}/Default?${params}`;
}

export function sruTotal(body: string): number {
  const match = /<zs:numberOfRecords>(\d+)<\/zs:numberOfRecords>/.exec(body);
  return match ? Number(match[1]) : -1;
}

async function serverPeak(pid: number): Promise<number | null> {
  const peaks = await Promise.all([pid, ...(await childPids(pid))].map(peakRssKb));
  const known = peaks.filter((p): p is number => p !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** A fresh Zebra on `file` (start.sh indexes it, then serves it), to be stopped with `stop`. */
async function startZebra(file: string) {
  const port = await freePort();
  // A folder of its own: start.sh stops whatever zebrasrv the folder's pid file names.
  const dir = await mkdtemp(join(tmpdir(), 'samverka-bench-zebra-'));
  const run = await runTimed('bash', [ZEBRA_START, '--port', String(port), '--dir', dir, file]);
  const stop = async () => {
    // zebrasrv was started in the background by start.sh and stays in its process group.
    await stopGroup(run.pgid);
    await rm(dir, { recursive: true, force: true });
  };
  if (run.code !== 0) {
    await stop();
    throw new Error(`start.sh failed (${run.code}): ${run.stderr.slice(-2000)}`);
  }
  return { port, dir, run, stop };
}

/** One more index of `file` with a fresh Zebra, for the interleaved load rounds: zebraidx's seconds as start.sh reports them. */
export async function zebraIndexOnly(file: string): Promise<number> {
  const { run, stop } = await startZebra(file);
  try {
    return parseReadyLine(run.stdout).indexSeconds;
  } finally {
    await stop();
  }
}

/** Indexes `file` with a fresh Zebra, runs the query set `rounds` times and the throughput run, and stops Zebra. */
export async function benchZebra(file: string, rounds: number, throughputSeconds: number): Promise<ZebraFigures> {
  const { port, dir, run, stop } = await startZebra(file);
  try {
    const ready = parseReadyLine(run.stdout);
    const urls = benchQueries('').map((query) => ({ label: query.label, url: sruUrl(port, query.zebra) }));
    // The per-connection processes end with their connections, so their peaks are sampled while they serve.
    const sampler = samplePeak(() => serverPeak(ready.pid));
    let latency: LatencyRun;
    let load: Throughput;
    try {
      latency = await timeQueries(urls, rounds, sruTotal);
      load = await throughput(sruUrl(port, benchQueries('').find((b) => b.label === THROUGHPUT_QUERY)!.zebra), throughputSeconds);
    } finally {
      await sampler.stop();
    }
    const { stdout } = await promisify(execFile)('du', ['-sb', join(dir, 'reg')]);
    return {
      records: ready.records, indexSeconds: ready.indexSeconds, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, indexPeakRssKb: run.maxRssKb,
      serverPeakRssKb: sampler.peak(), latency, throughput: load, indexBytes: Number(stdout.split('\t')[0]),
    };
  } finally {
    await stop();
  }
}

/** "zebrasrv 2.2.7 (YAZ 5.34.0)" or what dpkg knows, for the machine description. */
export async function zebraVersion(): Promise<string> {
  const exec = promisify(execFile);
  const fromDpkg = await exec('dpkg-query', ['-W', '-f', '${Version}', 'idzebra-2.0']).then((r) => r.stdout.trim(), () => '');
  const yaz = await exec('dpkg-query', ['-W', '-f', '${Version}', 'yaz']).then((r) => r.stdout.trim(), () => '');
  return fromDpkg ? `Zebra ${fromDpkg} (Debian idzebra-2.0${yaz ? `, YAZ ${yaz}` : ''})` : 'Zebra (version unknown)';
}
