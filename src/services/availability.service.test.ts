// Live availability of a work: every source asked in parallel, each bounded by the timeout and its circuit breaker,
// answers cached briefly, and a source that cannot answer leaving its harvested status with its age and the reason.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { setImmediate as flush } from 'node:timers/promises';
import type { Holding } from '../core/types.ts';
import type { Availability, Connector } from '../connectors/connector.ts';
import { FakeCatalogue } from '../../test/fakes/fake-catalogue.ts';
import { AvailabilityService, type AvailabilityServiceDeps } from './availability.service.ts';
import type { WorkView } from './catalogue-reader.ts';

/** Sagor från Mumindalen (real record, demo copies): Krokom 2 copies, Strömsund 1, Berg 1, harvested 2026-03-02 06:00. */
const MUMIN = (await new FakeCatalogue().getWork('sagor-fran-mumindalen'))!;
const HARVESTED_AT = '2026-03-02T06:00:00.000Z';
const NOW = Date.parse('2026-03-05T11:12:00.000Z');
const NOW_ISO = new Date(NOW).toISOString();

type Answer = (localIds: readonly string[], signal: AbortSignal) => Promise<Map<string, Holding[]>>;

interface FakeSource extends Connector {
  readonly calls: (readonly string[])[];
  readonly signals: AbortSignal[];
}

function source(library: string, answer: Answer): FakeSource {
  const calls: (readonly string[])[] = [];
  const signals: AbortSignal[] = [];
  const availability: Availability = {
    availability(localIds, signal) {
      calls.push(localIds);
      signals.push(signal);
      return answer(localIds, signal);
    },
  };
  return { library, kind: 'demo', availability, calls, signals };
}

/** A live copy as the source reports it now. */
const copy = (library: string, branch: string, status: Holding['status'], dueDate: string | null = null): Holding =>
  ({ library, branch, callNumber: 'Hcg Haridi', status, dueDate, asOf: NOW_ISO, itemId: `live-${branch}` });

const krokomNow = copy('krokom', 'krokom-follinge', 'available');
const answersKrokom: Answer = async (ids) => new Map(ids.map((id) => [id, [krokomNow]]));
const answersStromsund: Answer = async (ids) => new Map(ids.map((id) => [id, [copy('stromsund', 'stromsund-bussen', 'on-loan', '2026-03-19')]]));
const neverAnswers: Answer = () => new Promise(() => undefined);
const fails: Answer = async () => { throw new Error('connect ECONNREFUSED 10.0.0.7:443'); };

let clock = NOW;
const warnings: string[] = [];
beforeEach(() => { clock = NOW; warnings.length = 0; });

function service(sources: readonly Connector[], over: Partial<AvailabilityServiceDeps> = {}): AvailabilityService {
  return new AvailabilityService({
    connectors: new Map(sources.map((s) => [s.library, s])),
    clock: () => clock,
    logger: { warn: (details, message) => warnings.push(`${message} ${JSON.stringify(details)}`) },
    ...over,
  });
}

const summary = (holdings: readonly { library: string; branch: string; status: string; live: boolean; reason?: string; asOf: string }[]) =>
  holdings.map((h) => `${h.branch} ${h.status} ${h.live ? 'live' : `harvested (${h.reason})`} ${h.asOf}`);

test('asks every library with live availability in parallel and shows its statuses as of now', async () => {
  const gates: (() => void)[] = [];
  const gated = (answer: Answer): Answer => (ids, signal) => new Promise((resolve) => gates.push(() => resolve(answer(ids, signal))));
  const krokom = source('krokom', gated(answersKrokom));
  const stromsund = source('stromsund', gated(answersStromsund));
  const pending = service([krokom, stromsund]).forWork(MUMIN);
  await flush();
  assert.equal(gates.length, 2, 'both sources are asked before either has answered');
  gates.forEach((open) => open());
  const result = await pending;

  assert.deepEqual(krokom.calls, [['9789163897498']]);
  assert.equal(result.workId, 'sagor-fran-mumindalen');
  assert.equal(result.checkedAt, NOW_ISO);
  assert.deepEqual(summary(result.holdings), [
    `berg-svenstavik on-loan harvested (no-live-source) ${HARVESTED_AT}`,
    `krokom-follinge available live ${NOW_ISO}`,
    `stromsund-bussen on-loan live ${NOW_ISO}`,
  ]);
  assert.deepEqual(result.sources, [
    { library: 'berg', live: false, reason: 'no-live-source' },
    { library: 'krokom', live: true },
    { library: 'stromsund', live: true },
  ]);
  assert.equal(result.holdings.find((h) => h.library === 'stromsund')?.dueDate, '2026-03-19');
  assert.equal(result.holdings.find((h) => h.library === 'krokom')?.recordId, 'krokom:9789163897498');
});

describe('a source that does not answer in time', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('keeps its harvested status with its age; the call ends at the timeout and the source is told to stop', async () => {
    const slow = source('stromsund', neverAnswers);
    const pending = service([source('krokom', answersKrokom), slow], { timeoutMs: 1_500 }).forWork(MUMIN);
    await flush();
    mock.timers.tick(1_499);
    assert.equal(slow.signals[0].aborted, false);
    mock.timers.tick(1);
    const result = await pending;
    assert.equal(slow.signals[0].aborted, true);
    assert.deepEqual(summary(result.holdings), [
      `berg-svenstavik on-loan harvested (no-live-source) ${HARVESTED_AT}`,
      `krokom-follinge available live ${NOW_ISO}`,
      `stromsund-bussen available harvested (timeout) ${HARVESTED_AT}`,
    ]);
    assert.deepEqual(result.sources.find((s) => s.library === 'stromsund'), { library: 'stromsund', live: false, reason: 'timeout' });
    assert.match(warnings.join('\n'), /Live availability from stromsund timed out/);
  });

  test('the default timeout is two seconds', async () => {
    const pending = service([source('krokom', neverAnswers)]).forWork(MUMIN);
    await flush();
    mock.timers.tick(2_000);
    assert.deepEqual((await pending).sources.find((s) => s.library === 'krokom'), { library: 'krokom', live: false, reason: 'timeout' });
  });
});

test('a source that fails keeps its harvested status, marked failed, and the failure is logged with the library', async () => {
  const result = await service([source('krokom', fails), source('stromsund', answersStromsund)]).forWork(MUMIN);
  assert.deepEqual(summary(result.holdings.filter((h) => h.library === 'krokom')), [
    `krokom-follinge on-loan harvested (failed) ${HARVESTED_AT}`,
    `krokom-krokom available harvested (failed) ${HARVESTED_AT}`,
  ]);
  assert.deepEqual(result.sources.map((s) => [s.library, s.live]), [['berg', false], ['krokom', false], ['stromsund', true]]);
  assert.match(warnings[0], /^Live availability from krokom failed .*"library":"krokom".*ECONNREFUSED/);
});

test('a record the source does not know keeps its harvested copies; a record it knows without copies has none', async () => {
  const krokom = source('krokom', async () => new Map());
  const stromsund = source('stromsund', async (ids) => new Map(ids.map((id) => [id, []])));
  const result = await service([krokom, stromsund]).forWork(MUMIN);
  assert.deepEqual(summary(result.holdings.filter((h) => h.library !== 'berg')), [
    `krokom-follinge on-loan harvested (unknown-record) ${HARVESTED_AT}`,
    `krokom-krokom available harvested (unknown-record) ${HARVESTED_AT}`,
  ]);
  assert.deepEqual(result.sources.filter((s) => s.library !== 'berg'), [{ library: 'krokom', live: true }, { library: 'stromsund', live: true }]);
});

test('a source answers for its own library only, whatever its holdings claim', async () => {
  const result = await service([source('krokom', async (ids) => new Map(ids.map((id) => [id, [{ ...krokomNow, library: 'ostersund' }]])))]).forWork(MUMIN);
  assert.deepEqual(result.holdings.filter((h) => h.live).map((h) => h.library), ['krokom']);
});

describe('the cache', () => {
  test('answers again from the last live answer while it is fresh, with that answer\'s time', async () => {
    const krokom = source('krokom', answersKrokom);
    const availability = service([krokom], { cacheTtlMs: 30_000 });
    await availability.forWork(MUMIN);
    clock += 29_999;
    const again = await availability.forWork(MUMIN);
    assert.equal(krokom.calls.length, 1);
    assert.equal(again.holdings.find((h) => h.live)?.asOf, NOW_ISO);
    assert.equal(again.checkedAt, new Date(clock).toISOString());
    clock += 1;
    await availability.forWork(MUMIN);
    assert.equal(krokom.calls.length, 2, 'asked again once the answer is older than the cache time');
  });

  test('remembers no failure: the next view asks again', async () => {
    const krokom = source('krokom', fails);
    const availability = service([krokom]);
    await availability.forWork(MUMIN);
    await availability.forWork(MUMIN);
    assert.equal(krokom.calls.length, 2);
  });

  test('views at the same moment share one call to the source', async () => {
    let open = () => {};
    const krokom = source('krokom', (ids, signal) => new Promise((resolve) => { open = () => resolve(answersKrokom(ids, signal)); }));
    const availability = service([krokom]);
    const both = Promise.all([availability.forWork(MUMIN), availability.forWork(MUMIN)]);
    await flush();
    open();
    const [a, b] = await both;
    assert.equal(krokom.calls.length, 1);
    assert.deepEqual(a.holdings, b.holdings);
  });

  test('is bounded: with room for one record, the older answer is gone', async () => {
    const fanrik = (await new FakeCatalogue().getWork('fanrik-stals-sagner'))!;
    const ostersund = source('ostersund', async (ids) => new Map(ids.map((id) => [id, []])));
    const harjedalen = source('harjedalen', async (ids) => new Map(ids.map((id) => [id, []])));
    const availability = service([ostersund, harjedalen], { cacheSize: 1 });
    await availability.forWork(fanrik);
    await availability.forWork(fanrik);
    assert.equal(ostersund.calls.length + harjedalen.calls.length, 3, 'one of the two answers was kept, the other asked again');
  });
});

describe('the circuit breaker of a source', () => {
  test('opens after failures in a row, answers at once while open, lets one trial through after the cool-down, and closes on success', async () => {
    let answer: Answer = fails;
    const krokom = source('krokom', (ids, signal) => answer(ids, signal));
    const availability = service([krokom], { failuresToOpen: 2, coolDownMs: 10_000, cacheTtlMs: 0 });
    const krokomSource = async () => (await availability.forWork(MUMIN)).sources.find((s) => s.library === 'krokom');

    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'failed' });
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'failed' });
    assert.match(warnings.join('\n'), /krokom: circuit breaker open/);
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'circuit-open' });
    assert.equal(krokom.calls.length, 2, 'an open breaker does not ask the source');

    clock += 10_000;
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'failed' }, 'the trial call fails');
    assert.equal(krokom.calls.length, 3);
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'circuit-open' }, 'a failed trial opens it again');

    clock += 10_000;
    answer = answersKrokom;
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: true }, 'the trial call succeeds');
    answer = fails;
    assert.deepEqual(await krokomSource(), { library: 'krokom', live: false, reason: 'failed' }, 'closed again: one failure does not open it');
    assert.equal(krokom.calls.length, 5);
  });

  test('counts timeouts as failures', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const krokom = source('krokom', neverAnswers);
      const availability = service([krokom], { failuresToOpen: 1, timeoutMs: 100 });
      const first = availability.forWork(MUMIN);
      await flush();
      mock.timers.tick(100);
      await first;
      const second = await availability.forWork(MUMIN);
      assert.equal(krokom.calls.length, 1);
      assert.deepEqual(second.sources.find((s) => s.library === 'krokom'), { library: 'krokom', live: false, reason: 'circuit-open' });
    } finally {
      mock.timers.reset();
    }
  });

  test('of one source leaves the others alone', async () => {
    const stromsund = source('stromsund', answersStromsund);
    const availability = service([source('krokom', fails), stromsund], { failuresToOpen: 1, cacheTtlMs: 0 });
    await availability.forWork(MUMIN);
    const result = await availability.forWork(MUMIN);
    assert.deepEqual(result.sources.map((s) => s.reason ?? 'live'), ['no-live-source', 'circuit-open', 'live']);
    assert.equal(stromsund.calls.length, 2);
  });
});

test('a work whose libraries have no live availability keeps every harvested status, without asking anyone', async () => {
  const view: WorkView = MUMIN;
  const result = await service([]).forWork(view);
  assert.deepEqual(result.holdings.map((h) => [h.recordId, h.status, h.live, h.reason]), view.holdings.map((h) => [h.recordId, h.status, false, 'no-live-source']));
});
