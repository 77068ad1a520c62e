// Builds the benchmark corpora deterministically from the real records in ../shared/data/marc/ (see docs/BENCHMARKS.md).
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { readMarcFile } from '../src/marc/marc-reader.ts';
import { writeIso2709 } from '../src/marc/iso2709.ts';
import { controlField, isDataField, type Field, type MarcRecord } from '../src/marc/marc-record.ts';

export type CorpusKind = 'consortium' | 'distinct';

/** One distinct real record set per source: the UTF-8 ISO 2709 copies, not their MARC-8/MARCXML twins. */
export function isBaseFile(name: string): boolean {
  return name.endsWith('.utf8.mrc') || (name.startsWith('us_') && name.endsWith('.mrc'));
}

export interface BaseSet {
  readonly files: readonly { name: string; used: number }[];
  readonly records: readonly MarcRecord[];
  /** What was left out, and why: authority/holdings records, repeated 001s, unreadable records. */
  readonly skipped: { readonly notBibliographic: number; readonly repeated001: number; readonly unreadable: number; readonly tooLong: number };
  readonly given001: number;
}

/** Leader/06 of bibliographic records (authority z and holdings u v x y are left out: they are no catalogue records). */
const BIBLIOGRAPHIC = new Set('acdefgijkmoprt');
/** Room left for the replica prefix and marker under ISO 2709's 99,999-byte record limit. */
const MAX_BASE_BYTES = 99_000;

/** Reads the base set: every distinct bibliographic record once, in file-name then file order, each with a 001. */
export async function readBaseSet(dataDir: string): Promise<BaseSet> {
  const names = (await readdir(dataDir)).filter(isBaseFile).sort();
  const records: MarcRecord[] = [];
  const files: { name: string; used: number }[] = [];
  const seen = new Set<string>();
  const skipped = { notBibliographic: 0, repeated001: 0, unreadable: 0, tooLong: 0 };
  let given001 = 0;
  for (const [fileIndex, name] of names.entries()) {
    let used = 0;
    for await (const result of readMarcFile(join(dataDir, name), { format: 'iso2709', encoding: 'utf-8' })) {
      if (!result.ok) { skipped.unreadable++; continue; }
      let record = result.record;
      if (!BIBLIOGRAPHIC.has(record.leader[6])) { skipped.notBibliographic++; continue; }
      const id = controlField(record, '001')?.trim();
      if (!id) {
        // A deterministic local number, so both systems and every run see the same record id.
        record = withControl001(record, `bench-${fileIndex + 1}-${result.position}`);
        given001++;
      }
      const key = controlField(record, '001')!.trim();
      if (seen.has(key)) { skipped.repeated001++; continue; }
      if (writeIso2709(record).length > MAX_BASE_BYTES) { skipped.tooLong++; continue; }
      seen.add(key);
      records.push(record);
      used++;
    }
    files.push({ name, used });
  }
  return { files, records, skipped, given001 };
}

function withControl001(record: MarcRecord, id: string): MarcRecord {
  const fields = record.fields.filter((f) => f.tag !== '001');
  return { leader: record.leader, fields: [{ tag: '001', value: id }, ...fields] };
}

/** How a corpus of `size` records is cut from the base: `replicas` copies, each a window of `perReplica` records. */
export interface Layout {
  readonly replicas: number;
  readonly perReplica: number;
  readonly stride: number;
}

/** At least two replicas; each replica starts `stride` further into the base, so together they use every record. */
export function layoutFor(size: number, baseCount: number): Layout {
  const replicas = Math.max(2, Math.ceil(size / baseCount));
  return { replicas, perReplica: Math.ceil(size / replicas), stride: Math.floor(baseCount / replicas) };
}

export function* replicaRecords(base: readonly MarcRecord[], layout: Layout, replica: number): Generator<MarcRecord> {
  for (let j = 0; j < layout.perReplica; j++) yield base[(replica * layout.stride + j) % base.length];
}

/** Library ids of the consortium corpus: member-01, member-02, … */
export function memberId(replica: number): string {
  return `member-${String(replica + 1).padStart(2, '0')}`;
}

/** The consortium corpus for Zebra: 001 made unique as "<library>-<001>", since Zebra replaces records sharing a 001. */
export function zebraConsortiumRecord(record: MarcRecord, library: string): MarcRecord {
  return withControl001(record, `${library}-${controlField(record, '001')!.trim()}`);
}

/** Standard ids and uniform titles: what would group replicas of one record into one work. */
const GROUPING_TAGS = new Set(['010', '015', '016', '017', '020', '022', '024', '027', '028', '030', '035', '130', '240']);
const TRAILING_PUNCTUATION = /(\s*[/:;=,.]\s*)$/;

/** The distinct corpus: 001 "r<nn>-<001>", ids and uniform titles removed, " r<nn>" added to 245 $a. Synthetic, for load only. */
export function distinctRecord(record: MarcRecord, replica: number): MarcRecord {
  const marker = `r${String(replica + 1).padStart(2, '0')}`;
  const fields: Field[] = [];
  for (const field of record.fields) {
    if (GROUPING_TAGS.has(field.tag)) continue;
    if (field.tag === '245' && isDataField(field)) {
      let marked = false;
      const subfields = field.subfields.map((s) => {
        if (marked || s.code !== 'a') return s;
        marked = true;
        // Before the closing ISBD punctuation, so "Jazz /" becomes "Jazz r03 /".
        const end = TRAILING_PUNCTUATION.exec(s.value)?.[1] ?? '';
        return { code: 'a', value: `${s.value.slice(0, s.value.length - end.length)} ${marker}${end}` };
      });
      fields.push({ ...field, subfields });
    } else {
      fields.push(field);
    }
  }
  return withControl001({ leader: record.leader, fields }, `${marker}-${controlField(record, '001')!.trim()}`);
}

/** An ISO 2709 file being written, with its record count and SHA-256. */
class MarcFileWriter {
  private readonly out: WriteStream;
  private readonly hash = createHash('sha256');
  records = 0;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }
  async write(record: MarcRecord): Promise<void> {
    const bytes = writeIso2709(record);
    this.hash.update(bytes);
    this.records++;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }
  async close(): Promise<CorpusFile> {
    this.out.end();
    await once(this.out, 'finish');
    return { path: this.path, records: this.records, sha256: this.hash.digest('hex') };
  }
}

export interface CorpusFile {
  readonly path: string;
  readonly records: number;
  readonly sha256: string;
}

export interface Corpus {
  readonly kind: CorpusKind;
  readonly layout: Layout;
  /** What Samverka imports: one file per member library. */
  readonly samverka: readonly (CorpusFile & { library: string })[];
  /** What zebraidx indexes: the same records in one file (001 made unique for the consortium corpus). */
  readonly zebra: CorpusFile;
  readonly records: number;
}

/** Writes one corpus under `outDir`; the same base and size always give the same bytes. */
export async function buildCorpus(kind: CorpusKind, base: BaseSet, size: number, outDir: string): Promise<Corpus> {
  const layout = layoutFor(size, base.records.length);
  const dir = join(outDir, `${kind}-${size}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const zebra = new MarcFileWriter(join(dir, kind === 'distinct' ? 'all.mrc' : 'zebra.mrc'));
  const samverka: (CorpusFile & { library: string })[] = [];
  for (let replica = 0; replica < layout.replicas; replica++) {
    const library = memberId(replica);
    const own = kind === 'consortium' ? new MarcFileWriter(join(dir, `${library}.mrc`)) : null;
    for (const record of replicaRecords(base.records, layout, replica)) {
      if (own) {
        await own.write(record);
        await zebra.write(zebraConsortiumRecord(record, library));
      } else {
        await zebra.write(distinctRecord(record, replica));
      }
    }
    if (own) samverka.push({ ...(await own.close()), library });
  }
  const zebraFile = await zebra.close();
  // The distinct corpus is one catalogue: one library imports the same file Zebra indexes.
  if (kind === 'distinct') samverka.push({ ...zebraFile, library: memberId(0) });
  return { kind, layout, samverka, zebra: zebraFile, records: zebraFile.records };
}

export function describeFile(file: CorpusFile): string {
  return `${basename(file.path)} (${file.records} records, sha256 ${file.sha256.slice(0, 16)}…)`;
}
