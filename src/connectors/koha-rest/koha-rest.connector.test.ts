// The koha-rest connector against the Koha REST fake: the OAuth2 client-credentials flow (token kept, refreshed
// before expiry, fetched anew once on 401), items mapped to holdings, and every fault a typed error naming the source.
// The biblionumbers are those of the real Koha sample records (test/fixtures/marc, 999 $c); their items are hand-made
// test data in the shape of Koha's item definition.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { isSamverkaError, type SamverkaError } from '../../core/errors.ts';
import { resolveSecret } from '../../config/load-config.ts';
import type { Holding } from '../../core/types.ts';
import { KohaRestServer, kohaItemJson, type KohaItemJson } from '../../../test/fakes/koha-rest-server.ts';
import type { Availability } from '../connector.ts';
import { kohaApiRoot } from './koha-rest.client.ts';
import { createKohaRestConnector, type KohaRestSettings } from './koha-rest.connector.ts';

const BRANCHES = ['krokom-krokom', 'krokom-follinge', 'krokom-bokbuss'];
const CLIENT = { id: 'samverka', secret: 's3cret-från-env' };

/** Biblio 1 (E Street shuffle): one copy of every kind of status. Biblio 2 (The ideas behind the chess openings): 25 copies. */
const BIBLIOS = new Map<number, KohaItemJson[]>([
  [1, [
    kohaItemJson({ item_id: 11, biblio_id: 1, external_id: '39000000011', home_library_id: 'KRO', holding_library_id: 'KRO', callnumber: '782.42 Hey', location: 'GEN' }),
    kohaItemJson({ item_id: 12, biblio_id: 1, external_id: '39000000012', home_library_id: 'KRO', holding_library_id: 'FOL', callnumber: '782.42 Hey', checked_out_date: '2026-03-19' }),
    kohaItemJson({ item_id: 13, biblio_id: 1, external_id: '39000000013', home_library_id: 'FOL', holding_library_id: 'FOL', withdrawn: 1 }),
    kohaItemJson({ item_id: 14, biblio_id: 1, external_id: '39000000014', home_library_id: 'KRO', holding_library_id: 'KRO', not_for_loan_status: -1, effective_not_for_loan_status: -1 }),
    kohaItemJson({ item_id: 15, biblio_id: 1, external_id: '39000000015', home_library_id: 'MPL', holding_library_id: 'MPL', location: 'REF' }),
    kohaItemJson({ item_id: 16, biblio_id: 1, external_id: null, home_library_id: 'KRO', holding_library_id: null, callnumber: null, not_for_loan_status: null, lost_status: null }),
  ]],
  [2, Array.from({ length: 25 }, (_, i) => kohaItemJson({ item_id: 200 + i, biblio_id: 2, home_library_id: 'KRO', holding_library_id: 'KRO', callnumber: '794.1 Fin' }))],
  [3, []],
]);

let now = Date.parse('2026-03-05T10:00:00Z');
let server: KohaRestServer;
let base: string;
before(async () => {
  server = new KohaRestServer({ clients: [CLIENT], biblios: BIBLIOS, now: () => now });
  base = await server.start();
});
after(() => server.close());
beforeEach(() => { server.fault = null; server.revokeTokens(); });

function settings(over: Partial<KohaRestSettings> = {}): KohaRestSettings {
  return {
    kind: 'koha-rest', url: base, clientId: 'env:KOHA_CLIENT_ID', clientSecret: 'env:KOHA_CLIENT_SECRET',
    holdings: { tag: '952', branchMap: { KRO: 'krokom-krokom', FOL: 'krokom-follinge' } }, ...over,
  };
}

const ENV = { KOHA_CLIENT_ID: CLIENT.id, KOHA_CLIENT_SECRET: CLIENT.secret };
const fromEnv = (env: NodeJS.ProcessEnv) => (value: string) => resolveSecret(value, env);

function koha(over: Partial<KohaRestSettings> = {}, timeoutMs?: number): Availability {
  const connector = createKohaRestConnector('krokom', settings(over), { branches: BRANCHES, resolveSecret: fromEnv(ENV), clock: () => now, timeoutMs });
  assert.equal(connector.kind, 'koha-rest');
  return connector.availability!;
}

const ask = (availability: Availability, ids: string[], signal = new AbortController().signal) => availability.availability(ids, signal);
const statuses = (holdings: readonly Holding[] | undefined) => (holdings ?? []).map((h) => `${h.itemId} ${h.branch} ${h.status}${h.dueDate ? ` ${h.dueDate}` : ''}`);

describe('the token', () => {
  test('is fetched with the client credentials once and then carried as a bearer token', async () => {
    const before = server.requests.length;
    const availability = koha();
    await ask(availability, ['1']);
    await ask(availability, ['2']);
    assert.deepEqual(server.requests.slice(before).map((r) => `${r.method} ${r.url}${r.bearer ? ' (bearer)' : ''}`), [
      'POST /api/v1/oauth/token',
      'GET /api/v1/biblios/1/items?_per_page=-1 (bearer)',
      'GET /api/v1/biblios/2/items?_per_page=-1 (bearer)',
    ]);
  });

  test('is fetched anew shortly before it expires, never used past its time', async () => {
    const availability = koha();
    await ask(availability, ['1']);
    const issued = server.tokensIssued;
    now += 3_539_000;
    await ask(availability, ['1']);
    assert.equal(server.tokensIssued, issued, 'still good 61 s before expiry');
    now += 2_000;
    await ask(availability, ['1']);
    assert.equal(server.tokensIssued, issued + 1, 'replaced within the last minute of its hour');
    assert.ok(!server.requests.some((r) => r.method === 'GET' && !r.bearer));
  });

  test('that Koha no longer accepts (401) is replaced once, and the request goes through', async () => {
    const availability = koha();
    await ask(availability, ['3']);
    const issued = server.tokensIssued;
    server.revokeTokens();
    const found = await ask(availability, ['1']);
    assert.equal(found.get('1')?.length, 6);
    assert.equal(server.tokensIssued, issued + 1);
  });

  test('refused twice in a row is a typed failure naming the source', async () => {
    server.fault = { kind: 'expired-tokens' };
    await assert.rejects(ask(koha(), ['1']), (e: SamverkaError) =>
      e.code === 'source-failed' && e.details.source === 'krokom' && /refused a fresh access token: HTTP 401.*Authentication failure\./.test(e.message));
  });

  test('wrong client credentials are a typed failure with Koha\'s words, and the secret is never in it', async () => {
    const availability = createKohaRestConnector('krokom', settings({ clientSecret: 'wrong' }), { branches: BRANCHES, resolveSecret: fromEnv(ENV) }).availability!;
    await assert.rejects(ask(availability, ['1']), (e: SamverkaError) =>
      e.code === 'source-failed' && /Source krokom failed: the token endpoint refused the client credentials \(HTTP 403: unauthorized_client\)/.test(e.message)
      && !JSON.stringify({ message: e.message, details: e.details }).includes('wrong'));
  });

  test('secrets come from the environment at creation; a missing one is a configuration error at once', () => {
    assert.throws(() => createKohaRestConnector('krokom', settings(), { resolveSecret: fromEnv({}) }), (e: SamverkaError) =>
      e.code === 'config-invalid' && /KOHA_CLIENT_ID is not set/.test(e.message));
  });
});

describe('items as holdings', () => {
  test('each copy of a biblio with its branch, shelf mark, barcode and status as Koha has it now', async () => {
    const found = await ask(koha(), ['1']);
    assert.deepEqual(statuses(found.get('1')), [
      '39000000011 krokom-krokom available',
      '39000000012 krokom-follinge on-loan 2026-03-19',
      '39000000013 krokom-follinge not-for-loan',
      '39000000014 krokom-krokom not-for-loan',
      '39000000015 krokom-krokom available',
      'null krokom-krokom available',
    ]);
    const [first, , , , unmapped, redacted] = found.get('1')!;
    assert.deepEqual(first, {
      library: 'krokom', branch: 'krokom-krokom', callNumber: '782.42 Hey', status: 'available', dueDate: null,
      asOf: new Date(now).toISOString(), itemId: '39000000011', location: 'GEN',
    });
    assert.equal(unmapped.location, 'MPL / REF', 'a Koha library the map does not know goes to the first branch, its code kept');
    assert.equal(redacted.callNumber, null);
  });

  test('every copy, past Koha\'s default page of 20', async () => {
    assert.equal((await ask(koha(), ['2'])).get('2')?.length, 25);
  });

  test('a biblio without items has none; an unknown biblio and an id that is no biblionumber are absent', async () => {
    const before = server.requests.length;
    const found = await ask(koha(), ['3', '999', 'ocm12345', '3']);
    assert.deepEqual([...found.keys()], ['3']);
    assert.deepEqual(found.get('3'), []);
    assert.deepEqual(server.requests.slice(before).filter((r) => r.method === 'GET').map((r) => r.url.split('?')[0]),
      ['/api/v1/biblios/3/items', '/api/v1/biblios/999/items'], 'asked once per biblionumber, never for other ids');
  });

  test('the API root may be configured with or without /api/v1', () => {
    assert.equal(kohaApiRoot('https://koha.example.org'), 'https://koha.example.org/api/v1');
    assert.equal(kohaApiRoot('https://koha.example.org/api/v1/'), 'https://koha.example.org/api/v1');
  });
});

describe('faults', () => {
  afterEach(() => { server.fault = null; });
  const namesKrokom = (code: string, message: RegExp) => (e: unknown) =>
    isSamverkaError(e, code as SamverkaError['code']) && /krokom/.test(e.message) && message.test(e.message);

  test('a slow server: a timeout naming the source', async () => {
    server.fault = { kind: 'slow', delayMs: 5_000 };
    await assert.rejects(ask(koha({}, 100), ['1']), namesKrokom('timeout', /Source krokom: POST .*\/oauth\/token timed out after 100 ms/));
  });

  test('HTTP 500: the source is unavailable, with Koha\'s words', async () => {
    server.fault = { kind: 'server-error' };
    await assert.rejects(ask(koha(), ['1']), namesKrokom('source-unavailable', /HTTP 500 .*Something went wrong, check the logs\./));
  });

  test('malformed JSON: a failure saying so', async () => {
    server.fault = { kind: 'malformed' };
    await assert.rejects(ask(koha(), ['1']), namesKrokom('source-failed', /biblios\/1\/items\?_per_page=-1 is not JSON/));
  });

  test('JSON of another shape: a failure naming what is wrong', async () => {
    server.fault = { kind: 'wrong-shape' };
    await assert.rejects(ask(koha(), ['1']), namesKrokom('source-failed', /is not a list of Koha items: \(top\)/));
  });

  test('a huge reply: stopped at the size limit', async () => {
    server.fault = { kind: 'huge', bytes: 6 * 1024 * 1024 };
    await assert.rejects(ask(koha(), ['1']), namesKrokom('source-failed', /is larger than the limit of 4194304 bytes/));
  });

  test('the caller giving up: the call ends with the caller\'s reason', async () => {
    server.fault = { kind: 'slow', delayMs: 5_000 };
    const controller = new AbortController();
    const reason = new Error('the page has waited long enough');
    const pending = ask(koha(), ['1'], controller.signal);
    setTimeout(() => controller.abort(reason), 20);
    await assert.rejects(pending, (e) => e === reason);
  });
});
