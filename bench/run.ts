// `npm run bench`: builds the corpora, measures Zebra and Samverka on each in turn, prints a table, writes BENCHMARKS.md.
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, readBaseSet, type CorpusKind } from './corpus.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { renderReport, summaryRows, type CorpusResult } from './report.ts';
import { stopAllGroups } from './processes.ts';
import { benchSamverka } from './samverka.ts';
import { benchZebra } from './zebra.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = resolve(ROOT, '..', 'shared', 'data', 'marc');
const OUT_DIR = join(ROOT, 'bench', 'out');

const USAGE = `usage: npm run bench -- [--corpus consortium|distinct|both] [--size N] [--rounds N] [--quick] [--out FILE]
  --size    records per corpus (at least; default 100000)
  --rounds  timed runs of every query per system (default 10)
  --quick   a smoke run of 10,000 records in all (5,000 per corpus with both), 3 rounds, 2 s of load,
            written to bench/out/BENCHMARKS.quick.md
  --out     where to write the report (default docs/BENCHMARKS.md; bench/out/BENCHMARKS.quick.md with --quick)`;

interface Settings {
  readonly kinds: readonly CorpusKind[];
  readonly size: number;
  readonly rounds: number;
  readonly throughputSeconds: number;
  readonly out: string;
  readonly command: string;
}

function settings(argv: readonly string[]): Settings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      corpus: { type: 'string', default: 'both' }, size: { type: 'string' }, rounds: { type: 'string' },
      quick: { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const corpus = values.corpus;
  if (corpus !== 'both' && corpus !== 'consortium' && corpus !== 'distinct') throw new Error(`--corpus must be consortium, distinct or both\n${USAGE}`);
  const positive = (text: string | undefined, fallback: number, name: string): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number\n${USAGE}`);
    return n;
  };
  const quick = values.quick;
  const kinds: CorpusKind[] = corpus === 'both' ? ['consortium', 'distinct'] : [corpus];
  return {
    kinds,
    // The smoke run shares its 10,000 records between the corpora so it stays under a minute.
    size: positive(values.size, quick ? 10_000 / kinds.length : 100_000, 'size'),
    rounds: positive(values.rounds, quick ? 3 : 10, 'rounds'),
    throughputSeconds: quick ? 2 : 10,
    out: resolve(values.out ?? join(ROOT, quick ? 'bench/out/BENCHMARKS.quick.md' : 'docs/BENCHMARKS.md')),
    command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
  };
}

async function main(): Promise<void> {
  const s = settings(process.argv.slice(2));
  const started = new Date();
  const machine = await describeMachine();
  const loadBefore = loadAverage();
  console.log(`Samverka benchmark: ${s.kinds.join(' + ')}, ${s.size} records, ${s.rounds} rounds; load ${loadBefore}`);
  const base = await readBaseSet(DATA_DIR);
  console.log(`base set: ${base.records.length} distinct bibliographic records from ${base.files.length} files`);
  const results: CorpusResult[] = [];
  for (const kind of s.kinds) {
    const corpus = await buildCorpus(kind, base, s.size, OUT_DIR);
    console.log(`${kind}: ${corpus.records} records in ${corpus.samverka.length} file(s) under ${relative(ROOT, join(OUT_DIR, `${kind}-${s.size}`))}`);
    console.log('  zebra: indexing and searching…');
    const zebra = await benchZebra(corpus.zebra.path, s.rounds, s.throughputSeconds);
    console.log('  samverka: importing and searching…');
    const samverka = await benchSamverka(corpus, s.rounds, s.throughputSeconds);
    results.push({ corpus, zebra, samverka });
    console.table(Object.fromEntries(summaryRows(results[results.length - 1]).map(({ label, samverka: sv, zebra: zb }) => [label, { Samverka: sv, Zebra: zb }])));
  }
  const report = renderReport({
    command: s.command, started, finished: new Date(), machine, loadBefore, loadAfter: loadAverage(),
    base, size: s.size, rounds: s.rounds, throughputSeconds: s.throughputSeconds, results,
  });
  await writeFile(s.out, report);
  console.log(`written: ${relative(ROOT, s.out) || s.out}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers this benchmark started`);
    void stopAllGroups().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => stopAllGroups());
