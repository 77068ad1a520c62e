import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Argon2PasswordHasher, OWASP_ARGON2 } from './password-hasher.ts';

test('with the production parameters a password hashes to argon2id and verifies; another does not', async () => {
  const hasher = new Argon2PasswordHasher();
  const hash = await hasher.hash('lingon-skog-fjäll-2026');
  assert.match(hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  assert.equal(await hasher.verify(hash, 'lingon-skog-fjäll-2026'), true);
  assert.equal(await hasher.verify(hash, 'lingon-skog-fjäll-2027'), false);
  assert.equal(hasher.needsRehash(hash), false);
  assert.deepEqual(OWASP_ARGON2, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
});

test('a hash with weaker parameters is marked for rehashing, and a broken one never verifies', async () => {
  const cheap = await new Argon2PasswordHasher({ memoryCost: 256, timeCost: 1, parallelism: 1 }).hash('x');
  const hasher = new Argon2PasswordHasher();
  assert.equal(hasher.needsRehash(cheap), true);
  assert.equal(await hasher.verify('not a hash', 'x'), false);
});

test('the same password typed in composed or decomposed Unicode verifies (å as one character or a + ring)', async () => {
  const hasher = new Argon2PasswordHasher({ memoryCost: 256, timeCost: 1, parallelism: 1 });
  const hash = await hasher.hash('blåbärsskogen i fjällen'.normalize('NFD'));
  assert.equal(await hasher.verify(hash, 'blåbärsskogen i fjällen'.normalize('NFC')), true);
});
