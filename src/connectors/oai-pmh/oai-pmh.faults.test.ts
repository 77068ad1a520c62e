// The OAI-PMH client against a provider misbehaving as real ones do: every fault ends in a clear error, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { OaiPmhProvider, type OaiFault } from '../../../test/fakes/oai-pmh-provider.ts';
import type { RetryNotice } from '../xml-http/http-get.ts';
import { OaiPmhClient, type OaiPmhClientOptions } from './oai-pmh.client.ts';

const NO_HANG = { timeout: 30_000 };

/** Harvests the whole list under `fault`; resolves to the number of records, or rejects with the client's error. */
async function harvestUnder(fault: OaiFault, options: Partial<OaiPmhClientOptions> = {}, notices: RetryNotice[] = []): Promise<number> {
  const provider = new OaiPmhProvider({ pageSize: 100 });
  const baseUrl = await provider.start();
  provider.fault = fault;
  try {
    const client = new OaiPmhClient({
      source: 'jamtland-koha', baseUrl, retries: 1, backoffMs: 1, maxRetryDelayMs: 10, onRetry: (n) => notices.push(n), ...options,
    });
    let count = 0;
    for await (const page of client.listRecords({ metadataPrefix: 'marc21' })) count += page.records.length;
    return count;
  } finally {
    await provider.close();
  }
}

function sourceError(code: string, pattern: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(isSamverkaError(e), String(e));
    assert.equal(e.code, code, e.message);
    assert.match(e.message, pattern);
    assert.match(e.message, /jamtland-koha/);
    return true;
  };
}

test('a resumption token that comes back again is a loop, stopped at once', NO_HANG, async () => {
  await assert.rejects(harvestUnder({ kind: 'token-loop' }), sourceError('source-failed', /came back a second time: the list loops/));
});

test('a list that never ends is stopped after the configured number of pages', NO_HANG, async () => {
  await assert.rejects(harvestUnder({ kind: 'endless' }, { maxPages: 7 }), sourceError('source-failed', /did not end after 7 pages/));
});

test('10 MB of garbage is cut off at the size limit, not parsed to the end', NO_HANG, async () => {
  await assert.rejects(harvestUnder({ kind: 'garbage', bytes: 10 * 1024 * 1024 }, { maxBytes: 2 * 1024 * 1024 }), sourceError('source-failed', /larger than the limit of 2097152 bytes/));
});

test('a reply that stalls mid-body times out on every attempt', NO_HANG, async () => {
  const notices: RetryNotice[] = [];
  await assert.rejects(harvestUnder({ kind: 'slow', delayMs: 60_000 }, { timeoutMs: 150 }, notices), sourceError('timeout', /timed out after 150 ms/));
  assert.equal(notices.length, 1);
});

test('a reply cut off mid-body is retried, then reported as the source being unavailable', NO_HANG, async () => {
  const notices: RetryNotice[] = [];
  await assert.rejects(harvestUnder({ kind: 'truncated' }, {}, notices), sourceError('source-unavailable', /unavailable/));
  assert.equal(notices.length, 1);
  assert.equal(notices[0].source, 'jamtland-koha');
});

test('a 503 with Retry-After is waited out (capped), reported, and the harvest completes', NO_HANG, async () => {
  const notices: RetryNotice[] = [];
  const count = await harvestUnder({ kind: 'unavailable', times: 2, retryAfterSeconds: 3600 }, { retries: 3 }, notices);
  assert.equal(count, 395);
  assert.deepEqual(notices.map((n) => n.delayMs), [10, 10]);
  assert.match(notices[0].reason, /HTTP 503/);
});

test('a source that stays at 503 fails as unavailable once the retries are spent', NO_HANG, async () => {
  await assert.rejects(harvestUnder({ kind: 'unavailable', times: 10, retryAfterSeconds: 1 }), sourceError('source-unavailable', /HTTP 503/));
});

test('malformed XML (a MARC delimiter leaking into the reply) is xml-malformed with its position', NO_HANG, async () => {
  await assert.rejects(harvestUnder({ kind: 'malformed' }), (e: unknown) => {
    assert.ok(isSamverkaError(e, 'xml-malformed'), String(e));
    assert.equal(e.details.source, 'jamtland-koha');
    assert.equal(typeof e.details.line, 'number');
    return true;
  });
});
