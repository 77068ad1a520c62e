// The client over TCP against a fake target replaying real server APDUs: framing, timeouts, hang-ups, limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { isSamverkaError } from '../../core/errors.ts';
import { loadExchange } from '../../../test/fixtures/z3950/exchanges.ts';
import { replay, startFakeTarget, type FakeTarget, type Responder } from '../../../test/fakes/z3950-target.ts';
import { connect, type Z3950Client } from './z3950.client.ts';
import { decodePdu } from './z3950.codec.ts';

const ztest = loadExchange('yaz-client_yaz-ztest');
const zebra = loadExchange('yaz-client_zebra-libris');

async function withTarget(respond: Responder, run: (client: Z3950Client, target: FakeTarget) => Promise<void>, timeoutMs = 2000): Promise<void> {
  const target = await startFakeTarget(respond);
  const client = await connect({ host: '127.0.0.1', port: target.port, database: 'Default', timeoutMs, source: 'fake' });
  try {
    await run(client, target);
  } finally {
    await client.close();
    await target.stop();
  }
}

const failsWith = (code: string, pattern: RegExp) => (e: unknown) => isSamverkaError(e) && e.code === code && pattern.test(e.message);

test('init, search and present against replayed yaz-ztest APDUs written one byte at a time', async () => {
  await withTarget(replay(ztest.server, 1), async (client, target) => {
    const init = await client.init();
    assert.equal(init.implementationName, 'GFS/YAZ');
    assert.deepEqual(await client.search('@attr 1=4 @attr 2=3 "computer"'), { count: 23 });
    const records = await client.present(1, 2, { syntax: 'usmarc' });
    assert.deepEqual(records.map((r) => r.kind), ['marc', 'marc']);
    const [opac] = await client.present(1, 1, { syntax: 'opac' });
    assert.ok(opac.kind === 'opac' && opac.holdings[0].circulationData[0].itemId === '1226176');
    // What we sent: Init, then a Search naming the result set "default" and the database, then Presents.
    const sent = target.requests.map((r) => r[0]);
    assert.deepEqual(sent, [0xb4, 0xb6, 0xb8, 0xb8]);
  });
});

test('a present the target answers in parts is asked again from where it stopped', async () => {
  // Each reply carries two USMARC records (yaz-ztest's real APDU): asking for 5 takes three presents.
  const twoRecords = ztest.server[2];
  await withTarget(
    (request, index, socket) => socket.write(index === 0 ? ztest.server[0] : index === 1 ? ztest.server[1] : twoRecords),
    async (client, target) => {
      await client.search('computer');
      const records = await client.present(1, 5, { syntax: 'usmarc' });
      assert.equal(records.length, 5);
      assert.equal(target.requests.length, 5);
      // The third present starts at record 5 and asks for the one record still missing.
      assert.equal(target.requests[4].toString('hex').includes('9e0105' + '9d0101'), true);
    },
  );
});

test('several APDUs in one TCP write are read one by one', async () => {
  await withTarget(replay([Buffer.concat([zebra.server[0], zebra.server[2]])]), async (client) => {
    const init = await client.init();
    assert.deepEqual(init.charset, { utf8: true, recordsInSelectedCharSets: true });
    // The search's answer is already buffered; the fake does not answer the Search itself.
    assert.deepEqual(await client.search('@attr 1=1016 sverige'), { count: 7 });
  });
});

test('diagnostics become typed errors carrying the Bib-1 code', async () => {
  const answers = [zebra.server[0], zebra.server[5], zebra.server[2], zebra.server[6]];
  await withTarget(replay(answers), async (client) => {
    await assert.rejects(client.search('@attr 1=9999 x'), (e) =>
      isSamverkaError(e, 'bad-query') && (e.details.diagnostic as { condition: number }).condition === 114 && /Unsupported Use attribute/.test(e.message));
    await client.search('@attr 1=1016 sverige');
    await assert.rejects(client.present(1, 1, { syntax: 'opac' }), (e) =>
      isSamverkaError(e, 'source-failed') && (e.details.diagnostic as { condition: number }).condition === 239);
  });
});

test('bad PQF fails before anything is sent', async () => {
  await withTarget(replay(ztest.server), async (client, target) => {
    await assert.rejects(client.search('@and lonely'), (e) => isSamverkaError(e, 'bad-query'));
    assert.equal(target.requests.length, 0);
  });
});

test('a target that never answers is a timeout, and the association is dropped', async () => {
  await withTarget(() => undefined, async (client) => {
    await assert.rejects(client.init(), failsWith('timeout', /Init at Z39.50 source fake timed out/));
    await assert.rejects(client.search('x'), failsWith('timeout', /timed out/));
  }, 150);
});

test('a target that hangs up in the middle of an APDU is source-failed', async () => {
  await withTarget((request, index, socket) => socket.end(zebra.server[0].subarray(0, 40)), async (client) => {
    await assert.rejects(client.init(), failsWith('source-failed', /closed in the middle of an APDU \(40 bytes/));
  });
});

test('a target that closes the association says why', async () => {
  await withTarget((request, index, socket) => socket.write(zebra.server[8]), async (client) => {
    await assert.rejects(client.init(), failsWith('source-failed', /closed the association \(reason 0\): Association terminated/));
  });
});

test('an APDU over the size limit, and garbage, are refused', async () => {
  const target = await startFakeTarget((request, index, socket) => socket.write(Buffer.from('b584ffffffff', 'hex')));
  const client = await connect({ host: '127.0.0.1', port: target.port, database: 'Default', maxPduBytes: 1 << 20, source: 'big' });
  await assert.rejects(client.init(), failsWith('source-failed', /exceeds the limit/));
  await client.close();
  await target.stop();
  await withTarget((request, index, socket) => socket.write(Buffer.from('020105', 'hex')), async (c) => {
    await assert.rejects(c.init(), failsWith('source-failed', /Init: Malformed BER at byte 0: not a Z39.50 APDU/));
  });
  await withTarget((request, index, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'), async (c) => {
    await assert.rejects(c.init(), failsWith('source-failed', /closed in the middle of an APDU/));
  });
});

test('an unreachable target is source-unavailable', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await assert.rejects(connect({ host: '127.0.0.1', port, database: 'Default' }), (e) => isSamverkaError(e, 'source-unavailable'));
});

test('close sends Close and ends quietly even when the target does not answer it', async () => {
  const target = await startFakeTarget((request, index, socket) => {
    if (index === 0) socket.write(ztest.server[0]);
  });
  const client = await connect({ host: '127.0.0.1', port: target.port, database: 'Default', timeoutMs: 150 });
  await client.init();
  await client.close();
  assert.deepEqual(decodePdu(target.requests[1]), { kind: 'close', closeReason: 0, diagnosticInformation: null });
  await target.stop();
});
