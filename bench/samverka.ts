// Samverka's half of the benchmark, through the real command line only: `import --json` per library, then `serve`.
import { execFile } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import type { Corpus } from './corpus.ts';
import { benchQueries, THROUGHPUT_QUERY, throughput, timeQueries, type LatencyRun, type Throughput } from './latency.ts';
import { freePort, peakRssKb, runTimed, startServer, stopGroup, waitForHttp } from './processes.ts';

const CLI = resolve(import.meta.dirname, '..', 'bin', 'samverka.mjs');
/** A first start on a fresh database may build its search structures; give it time on a busy 2-core machine. */
const START_TIMEOUT_MS = 300_000;

export interface ImportRun {
  readonly library: string;
  readonly read: number;
  readonly added: number;
  readonly rejected: number;
  /** The summary's own `seconds`: the import inside the process, without start-up. */
  readonly seconds: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number | null;
  readonly maxRssKb: number | null;
}

export interface SamverkaFigures {
  readonly imports: readonly ImportRun[];
  readonly read: number;
  readonly rejected: number;
  readonly wallSeconds: number;
  readonly summarySeconds: number;
  /** User + system CPU seconds of all import commands, or null without GNU time. */
  readonly cpuSeconds: number | null;
  readonly importPeakRssKb: number | null;
  readonly databaseBytes: number;
  /** From `serve` to the first 200 from /healthz. */
  readonly startSeconds: number;
  readonly serverPeakRssKb: number | null;
  /** Works the catalogue holds, as the API counts them for an empty query, or null when it does not say. */
  readonly works: number | null;
  readonly latency: LatencyRun;
  readonly throughput: Throughput;
  readonly firstRejections: readonly string[];
}

interface ImportSummary {
  read: number;
  added: number;
  rejected: number;
  seconds: number;
  rejections: { position: number; id: string | null; reason: string }[];
}

function configFor(corpus: Corpus): string {
  return stringify({
    consortium: { name: `Samverka benchmark (${corpus.kind})`, defaultLanguage: 'sv' },
    libraries: corpus.samverka.map((f) => ({ id: f.library, name: `Member library ${f.library.slice(-2)}`, source: { kind: 'marc-file' } })),
  });
}

function summaryOf(stdout: string): ImportSummary {
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ImportSummary;
}

interface Imported {
  readonly imports: ImportRun[];
  readonly firstRejections: string[];
}

/** Runs `samverka import` for every library file of the corpus into the data folder of `env`, one after the other. */
async function importCorpus(corpus: Corpus, env: NodeJS.ProcessEnv): Promise<Imported> {
  const imports: ImportRun[] = [];
  const firstRejections: string[] = [];
  for (const file of corpus.samverka) {
    const run = await runTimed(process.execPath, [CLI, 'import', '--library', file.library, file.path, '--json'], { env });
    if (run.code !== 0) throw new Error(`samverka import ${file.library} failed (${run.code}): ${run.stderr.slice(-2000)}`);
    const summary = summaryOf(run.stdout);
    for (const r of summary.rejections.slice(0, 5 - firstRejections.length)) firstRejections.push(`${file.library} #${r.position} ${r.id ?? ''}: ${r.reason}`);
    imports.push({
      library: file.library, read: summary.read, added: summary.added, rejected: summary.rejected,
      seconds: summary.seconds, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, maxRssKb: run.maxRssKb,
    });
    console.log(`  samverka import ${file.library}: ${summary.read} read in ${run.wallSeconds.toFixed(1)} s (summary ${summary.seconds} s)`);
  }
  return { imports, firstRejections };
}

/** A fresh data folder and configuration for the corpus, removed by `cleanUp`. */
async function freshFolder(corpus: Corpus): Promise<{ work: string; data: string; env: NodeJS.ProcessEnv; cleanUp: () => Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'samverka-bench-'));
  const data = join(work, 'data');
  await mkdir(data);
  const configPath = join(work, 'samverka.yaml');
  await writeFile(configPath, configFor(corpus));
  const env = { ...process.env, SAMVERKA_CONFIG: configPath, SAMVERKA_DATA: data, LOG_LEVEL: 'info' };
  return { work, data, env, cleanUp: () => rm(work, { recursive: true, force: true }) };
}

const total = (imports: readonly ImportRun[], pick: (i: ImportRun) => number) => imports.reduce((s, i) => s + pick(i), 0);

/** One more load of the corpus into a fresh folder, for the interleaved load rounds: wall seconds of all imports. */
export async function samverkaLoadOnly(corpus: Corpus): Promise<number> {
  const folder = await freshFolder(corpus);
  try {
    const { imports } = await importCorpus(corpus, folder.env);
    return total(imports, (i) => i.wallSeconds);
  } finally {
    await folder.cleanUp();
  }
}

/** Imports the corpus into a fresh data folder, serves it, times the query set and the throughput run, cleans up. */
export async function benchSamverka(corpus: Corpus, rounds: number, throughputSeconds: number): Promise<SamverkaFigures> {
  const { work, data, env, cleanUp } = await freshFolder(corpus);
  try {
    const { imports, firstRejections } = await importCorpus(corpus, env);
    const { stdout: du } = await promisify(execFile)('du', ['-sb', data]);
    const served = await serve(env, join(work, 'serve.log'), corpus.samverka[0].library, rounds, throughputSeconds);
    const sum = (pick: (i: ImportRun) => number) => total(imports, pick);
    const rss = imports.map((i) => i.maxRssKb).filter((r): r is number => r !== null);
    return {
      imports, read: sum((i) => i.read), rejected: sum((i) => i.rejected), wallSeconds: sum((i) => i.wallSeconds),
      summarySeconds: sum((i) => i.seconds), cpuSeconds: imports.every((i) => i.cpuSeconds !== null) ? sum((i) => i.cpuSeconds!) : null,
      importPeakRssKb: rss.length > 0 ? Math.max(...rss) : null,
      databaseBytes: Number(du.split('\t')[0]), firstRejections, ...served,
    };
  } finally {
    await cleanUp();
  }
}

type Served = Pick<SamverkaFigures, 'startSeconds' | 'serverPeakRssKb' | 'works' | 'latency' | 'throughput'>;

async function serve(env: NodeJS.ProcessEnv, logPath: string, filterLibrary: string, rounds: number, throughputSeconds: number): Promise<Served> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = openSync(logPath, 'a');
  const started = performance.now();
  const server = startServer(process.execPath, [CLI, 'serve', '--port', String(port), '--host', '127.0.0.1'], log, { env });
  try {
    await waitForHttp(`${base}/healthz`, START_TIMEOUT_MS, server).catch(async (error: unknown) => {
      const tail = (await readFile(logPath, 'utf8').catch(() => '')).slice(-2000);
      throw new Error(`samverka serve: ${error instanceof Error ? error.message : String(error)}\n${tail}`);
    });
    const startSeconds = (performance.now() - started) / 1000;
    const works = await fetch(`${base}/api/v1/search?q=&pageSize=1`).then(
      async (r) => (r.ok ? ((await r.json()) as { total?: number }).total ?? null : null), () => null);
    const search = (params: string) => `${base}/api/v1/search?${params}&pageSize=10`;
    const urls = benchQueries(filterLibrary).map((query) => ({ label: query.label, url: search(query.samverka) }));
    const latency: LatencyRun = await timeQueries(urls, rounds, (body) => (JSON.parse(body) as { total?: number }).total ?? -1);
    const load = await throughput(search(new URLSearchParams({ q: THROUGHPUT_QUERY }).toString()), throughputSeconds);
    // VmHWM is a high-water mark: read once at the end, it covers start-up, the queries and the load.
    return { startSeconds, works, latency, throughput: load, serverPeakRssKb: await peakRssKb(server.pid) };
  } finally {
    await stopGroup(server.pid);
    closeSync(log);
  }
}
