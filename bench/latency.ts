// The fixed query set and the HTTP timing of it: sequential keep-alive requests, p50/p95/mean, and autocannon throughput.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';

/**
 * One query as a patron types it into Samverka, and the nearest CQL for Zebra's SRU. Words were chosen from the
 * corpus: broad and rare, English, Swedish and Finnish, a phrase, field searches, a truncation and two filters.
 */
export interface BenchQuery {
  readonly label: string;
  /** Samverka's query string after `/api/v1/search?` (pageSize is added). The filters use the first member library. */
  readonly samverka: string;
  /** CQL, or PQF (SRU's `x-pquery`) where start.sh's CQL map has no usable index. */
  readonly zebra: ZebraQuery;
}

export type ZebraQuery = { readonly cql: string } | { readonly pqf: string };

const q = (label: string, params: Record<string, string>, zebra: string | ZebraQuery): BenchQuery => ({
  label, samverka: new URLSearchParams(params).toString(), zebra: typeof zebra === 'string' ? { cql: zebra } : zebra,
});

/** How the report shows a Zebra query. */
export function zebraQueryText(query: ZebraQuery): string {
  return 'cql' in query ? query.cql : `x-pquery=${query.pqf}`;
}

export function benchQueries(filterLibrary: string): BenchQuery[] {
  return [
    q('jazz', { q: 'jazz' }, 'jazz'),
    q('music', { q: 'music' }, 'music'),
    q('water', { q: 'water' }, 'water'),
    q('census', { q: 'census' }, 'census'),
    q('history', { q: 'history' }, 'history'),
    q('delaware', { q: 'delaware' }, 'delaware'),
    q('runeberg', { q: 'runeberg' }, 'runeberg'),
    q('ellington', { q: 'ellington' }, 'ellington'),
    q('shakespeare', { q: 'shakespeare' }, 'shakespeare'),
    q('helsinki', { q: 'helsinki' }, 'helsinki'),
    q('sverige', { q: 'sverige' }, 'sverige'),
    q('ledarskap', { q: 'ledarskap' }, 'ledarskap'),
    q('historia', { q: 'historia' }, 'historia'),
    q('suomi', { q: 'suomi' }, 'suomi'),
    q('jazz piano', { q: 'jazz piano' }, 'jazz and piano'),
    q('water quality', { q: 'water quality' }, 'water and quality'),
    q('environmental impact', { q: 'environmental impact' }, 'environmental and impact'),
    q('"united states"', { q: '"united states"' }, 'cql.serverChoice="united states"'),
    q('författare:jansson', { q: 'författare:jansson' }, 'dc.creator=jansson'),
    q('titel:jazz', { q: 'titel:jazz' }, 'dc.title=jazz'),
    q('ämne:birds', { q: 'ämne:birds' }, 'dc.subject=birds'),
    q('hist*', { q: 'hist*' }, 'hist*'),
    q(`jazz, format=music, library=${filterLibrary}`, { q: 'jazz', format: 'music', library: filterLibrary }, 'jazz'),
    // start.sh maps dc.language to Bib-1 54 without structure 4=3, which its Code-language:0 index needs.
    q('census, language=eng', { q: 'census', language: 'eng' }, { pqf: '@and census @attr 1=54 @attr 4=3 eng' }),
  ];
}

/** The query the throughput run repeats: one typical two-word search. */
export const THROUGHPUT_QUERY = 'water quality';

export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

/** Nearest-rank percentiles over milliseconds. */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), mean };
}

export interface QueryResult {
  readonly label: string;
  /** What the system reported as the total: works for Samverka, records for Zebra. */
  readonly total: number;
  readonly stats: Stats;
}

export interface LatencyRun {
  readonly all: Stats;
  readonly perQuery: readonly QueryResult[];
}

/**
 * Times each URL `rounds` times, one request at a time over one keep-alive connection (Node's fetch pool), after
 * one untimed warm-up round. Rounds go through the whole list so no query is answered from a just-warmed cache.
 */
export async function timeQueries(
  urls: readonly { label: string; url: string }[], rounds: number, totalOf: (body: string) => number,
): Promise<LatencyRun> {
  const samples = urls.map(() => [] as number[]);
  const totals = urls.map(() => -1);
  for (let round = -1; round < rounds; round++) {
    for (const [i, { url }] of urls.entries()) {
      const started = performance.now();
      const response = await fetch(url);
      const body = await response.text();
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
      if (round < 0) totals[i] = totalOf(body);
      // A diagnostic instead of a result would be timed as a (fast) search: stop instead.
      if (totals[i] < 0) throw new Error(`${url} answered without a result count: ${body.slice(0, 400)}`);
      else samples[i].push(ms);
    }
  }
  return {
    all: stats(samples.flat()),
    perQuery: urls.map(({ label }, i) => ({ label, total: totals[i], stats: stats(samples[i]) })),
  };
}

export interface Throughput {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** autocannon (the devDependency) as a child process: 10 connections for `seconds` against one URL. */
export async function throughput(url: string, seconds: number, connections = 10): Promise<Throughput> {
  const bin = join(import.meta.dirname, '..', 'node_modules', '.bin', 'autocannon');
  const { stdout } = await promisify(execFile)(bin, ['-c', String(connections), '-d', String(seconds), '-j', url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}
