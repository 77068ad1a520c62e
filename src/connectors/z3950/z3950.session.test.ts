// The connector's Z39.50 association against a fake target: an abort ends a call at once and lets the socket go,
// also for a call still waiting behind a hung one, and the next call opens a fresh association.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { loadExchange } from '../../../test/fixtures/z3950/exchanges.ts';
import { replay, startFakeTarget } from '../../../test/fakes/z3950-target.ts';
import { Z3950Session } from './z3950.session.ts';

const ztest = loadExchange('yaz-client_yaz-ztest');
const NO_HANG = { timeout: 20_000 };

test('an abort rejects a hung call and one queued behind it with their reasons, and drops the socket', NO_HANG, async () => {
  const sockets: Socket[] = [];
  // A target that reads the Init and never answers.
  const target = await startFakeTarget((_request, _index, socket) => sockets.push(socket));
  const session = new Z3950Session({ host: '127.0.0.1', port: target.port, database: 'Default', timeoutMs: 60_000, source: 'fake' });
  try {
    const [first, second] = [new AbortController(), new AbortController()];
    const hung = session.run(first.signal, (c) => c.search('x'));
    const queued = session.run(second.signal, (c) => c.search('y'));
    while (sockets.length === 0) await new Promise((r) => setTimeout(r, 5));
    const closed = once(sockets[0], 'close');
    second.abort(new Error('second gives up'));
    await assert.rejects(queued, /second gives up/);
    first.abort(new Error('first gives up'));
    await assert.rejects(hung, /first gives up/);
    await closed;
  } finally {
    await session.close();
    await target.stop();
  }
});

test('after a dropped association the next call opens a new one', NO_HANG, async () => {
  const closeOnly = replay([]);
  const target = await startFakeTarget((request, index, socket) => {
    // Init answered from the real yaz-ztest capture, Search with its 23 hits, Close with a Close; a Present hangs.
    if (request[0] === 0xb4) socket.write(ztest.server[0]);
    else if (request[0] === 0xb6) socket.write(ztest.server[1]);
    else closeOnly(request, index, socket);
  });
  const session = new Z3950Session({ host: '127.0.0.1', port: target.port, database: 'Default', timeoutMs: 60_000, source: 'fake' });
  try {
    const stop = new AbortController();
    const hung = session.run(stop.signal, (c) => c.present(1, 1, { syntax: 'usmarc' }));
    while (target.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    stop.abort(new Error('stop'));
    await assert.rejects(hung, /stop/);
    const { count } = await session.run(new AbortController().signal, (c) => c.search('computer'));
    assert.equal(count, 23);
    assert.deepEqual(target.requests.map((r) => r[0]), [0xb4, 0xb8, 0xb4, 0xb6], 'Init, Present (dropped), then a fresh Init and Search');
    await session.close();
    assert.equal(target.requests.at(-1)?.[0], 0xbf, 'closing says Close');
  } finally {
    await session.close();
    await target.stop();
  }
});
