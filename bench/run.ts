// `npm run bench`: builds the corpora, measures Zebra and Samverka on each in turn, prints a table, writes BENCHMARKS.md.
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, readBaseSet, type CorpusKind } from './corpus.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { renderReport, summaryRows, type CorpusResult } from './report.ts';
import { stopAllGroups } from './processes.ts';
import { benchSamverka, samverkaLoadOnly } from './samverka.ts';
import { benchZebra, zebraIndexOnly } from './zebra.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = resolve(ROOT, '..', 'shared', 'data', 'marc');
const OUT_DIR = join(ROOT, 'bench', 'out');

const USAGE = `usage: npm run bench -- [--corpus consortium|distinct|both] [--size N] [--rounds N] [--load-rounds N] [--quick] [--out FILE]
  --size    records per corpus (at least; default 100000)
  --rounds  timed runs of every query per system (default 10)
  --load-rounds
            loads of each corpus per system, Zebra's and Samverka's taking turns (default 3): the load
            figures are the median round's, so that a machine that slows down for a while favours neither
  --quick   a smoke run of 10,000 records in all (5,000 per corpus with both), 3 rounds, 1 load round, 2 s of load,
            written to bench/out/BENCHMARKS.quick.md
  --out     where to write the report (default docs/BENCHMARKS.md; bench/out/BENCHMARKS.quick.md with --quick)`;

interface Settings {
  readonly kinds: readonly CorpusKind[];
  readonly size: number;
  readonly rounds: number;
  readonly loadRounds: number;
  readonly throughputSeconds: number;
  readonly out: string;
  readonly command: string;
}

function settings(argv: readonly string[]): Settings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      corpus: { type: 'string', default: 'both' }, size: { type: 'string' }, rounds: { type: 'string' }, 'load-rounds': { type: 'string' },
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
    loadRounds: positive(values['load-rounds'], quick ? 1 : 3, 'load-rounds'),
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
    // Loads take turns, Zebra first in one round and Samverka in the next, so that a slow spell of a shared machine
    // falls on both; the last round also serves the searches.
    const loads = { zebra: [] as number[], samverka: [] as number[] };
    const zebraFirst = (round: number) => round % 2 === 0;
    for (let round = 0; round < s.loadRounds - 1; round++) {
      console.log(`  load round ${round + 1} of ${s.loadRounds}`);
      for (const system of zebraFirst(round) ? ['zebra', 'samverka'] : ['samverka', 'zebra']) {
        if (system === 'zebra') loads.zebra.push(await zebraIndexOnly(corpus.zebra.path));
        else loads.samverka.push(await samverkaLoadOnly(corpus));
      }
      console.log(`    zebraidx ${loads.zebra.at(-1)!.toFixed(1)} s, samverka ${loads.samverka.at(-1)!.toFixed(1)} s`);
    }
    console.log(`  load round ${s.loadRounds} of ${s.loadRounds}, then searches`);
    const runZebra = async () => {
      console.log('  zebra: indexing and searching…');
      return benchZebra(corpus.zebra.path, s.rounds, s.throughputSeconds);
    };
    const runSamverka = async () => {
      console.log('  samverka: importing and searching…');
      return benchSamverka(corpus, s.rounds, s.throughputSeconds);
    };
    let zebra;
    let samverka;
    if (zebraFirst(s.loadRounds - 1)) {
      zebra = await runZebra();
      samverka = await runSamverka();
    } else {
      samverka = await runSamverka();
      zebra = await runZebra();
    }
    loads.zebra.push(zebra.indexSeconds);
    loads.samverka.push(samverka.wallSeconds);
    results.push({ corpus, zebra, samverka, loads });
    console.table(Object.fromEntries(summaryRows(results[results.length - 1]).map(({ label, samverka: sv, zebra: zb }) => [label, { Samverka: sv, Zebra: zb }])));
  }
  const report = renderReport({
    command: s.command, started, finished: new Date(), machine, loadBefore, loadAfter: loadAverage(),
    base, size: s.size, rounds: s.rounds, loadRounds: s.loadRounds, throughputSeconds: s.throughputSeconds, results,
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
