// A harvest's failure as staff and the JSON API see it: never a password, a token or an API key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errors } from '../core/errors.ts';
import { failureStatus, publicMessage } from './harvest-summary.ts';

test('credentials in URLs and secret-looking parameters are masked; the rest of the message stays', () => {
  const error = errors.sourceUnavailable('berg', new Error(
    'fetch https://harvester:s3cr3t@opac.example.se/sru?version=1.2&apikey=abc123&x-auth-token=t0k&query=a failed; also ftp://u:p@h/x',
  ));
  assert.equal(
    publicMessage(error),
    'Source berg is unavailable: fetch https://***@opac.example.se/sru?version=1.2&apikey=***&x-auth-token=***&query=a failed; also ftp://***@h/x',
  );
  assert.equal(publicMessage('plain text'), 'plain text');
});

test('a source that did not answer is unreachable; anything else that stopped a harvest is a failure', () => {
  assert.equal(failureStatus(errors.sourceUnavailable('berg', new Error('ECONNREFUSED'))), 'unreachable');
  assert.equal(failureStatus(errors.timeout('SRU request to berg', 10_000)), 'unreachable');
  assert.equal(failureStatus(errors.sourceFailed('berg', 'malformed XML')), 'failed');
  assert.equal(failureStatus(new Error('interrupted by SIGINT')), 'failed');
});
