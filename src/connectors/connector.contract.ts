// The contract every connector runs against its peer (after honojs/hono's common.case.test.ts): one call
// registers the tests; a capability the connector lacks is skipped with that reason.
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSamverkaError } from '../core/errors.ts';
import { controlField, dataFields, subfield, type MarcRecord } from '../marc/marc-record.ts';
import { readMarcFile } from '../marc/marc-reader.ts';
import type { Connector, HarvestItem, HarvestRequest, Harvester } from './connector.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ContractExpectations {
  /** The MARC files the source was loaded from, relative to the repository. */
  readonly files: readonly string[];
  /** Records the source holds: the files' records less those it merged (Zebra keeps one record per 001). */
  readonly records: number;
  /** Records a harvest resumed from its last checkpoint may give again although nothing changed; default 0. */
  readonly overlap?: number;
  /** The source's own query (CQL, PQF) for one word of a title; required when the connector can `search`. */
  readonly titleQuery?: (word: string) => string;
}

export interface ContractSubject {
  readonly connector: Connector;
  readonly expected: ContractExpectations;
  /** A connector of the same kind for the same library whose source does not answer (nothing listens). */
  readonly unreachable: Connector;
  teardown(): Promise<void>;
}

/** What a harvest service that commits at checkpoints would hold after the harvest ends, well or not. */
export interface CommittedHarvest {
  readonly committed: readonly HarvestItem[];
  /** Yielded after the last checkpoint: never committed. */
  readonly pending: readonly HarvestItem[];
  readonly cursor: string | null;
  readonly error: unknown;
}

export async function harvestCommitting(harvester: Harvester, request: HarvestRequest): Promise<CommittedHarvest> {
  const committed: HarvestItem[] = [];
  let pending: HarvestItem[] = [];
  let cursor: string | null = null;
  try {
    for await (const item of harvester.harvest(request)) {
      if (item.kind !== 'checkpoint') pending.push(item);
      else {
        committed.push(...pending);
        pending = [];
        cursor = item.cursor;
      }
    }
  } catch (error) {
    return { committed, pending, cursor, error };
  }
  return { committed, pending, cursor, error: null };
}

/** A record's content apart from its ISO 2709 framing (leader 00-04 length, 12-16 base address). */
export function recordContent(record: MarcRecord): string {
  return JSON.stringify({ leader: record.leader.slice(5, 12) + record.leader.slice(17), fields: record.fields });
}

export function recordsOf(items: readonly HarvestItem[]): MarcRecord[] {
  return items.map((item) => {
    assert.ok(item.kind === 'record', `a ${item.kind} item where a record was expected`);
    assert.ok(item.result.ok, `record ${item.result.position} rejected: ${item.result.ok ? '' : item.result.reason}`);
    return item.result.record;
  });
}

async function fileRecords(files: readonly string[]): Promise<MarcRecord[]> {
  const out: MarcRecord[] = [];
  for (const file of files) for await (const r of readMarcFile(`${REPO}${file}`)) if (r.ok) out.push(r.record);
  return out;
}

const id001 = (r: MarcRecord): string | null => controlField(r, '001')?.trim() || null;

export function connectorContract(name: string, setup: () => Promise<ContractSubject>): void {
  describe(`${name} connector contract`, () => {
    let subject: ContractSubject;
    let full: CommittedHarvest;
    let fullMs = 0;
    const request = (over: Partial<HarvestRequest> = {}): HarvestRequest => ({ since: null, full: true, signal: new AbortController().signal, ...over });
    const harvester = (t: TestContext): Harvester | null => {
      if (!subject.connector.harvest) t.skip(`${name} cannot harvest`);
      return subject.connector.harvest ?? null;
    };

    before(async () => {
      subject = await setup();
      const started = performance.now();
      if (subject.connector.harvest) full = await harvestCommitting(subject.connector.harvest, request());
      fullMs = performance.now() - started;
    });
    after(async () => {
      await subject?.connector.close?.();
      await subject?.unreachable.close?.();
      await subject?.teardown();
    });

    test('a full harvest yields every record exactly once, field for field as in the files, and ends with a checkpoint', async (t) => {
      if (!harvester(t)) return;
      assert.equal(full.error, null);
      assert.deepEqual(full.pending, [], 'everything yielded is followed by a checkpoint');
      assert.ok(full.cursor !== null, 'it ends with a checkpoint');
      const harvested = recordsOf(full.committed);
      assert.equal(harvested.length, subject.expected.records);
      t.diagnostic(`${harvested.length} records in ${Math.round(fullMs)} ms: ${Math.round(harvested.length / (fullMs / 1000))} records/s`);
      const expected = await fileRecords(subject.expected.files);
      assert.deepEqual(new Set(harvested.map(id001)), new Set(expected.map(id001)), 'the same 001 set as the files');
      const unmatched = new Map<string, number>();
      for (const r of expected) unmatched.set(recordContent(r), (unmatched.get(recordContent(r)) ?? 0) + 1);
      for (const r of harvested) {
        const left = unmatched.get(recordContent(r)) ?? 0;
        assert.ok(left > 0, `record ${id001(r)} (245: ${dataFields(r, '245').map((f) => subfield(f, 'a')).join()}) is not in the files, or came twice`);
        unmatched.set(recordContent(r), left - 1);
      }
    });

    test('a harvest resumed from the last checkpoint yields nothing new when nothing changed', async (t) => {
      const h = harvester(t);
      if (!h) return;
      const again = await harvestCommitting(h, request({ since: full.cursor, full: false }));
      assert.equal(again.error, null);
      assert.deepEqual(again.pending, []);
      assert.ok(again.cursor !== null, 'it ends with a checkpoint');
      assert.ok(again.committed.length <= (subject.expected.overlap ?? 0), `${again.committed.length} items yielded again`);
    });

    test('aborting via the signal stops the harvest at once with the abort reason', async (t) => {
      const h = harvester(t);
      if (!h) return;
      const stop = new Error('the contract aborts');
      await assert.rejects(h.harvest(request({ signal: AbortSignal.abort(stop) }))[Symbol.asyncIterator]().next(), (e) => e === stop);
      const controller = new AbortController();
      const items = h.harvest(request({ signal: controller.signal }))[Symbol.asyncIterator]();
      assert.equal((await items.next()).value?.kind, 'record');
      controller.abort(stop);
      await assert.rejects(items.next(), (e) => e === stop, 'nothing is yielded after the abort');
    });

    test('an unreachable source is a typed error naming the library', async (t) => {
      const { unreachable } = subject;
      if (!unreachable.harvest && !unreachable.search) t.skip(`${name} can neither harvest nor search`);
      const named = (e: unknown): boolean =>
        isSamverkaError(e) && ['source-unavailable', 'timeout', 'source-failed'].includes(e.code) && e.message.includes(unreachable.library);
      const signal = new AbortController().signal;
      if (unreachable.harvest) await assert.rejects(harvestCommitting(unreachable.harvest, request()).then((r) => { throw r.error; }), named);
      if (unreachable.search) await assert.rejects(unreachable.search.search('x', { start: 1, count: 1, signal }), named);
    });

    test('a title search finds a known record', async (t) => {
      const { search } = subject.connector;
      const { titleQuery } = subject.expected;
      if (!search || !titleQuery) return t.skip(`${name} cannot search`);
      // Words the files hold exactly as a query sends them: our reader gives NFC, and a source indexes decomposed
      // text (a + U+0308 for ä, as one Libris record has it) as it is, so "Vägkartan" would not find that record.
      const raw = subject.expected.files.map((f) => readFileSync(`${REPO}${f}`, 'utf8')).join('');
      const words = (r: MarcRecord): string[] => dataFields(r, '245').map((f) => subfield(f, 'a') ?? '').join(' ')
        .split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 6 && raw.includes(w));
      const candidates = (await fileRecords(subject.expected.files)).filter((r) => id001(r) !== null && words(r).length > 0);
      // A word beyond ASCII when there is one, so the query's character set is exercised too.
      const known = candidates.find((r) => words(r).some((w) => /[^\x00-\x7f]/.test(w))) ?? candidates[0];
      const word = words(known).sort((a, b) => Number(/[^\x00-\x7f]/.test(b)) - Number(/[^\x00-\x7f]/.test(a)) || b.length - a.length)[0];
      const found = await search.search(titleQuery(word), { start: 1, count: 50, signal: new AbortController().signal });
      assert.ok(found.total >= 1, `${word} finds something`);
      const ids = found.records.map((r) => (r.ok ? id001(r.record) : null));
      assert.ok(ids.includes(id001(known)), `${word} finds ${id001(known)} among ${ids.join(', ')}`);
    });
  });
}
