// The circuit breaker alone: exactly one trial call after the cool-down, whatever else arrives meanwhile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CircuitBreaker } from './circuit-breaker.ts';

test('half-open lets exactly one trial through; everyone else is refused until it reports back', () => {
  let now = 0;
  const breaker = new CircuitBreaker({ failuresToOpen: 2, coolDownMs: 1_000, clock: () => now });
  assert.equal(breaker.failed(), false, 'one failure does not open it');
  assert.equal(breaker.failed(), true, 'the second in a row does, and says so once');
  assert.equal(breaker.current, 'open');
  now = 999;
  assert.equal(breaker.allows(), false);
  now = 1_000;
  assert.equal(breaker.allows(), true, 'the trial');
  assert.equal(breaker.current, 'half-open');
  assert.equal(breaker.allows(), false, 'a second caller while the trial is under way');
  breaker.succeeded();
  assert.equal(breaker.current, 'closed');
  assert.equal(breaker.allows(), true);
});

test('a success in between resets the count of failures in a row', () => {
  const breaker = new CircuitBreaker({ failuresToOpen: 2, coolDownMs: 1_000, clock: () => 0 });
  breaker.failed();
  breaker.succeeded();
  assert.equal(breaker.failed(), false);
  assert.equal(breaker.current, 'closed');
});
