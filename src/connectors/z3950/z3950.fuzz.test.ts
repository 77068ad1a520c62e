// Robustness: truncated, mutated and random bytes never escape the codec as anything but our typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { loadExchange } from '../../../test/fixtures/z3950/exchanges.ts';
import { berElementLength } from './ber.ts';
import { decodePdu } from './z3950.codec.ts';

const serverPdus = [...loadExchange('yaz-client_yaz-ztest').server, ...loadExchange('yaz-client_zebra-libris').server];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function survives(bytes: Uint8Array, label: string): void {
  try {
    decodePdu(bytes);
  } catch (e) {
    assert.ok(isSamverkaError(e, 'source-failed'), `${label}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  try {
    berElementLength(bytes, 1 << 20);
  } catch (e) {
    assert.ok(isSamverkaError(e, 'source-failed'), `${label} (framing): ${String(e)}`);
  }
}

test('every truncation of every real server APDU is refused with a typed error', () => {
  for (const [i, pdu] of serverPdus.entries()) {
    for (let n = 0; n < pdu.length; n++) {
      assert.throws(() => decodePdu(pdu.subarray(0, n)), (e) => isSamverkaError(e, 'source-failed'), `APDU ${i} cut at ${n}`);
      assert.equal(berElementLength(pdu.subarray(0, n), 1 << 20), null, `APDU ${i} cut at ${n} is incomplete`);
    }
  }
});

test('real server APDUs with random bytes changed decode or fail typed', () => {
  const next = random(2380);
  for (let round = 0; round < 3000; round++) {
    const pdu = Buffer.from(serverPdus[Math.floor(next() * serverPdus.length)]);
    const changes = 1 + Math.floor(next() * 4);
    for (let c = 0; c < changes; c++) pdu[Math.floor(next() * pdu.length)] = Math.floor(next() * 256);
    survives(pdu, `round ${round}`);
  }
});

test('random bytes, and random bytes behind a plausible APDU header, fail typed', () => {
  const next = random(63);
  for (let round = 0; round < 3000; round++) {
    const body = Buffer.from(Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256)));
    survives(body, `random ${round}`);
    const tag = [0xb5, 0xb7, 0xb9, 0xbf][Math.floor(next() * 4)];
    survives(Buffer.concat([Buffer.of(tag, 0x80), body, Buffer.of(0, 0)]), `headed ${round}`);
  }
});
