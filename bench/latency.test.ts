// The pieces of the benchmark that read figures: percentiles, start.sh's ready line, SRU totals, the query set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchQueries, stats } from './latency.ts';
import { parseReadyLine, sruTotal, sruUrl } from './zebra.ts';

test('percentiles are nearest-rank over the samples', () => {
  const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
  assert.deepEqual(stats(samples), { n: 20, p50: 10, p95: 19, mean: 10.5 });
  assert.deepEqual(stats([7]), { n: 1, p50: 7, p95: 7, mean: 7 });
});

test("start.sh's last line gives the port, the server, the records and the index time", () => {
  const out = 'some setup output\nzebra ready port=9999 pid=4242 records=100001 index_seconds=32.61 dir=/tmp/z\n';
  assert.deepEqual(parseReadyLine(out), { port: 9999, pid: 4242, records: 100001, indexSeconds: 32.61 });
  assert.throws(() => parseReadyLine('zebra did not answer on port 9999'), /did not report ready/);
});

test('an SRU diagnostic has no total, so it is never timed as a search', () => {
  assert.equal(sruTotal('<zs:searchRetrieveResponse><zs:numberOfRecords>53762</zs:numberOfRecords>'), 53762);
  assert.equal(sruTotal('<diag:diagnostic><diag:message>Unsupported index</diag:message></diag:diagnostic>'), -1);
});

test('the query set has 20+ distinct queries, each with a Zebra form, and one filtered by library', () => {
  const queries = benchQueries('member-01');
  assert.ok(queries.length >= 20);
  assert.equal(new Set(queries.map((q) => q.label)).size, queries.length);
  assert.ok(queries.some((q) => new URLSearchParams(q.samverka).get('library') === 'member-01'));
  const url = new URL(sruUrl(9999, queries[0].zebra));
  assert.equal(url.searchParams.get('maximumRecords'), '10');
  assert.equal(url.searchParams.get('recordSchema'), 'marcxml');
});
