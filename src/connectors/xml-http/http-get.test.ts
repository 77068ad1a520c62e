// HTTP GET for protocol clients: which failures are retried and how long it waits, timeouts, the size limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { httpGet, withQuery, type HttpSettings, type RetryNotice } from './http-get.ts';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** A fetch that answers from a script of replies, one per call, and counts the calls. */
function scripted(...replies: Array<() => Response | Promise<Response>>): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const fetchStub = (async () => {
    const reply = replies[Math.min(calls, replies.length - 1)];
    calls++;
    return reply();
  }) as unknown as typeof fetch;
  return { fetch: fetchStub, calls: () => calls };
}

const quick: HttpSettings = { backoffMs: 1, maxRetryDelayMs: 5, retries: 2 };

test('withQuery percent-encodes every value, so opaque tokens survive the trip', () => {
  assert.equal(
    withQuery('http://h/oai', { verb: 'ListRecords', resumptionToken: 'marc21/50/2011-01-01T00:00:00Z/ /+=&', set: undefined }),
    'http://h/oai?verb=ListRecords&resumptionToken=marc21%2F50%2F2011-01-01T00%3A00%3A00Z%2F%20%2F%2B%3D%26',
  );
  assert.equal(withQuery('http://h/sru?x-db=a', { version: '1.2' }), 'http://h/sru?x-db=a&version=1.2');
});

test('a 503 is retried after the Retry-After the server asked for (capped), each retry reported', async () => {
  const notices: RetryNotice[] = [];
  const { fetch, calls } = scripted(
    () => new Response('busy', { status: 503, statusText: 'Service Unavailable', headers: { 'retry-after': '120' } }),
    () => new Response('<ok/>'),
  );
  const body = await httpGet('lib', 'http://h/x', { ...quick, fetch, onRetry: (n) => notices.push(n) }, text);
  assert.equal(body, '<ok/>');
  assert.equal(calls(), 2);
  assert.equal(notices.length, 1);
  assert.deepEqual({ ...notices[0], reason: undefined }, { source: 'lib', url: 'http://h/x', attempt: 1, delayMs: 5, reason: undefined });
  assert.match(notices[0].reason, /HTTP 503/);
});

test('retries are bounded: the last failure reaches the caller as source-unavailable', async () => {
  const { fetch, calls } = scripted(() => new Response('down', { status: 502 }));
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, fetch }, text), (e: unknown) => {
    assert.ok(isSamverkaError(e, 'source-unavailable'));
    assert.equal(e.details.source, 'lib');
    return true;
  });
  assert.equal(calls(), 3);
});

test('a 404 is not retried and names the status', async () => {
  const { fetch, calls } = scripted(() => new Response('no', { status: 404, statusText: 'Not Found' }));
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, fetch }, text), (e: unknown) =>
    isSamverkaError(e, 'source-failed') && e.details.status === 404 && /HTTP 404 Not Found/.test(e.message));
  assert.equal(calls(), 1);
});

test('a network failure is retried, then reported with its cause', async () => {
  let calls = 0;
  const fetchStub = (async () => {
    calls++;
    throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
  }) as unknown as typeof fetch;
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, fetch: fetchStub }, text), (e: unknown) =>
    isSamverkaError(e, 'source-unavailable') && e.cause instanceof TypeError);
  assert.equal(calls, 3);
});

test('a reply that never comes times out on every attempt, as a timeout error', async () => {
  const hanging = (async (_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  })) as unknown as typeof fetch;
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, retries: 1, timeoutMs: 20, fetch: hanging }, text), (e: unknown) =>
    isSamverkaError(e, 'timeout') && /lib/.test(e.message));
});

test('a body cut off mid-stream is retried with a fresh read', async () => {
  const broken = () => new Response(new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('<partial'));
      controller.error(new Error('other side closed'));
    },
  }));
  const { fetch, calls } = scripted(broken, () => new Response('<whole/>'));
  assert.equal(await httpGet('lib', 'http://h/x', { ...quick, fetch }, text), '<whole/>');
  assert.equal(calls(), 2);
});

test('a reply over the size limit fails at once, declared or streamed, and is not retried', async () => {
  const declared = scripted(() => new Response('x'.repeat(100), { headers: { 'content-length': '100' } }));
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, maxBytes: 50, fetch: declared.fetch }, text), /larger than the limit of 50 bytes/);
  assert.equal(declared.calls(), 1);
  const streamed = scripted(() => new Response(new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new Uint8Array(40).fill(0x61));
    },
  })));
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, maxBytes: 100, fetch: streamed.fetch }, text), (e: unknown) =>
    isSamverkaError(e, 'source-failed') && e.details.maxBytes === 100);
  assert.equal(streamed.calls(), 1);
});

test('errors of the reader itself (e.g. bad XML) are not retried', async () => {
  const { fetch, calls } = scripted(() => new Response('<a>'));
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, fetch }, async () => {
    throw new SyntaxError('parse');
  }), SyntaxError);
  assert.equal(calls(), 1);
});

test('the caller can cancel, also while waiting to retry', async () => {
  const controller = new AbortController();
  const { fetch } = scripted(() => {
    controller.abort(new Error('harvest cancelled'));
    return new Response('', { status: 503 });
  });
  await assert.rejects(httpGet('lib', 'http://h/x', { ...quick, backoffMs: 60_000, maxRetryDelayMs: 60_000, fetch }, text, controller.signal));
});

test('credentials in a source URL travel as a header and never appear in errors or retry notices', async () => {
  const seen: { url: string; authorization: string | null }[] = [];
  const notices: string[] = [];
  const fetchStub = (async (url: string, init: RequestInit) => {
    seen.push({ url, authorization: new Headers(init.headers).get('authorization') });
    return new Response('busy', { status: 503, statusText: 'Service Unavailable' });
  }) as unknown as typeof fetch;
  await assert.rejects(
    httpGet('krokom', 'https://user:s3cret@opac.example.se/sru?apikey=k3y&query=x', { retries: 1, backoffMs: 1, fetch: fetchStub, onRetry: (n) => notices.push(n.url) }, async () => 'never'),
    (error: Error) => !/s3cret|k3y/.test(error.message),
  );
  assert.equal(seen[0]!.url, 'https://opac.example.se/sru?apikey=k3y&query=x');
  assert.equal(seen[0]!.authorization, `Basic ${Buffer.from('user:s3cret').toString('base64')}`);
  assert.deepEqual(notices, ['https://opac.example.se/sru?apikey=***&query=x']);
});
