// Renders the figures as docs/BENCHMARKS.md: the run, the machine, the corpora, the side-by-side tables and a reading.
import { basename } from 'node:path';
import type { BaseSet, Corpus } from './corpus.ts';
import { benchQueries, THROUGHPUT_QUERY, zebraQueryText } from './latency.ts';
import type { Machine } from './machine.ts';
import type { SamverkaFigures } from './samverka.ts';
import type { ZebraFigures } from './zebra.ts';

export interface CorpusResult {
  readonly corpus: Corpus;
  readonly zebra: ZebraFigures;
  readonly samverka: SamverkaFigures;
  /** Load seconds of every round, in the order run (the last is the run that also served the searches). */
  readonly loads: { readonly zebra: readonly number[]; readonly samverka: readonly number[] };
}

export interface ReportInput {
  readonly command: string;
  readonly started: Date;
  readonly finished: Date;
  readonly machine: Machine;
  readonly loadBefore: number;
  readonly loadAfter: number;
  readonly base: BaseSet;
  readonly size: number;
  readonly rounds: number;
  readonly loadRounds: number;
  readonly throughputSeconds: number;
  readonly results: readonly CorpusResult[];
}

const num = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => num(n, 1);
const mib = (kb: number | null) => (kb === null ? 'n/a' : `${num(kb / 1024)} MiB`);
const bytesMib = (b: number) => `${num(b / 2 ** 20)} MiB`;

const perCpu = (records: number, cpu: number | null) => (cpu === null || cpu === 0 ? 'n/a' : num(records / cpu));

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Records per second of the median load round. */
export function samverkaRate(r: CorpusResult): number {
  return r.samverka.read / median(r.loads.samverka);
}

export function zebraRate(r: CorpusResult): number {
  return r.zebra.records / median(r.loads.zebra);
}

const rounds = (seconds: readonly number[]) => (seconds.length > 1 ? `; rounds ${seconds.map((x) => num(x, 1)).join(', ')}` : '');

/** The side-by-side figures of one corpus, as table rows. */
export function summaryRows(r: CorpusResult): { label: string; samverka: string; zebra: string }[] {
  const { samverka: s, zebra: z } = r;
  return [
    { label: 'records loaded', samverka: `${num(s.read - s.rejected)} of ${num(s.read)} read`, zebra: num(z.records) },
    {
      label: r.loads.zebra.length > 1 ? `load time (wall), median of ${r.loads.zebra.length} rounds` : 'load time (wall)',
      samverka: `${num(median(r.loads.samverka), 1)} s (${s.imports.length} × \`import\`${rounds(r.loads.samverka)})`,
      zebra: `${num(median(r.loads.zebra), 1)} s (\`zebraidx init\` + \`update\`${rounds(r.loads.zebra)})`,
    },
    { label: '**records per second**', samverka: `**${num(samverkaRate(r))}**`, zebra: `**${num(zebraRate(r))}**` },
    { label: 'records per second, in-process (summary `seconds`, last round)', samverka: num(s.read / s.summarySeconds), zebra: '—' },
    { label: 'records per CPU second (user + system, last round)', samverka: perCpu(s.read, s.cpuSeconds), zebra: perCpu(z.records, z.cpuSeconds) },
    { label: 'peak memory while loading (max RSS)', samverka: mib(s.importPeakRssKb), zebra: mib(z.indexPeakRssKb) },
    { label: 'index on disk', samverka: `${bytesMib(s.databaseBytes)} (SQLite folder)`, zebra: `${bytesMib(z.indexBytes)} (register)` },
    { label: 'server start to first answer', samverka: `${num(s.startSeconds, 1)} s`, zebra: `${num(z.wallSeconds - z.indexSeconds, 1)} s (start.sh run minus zebraidx)` },
    { label: '**search p50**', samverka: `**${ms(s.latency.all.p50)} ms**`, zebra: `**${ms(z.latency.all.p50)} ms**` },
    { label: 'search p95', samverka: `${ms(s.latency.all.p95)} ms`, zebra: `${ms(z.latency.all.p95)} ms` },
    { label: 'search mean', samverka: `${ms(s.latency.all.mean)} ms`, zebra: `${ms(z.latency.all.mean)} ms` },
    { label: `throughput, "${THROUGHPUT_QUERY}", 10 connections`, samverka: `${num(s.throughput.requestsPerSecond)} req/s (p99 ${s.throughput.p99} ms)`, zebra: `${num(z.throughput.requestsPerSecond)} req/s (p99 ${z.throughput.p99} ms)` },
    { label: 'peak memory of the server (max RSS)', samverka: mib(s.serverPeakRssKb), zebra: `${mib(z.serverPeakRssKb)} (largest zebrasrv process)` },
  ];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdict(met: boolean): string {
  return met ? 'met' : '**not met**';
}

function reading(r: CorpusResult): string[] {
  const speed = samverkaRate(r) / zebraRate(r);
  const pairs = r.loads.zebra.map((z, i) => z / r.loads.samverka[i]);
  const p50 = r.samverka.latency.all.p50 / r.zebra.latency.all.p50;
  const memory = r.samverka.importPeakRssKb !== null && r.zebra.indexPeakRssKb !== null ? r.samverka.importPeakRssKb / r.zebra.indexPeakRssKb : null;
  const { imports, works } = r.samverka;
  const first = imports[0];
  const last = imports[imports.length - 1];
  const slowest = [...r.samverka.latency.perQuery].sort((a, b) => b.stats.p50 - a.stats.p50).slice(0, 3)
    .map((q) => `\`${q.label}\` ${ms(q.stats.p50)} ms (${num(q.total)} works)`).join(', ');
  return [
    `- Import: Samverka loads ${num(speed, 2)} × as many records per second as zebraidx (median rounds) — "at least as fast": ${verdict(speed >= 1)}; "twice as fast": ${verdict(speed >= 2)}.`
      + (pairs.length > 1 ? ` Round by round (Zebra's time over Samverka's, the two run one after the other): ${pairs.map((x) => `${num(x, 2)} ×`).join(', ')}.` : '')
      + (r.samverka.cpuSeconds && r.zebra.cpuSeconds
        ? ` Per CPU second (less sensitive to other load on the machine; Samverka's count includes its helper threads): ${num((r.samverka.read / r.samverka.cpuSeconds) / (r.zebra.records / r.zebra.cpuSeconds), 2)} ×.`
        : '')
      + (imports.length > 1 ? ` The same number of records took ${num(first.wallSeconds, 1)} s for ${first.library} and ${num(last.wallSeconds, 1)} s for ${last.library}, the last library loaded.` : ''),
    `- Search: Samverka's p50 is ${num(p50, 2)} × Zebra's (${ms(r.samverka.latency.all.p50)} vs ${ms(r.zebra.latency.all.p50)} ms) — "p50 no slower than Zebra's": ${verdict(p50 <= 1)}. p95: ${ms(r.samverka.latency.all.p95)} vs ${ms(r.zebra.latency.all.p95)} ms.`
      + (works === null ? '' : ` Samverka searches ${num(works)} works, Zebra ${num(r.zebra.records)} records.`)
      + ` Slowest Samverka queries (p50): ${slowest}.`,
    memory === null ? '- Memory: not measured (GNU time missing).'
      : `- Memory: the Samverka import peaks at ${num(memory, 1)} × zebraidx's resident memory; the Samverka server at ${mib(r.samverka.serverPeakRssKb)} against ${mib(r.zebra.serverPeakRssKb)} for a zebrasrv process.`,
  ];
}

function corpusSection(r: CorpusResult, input: ReportInput): string {
  const { corpus } = r;
  const queries = benchQueries(corpus.samverka[0].library);
  const perQuery = r.samverka.latency.perQuery.map((sq, i) => {
    const zq = r.zebra.latency.perQuery[i];
    return [`\`${sq.label}\``, num(sq.total), ms(sq.stats.p50), ms(sq.stats.p95), `\`${zebraQueryText(queries[i].zebra)}\``, num(zq.total), ms(zq.stats.p50), ms(zq.stats.p95)];
  });
  return [
    `## ${corpus.kind === 'consortium' ? 'Consortium corpus' : 'Distinct corpus'}: ${num(corpus.records)} records`,
    '',
    table(['', 'Samverka', 'Zebra'], summaryRows(r).map((row) => [row.label, row.samverka, row.zebra])),
    '',
    r.samverka.works === null ? '' : `Samverka groups the ${num(r.samverka.read - r.samverka.rejected)} records into ${num(r.samverka.works)} works.`,
    r.samverka.rejected === 0 ? '' : `Rejected by Samverka: ${num(r.samverka.rejected)}; first: ${r.samverka.firstRejections.join('; ')}.`,
    '',
    ...reading(r),
    '',
    `<details><summary>Per query (${input.rounds} timed runs each; totals are works for Samverka, records for Zebra)</summary>`,
    '',
    table(['Samverka query', 'works', 'p50 ms', 'p95 ms', 'Zebra query', 'records', 'p50 ms', 'p95 ms'], perQuery),
    '',
    `Import runs: ${r.samverka.imports.map((i) => `${i.library} ${num(i.read)} in ${num(i.wallSeconds, 1)} s`).join(', ')}.`,
    '',
    '</details>',
    '',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');
}

function corpusDescription(input: ReportInput): string {
  const { base } = input;
  const files = base.files.map((f) => [`\`${f.name}\``, num(f.used)]);
  const layouts = input.results.map(({ corpus }) =>
    `- **${corpus.kind}**: ${corpus.layout.replicas} replicas × ${num(corpus.layout.perReplica)} records (replica *i* takes base records *i*·${num(corpus.layout.stride)} onwards, wrapping), files: ${[...new Set([...corpus.samverka, corpus.zebra].map((f) => `\`${basename(f.path)}\` sha256 \`${f.sha256.slice(0, 12)}\``))].join(', ')}.`);
  return [
    '## Corpora',
    '',
    `Built by \`bench/corpus.ts\` from the real records in \`../shared/data/marc/\` (see its SOURCES.md), the same way on every run (no randomness; the file hashes below show it). The **base set** is every distinct bibliographic record once: the \`*.utf8.mrc\` files and the \`us_*.mrc\` files (not their MARC-8, MARCXML, Aleph or JSON twins), read in file-name order. Left out: ${num(base.skipped.notBibliographic)} authority and holdings records (leader/06 z, u, v, x, y), ${num(base.skipped.repeated001)} records whose 001 repeats an earlier one (GPO record sets overlap between states; Fennica has one record twice), ${num(base.skipped.unreadable)} unreadable. ${num(base.given001)} records without a 001 got a deterministic one (\`bench-<file>-<position>\`). Base set: **${num(base.records.length)} records**.`,
    '',
    table(['file', 'records used'], files),
    '',
    `For ${num(input.size)} records the base is replicated; each replica is a window of the base, so together they use every base record:`,
    '',
    ...layouts,
    '',
    '- **Consortium** (real records, real situation): each replica is one member library\'s catalogue, `member-01` … `member-NN`, one file per library, records unchanged (001 kept), imported with one `samverka import --library member-NN` each, so copies of one record group into one work across libraries as they do in a real union catalogue. Zebra indexes the same records in one file with 001 made unique as `<library>-<001>`, since Zebra replaces records that share a 001.',
    '- **Distinct** (*synthetic variation of real records, for load only*): each replica\'s 001 becomes `rNN-<001>`, its standard ids and uniform titles (010, 015, 016, 017, 020, 022, 024, 027, 028, 030, 035, 130, 240) are removed and the marker ` rNN` is added to 245 $a, so that no two replicas share a work — the worst case for Samverka\'s index (within one replica, real editions of one work still group, as the works count below shows). Both systems load the same single file; Samverka as one library.',
    '',
  ].join('\n');
}

export function renderReport(input: ReportInput): string {
  const { machine } = input;
  const minutes = (input.finished.getTime() - input.started.getTime()) / 60_000;
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts); a new run replaces this file. -->',
    '',
    `Samverka side by side with Zebra (Index Data's C indexer and SRU server, started by \`../shared/peers/zebra/start.sh\`) on the same records: how fast records load, how fast searches answer over HTTP, and how much memory each needs. Measurements only; nothing here is asserted by a test.`,
    '',
    '## Run',
    '',
    table(['', ''], [
      ['command', `\`${input.command}\``],
      ['date', `${input.started.toISOString().replace(/\.\d+Z$/, 'Z')} (${num(minutes, 1)} min)`],
      ['machine', `${machine.cores} cores (\`nproc\`), ${num(machine.memoryGiB, 1)} GiB memory, ${machine.cpu}, Linux ${machine.kernel}`],
      ['load average (1 min) before / after', `${num(input.loadBefore, 2)} / ${num(input.loadAfter, 2)} — the machine is shared with other work, which shows in the figures`],
      ['software', `Node.js ${machine.node}; ${machine.zebra}`],
    ]),
    '',
    corpusDescription(input),
    ...input.results.map((r) => corpusSection(r, input)),
    '## How it is measured',
    '',
    `- Each system runs alone, one after the other, on the same file(s); both are started fresh for every load. Each corpus is loaded ${input.loadRounds} time${input.loadRounds === 1 ? '' : 's'} by each system, taking turns (Zebra first, then Samverka first, …), and the load figures are the median round's: the machine is shared, and its speed drifts by 10 % and more over minutes (Zebra's load of one 100,000-record file took from 52.6 to 64.3 s on one day). The searches, memory and CPU figures come from the last round.`,
    '- **Samverka** runs only as child processes of its command line, the product path: `node bin/samverka.mjs import --library ID FILE --json` once per library file into a fresh `SAMVERKA_DATA` folder (SQLite) with a generated `SAMVERKA_CONFIG`, then `node bin/samverka.mjs serve`. Records per second = records read ÷ wall time of all the import commands, Node start-up included; the summary\'s own `seconds` is shown beside it.',
    '- **Zebra**: records per second = records ÷ `index_seconds` as start.sh reports it (`zebraidx init` + `zebraidx update` only; its configuration and zebrasrv start are not counted). Zebra indexes the fields of start.sh\'s `marc2index.xsl` (245, 1xx/7xx $a, 6xx, 020, 260/264 $b, 008, 500/505/520 $a) and keeps the record.',
    '- **Peak memory**: GNU `/usr/bin/time -f %M` around each import command and around start.sh (its largest waited-for child is zebraidx); for the servers, `VmHWM` from `/proc/<pid>/status` — for Zebra the largest of zebrasrv and the processes it forks per connection, sampled every 250 ms while it serves.',
    `- **Search latency**: the ${benchQueries('').length} queries in the per-query tables, each run ${input.rounds} times (plus one untimed warm-up round), one request at a time over a keep-alive connection (Node's fetch), round-robin through the list. Samverka: \`GET /api/v1/search?q=…&pageSize=10\` — relevance-ranked works with facet counts (library, format, language, year, subject, author, audience) over the whole result. Zebra: SRU 1.2 \`searchRetrieve\` with the CQL shown (PQF through \`x-pquery\` for the language filter, which start.sh's CQL map cannot express), \`maximumRecords=10\`, \`recordSchema=marcxml\` — the first 10 records in index order (start.sh configures no ranking) and no facets. Zebra has no format or library index, so for the format + library filter it gets the plain word. The time is from sending the request to the last byte of the body.`,
    `- **Throughput**: autocannon, ${input.throughputSeconds} s, 10 connections, the query "${THROUGHPUT_QUERY}" on both.`,
    '',
  ].join('\n');
}
