// Demo circulation: live answers for exactly the copies of the demo export, the same all day and different from the
// export where a copy came back or went out, and the slow/failing switch that shows a struggling source.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_HOLDINGS_MAPPINGS, mapHoldings } from '../../catalogue/holdings-mapping.ts';
import { isSamverkaError } from '../../core/errors.ts';
import type { Holding, Library } from '../../core/types.ts';
import { demoConfig } from '../../config/demo-config.ts';
import { librariesOf, parseConfig } from '../../config/load-config.ts';
import { idFromFields } from '../../marc/rejection-id.ts';
import { DemoCirculation } from './demo-availability.ts';
import { DEMO_MARC_FOLDER, demoCatalogue } from './demo-catalogue.ts';

const LIBRARIES = librariesOf(parseConfig(demoConfig));
const OSTERSUND = LIBRARIES.find((l) => l.id === 'ostersund')!;
/** Two real files of the demo: the Helmet records (20) and the Libris records (28). */
const FILES = ['fi_helmet_real-curated.utf8.mrc', 'se_libris_librisxl_bib.utf8.mrc'].map((f) => join(DEMO_MARC_FOLDER, f));
const SEEDED = new Date('2026-03-02T06:00:00Z');

/** The export as the import reads it: local id → holdings from the demo 952 fields. */
async function exported(library: Library, day: Date): Promise<Map<string, Holding[]>> {
  const out = new Map<string, Holding[]>();
  for await (const result of demoCatalogue(library, LIBRARIES, day, FILES)) {
    const localId = result.ok ? idFromFields(result.record.fields, ['035a', '999c']) : null;
    // The import rejects a record without any id; so does the library system's answer.
    if (!result.ok || localId === null) continue;
    const holdings = mapHoldings(result.record, DEFAULT_HOLDINGS_MAPPINGS['952'], { library: library.id, asOf: day.toISOString(), branches: library.branches.map((b) => b.id) });
    out.set(localId, holdings);
  }
  return out;
}

const signal = () => new AbortController().signal;
const copies = (holdings: readonly Holding[]) => holdings.map((h) => `${h.itemId} ${h.branch} ${h.callNumber}`).sort();

test('answers for exactly the copies of the export, each with its live status as of now', async () => {
  const now = new Date('2026-03-05T09:30:00Z');
  const harvested = await exported(OSTERSUND, SEEDED);
  const live = await new DemoCirculation({ libraries: LIBRARIES, files: FILES, clock: () => now }).availabilityFor(OSTERSUND).availability([...harvested.keys()], signal());
  assert.ok(harvested.size > 10, `Östersund holds ${harvested.size} of the 48 records`);
  assert.deepEqual([...live.keys()].sort(), [...harvested.keys()].sort());
  for (const [localId, holdings] of harvested) assert.deepEqual(copies(live.get(localId)!), copies(holdings), localId);
  const all = [...live.values()].flat();
  assert.ok(all.every((h) => h.asOf === now.toISOString() && h.library === 'ostersund'));
  assert.ok(all.every((h) => (h.status === 'on-loan') === (h.dueDate !== null) && (h.dueDate === null || h.dueDate > '2026-03-05')));
});

test('the same all day, and different from the export where copies came back or went out', async () => {
  const harvested = await exported(OSTERSUND, SEEDED);
  const ids = [...harvested.keys()];
  const at = (iso: string) => new DemoCirculation({ libraries: LIBRARIES, files: FILES, clock: () => new Date(iso) }).availabilityFor(OSTERSUND);
  const morning = await at('2026-03-05T07:00:00Z').availability(ids, signal());
  const evening = await at('2026-03-05T21:00:00Z').availability(ids, signal());
  const status = (found: Map<string, Holding[]>) => ids.flatMap((id) => found.get(id)!.map((h) => `${h.itemId} ${h.status} ${h.dueDate}`));
  assert.deepEqual(status(evening), status(morning));

  const before = new Map([...harvested.values()].flat().map((h) => [h.itemId, h.status]));
  const now = new Map([...morning.values()].flat().map((h) => [h.itemId, h.status]));
  assert.ok([...now].some(([item, status]) => before.get(item) !== status), 'some copy is not where the export says');
  assert.ok([...before].filter(([, status]) => status === 'not-for-loan').every(([item]) => now.get(item) === 'not-for-loan'), 'a copy not for loan stays so');
});

test('records the library does not hold, or no record has, are absent', async () => {
  const berg = LIBRARIES.find((l) => l.id === 'berg')!;
  const heldByOstersund = [...(await exported(OSTERSUND, SEEDED)).keys()];
  const heldByBerg = new Set((await exported(berg, SEEDED)).keys());
  const notBergs = heldByOstersund.filter((id) => !heldByBerg.has(id));
  assert.ok(notBergs.length > 0);
  const found = await new DemoCirculation({ libraries: LIBRARIES, files: FILES }).availabilityFor(berg).availability([...notBergs, 'no-such-record'], signal());
  assert.deepEqual([...found.keys()], []);
});

describe('the switch that shows a struggling source', () => {
  const circulation = new DemoCirculation({ libraries: LIBRARIES, files: FILES });

  test('slow: still answers after its delay, and stops with the caller\'s reason when the caller gives up first', async () => {
    assert.deepEqual(await circulation.availabilityFor(OSTERSUND, { delayMs: 5 }).availability(['no-such-record'], signal()), new Map());
    const behaviour = { delayMs: 10_000 };
    const controller = new AbortController();
    const reason = new Error('enough');
    const pending = circulation.availabilityFor(OSTERSUND, behaviour).availability(['x'], controller.signal);
    setTimeout(() => controller.abort(reason), 10);
    await assert.rejects(pending, (e) => e === reason);
  });

  test('failing: a typed error naming the library', async () => {
    await assert.rejects(circulation.availabilityFor(OSTERSUND, { failing: true }).availability(['x'], signal()), (e) =>
      isSamverkaError(e, 'source-unavailable') && e.details.source === 'ostersund');
  });
});
