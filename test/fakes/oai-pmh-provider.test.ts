// The OAI-PMH fake keeps the specification's rules, checked on its raw replies: verbs and arguments, errors,
// the request echo, flow control with resumption tokens, deletions, and GET and POST alike.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OaiPmhProvider } from './oai-pmh-provider.ts';

const provider = new OaiPmhProvider({ pageSize: 100 });
let baseUrl = '';
before(async () => {
  baseUrl = await provider.start();
});
after(() => provider.close());

async function get(query: string): Promise<string> {
  const response = await fetch(`${baseUrl}?${query}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/xml/);
  return response.text();
}

const errorCode = (xml: string): string | undefined => /<error code="(\w+)"/.exec(xml)?.[1];
const requestEcho = (xml: string): string => /<request[^>]*>/.exec(xml)?.[0] ?? '';

test('a missing, unknown or repeated verb is badVerb, and the request is echoed without attributes', async () => {
  for (const query of ['', 'verb=Harvest', 'verb=Identify&verb=Identify', 'verb=toString']) {
    const xml = await get(query);
    assert.equal(errorCode(xml), 'badVerb', query);
    assert.equal(requestEcho(xml), '<request>');
  }
});

test('illegal, repeated, missing and non-exclusive arguments are badArgument', async () => {
  for (const query of [
    'verb=ListRecords',
    'verb=Identify&metadataPrefix=marc21',
    'verb=ListRecords&metadataPrefix=marc21&metadataPrefix=oai_dc',
    'verb=ListRecords&metadataPrefix=marc21&resumptionToken=x',
    'verb=ListRecords&metadataPrefix=marc21&from=2011-13-01',
    'verb=ListRecords&metadataPrefix=marc21&from=2011-01-01&until=2012-01-01T00:00:00Z',
    'verb=ListRecords&metadataPrefix=marc21&from=2012-01-01&until=2011-01-01',
    'verb=GetRecord&identifier=oai:fake.samverka.test:koha:1',
  ]) {
    const xml = await get(query);
    assert.equal(errorCode(xml), 'badArgument', query);
    assert.equal(requestEcho(xml), '<request>', query);
  }
});

test('other errors echo the request with its arguments', async () => {
  const xml = await get('verb=ListRecords&metadataPrefix=mods');
  assert.equal(errorCode(xml), 'cannotDisseminateFormat');
  assert.equal(requestEcho(xml), '<request verb="ListRecords" metadataPrefix="mods">');
  assert.equal(errorCode(await get('verb=GetRecord&identifier=nope&metadataPrefix=marc21')), 'idDoesNotExist');
  assert.equal(errorCode(await get('verb=ListRecords&metadataPrefix=marc21&from=2099-01-01')), 'noRecordsMatch');
  assert.equal(errorCode(await get('verb=ListRecords&resumptionToken=garbage')), 'badResumptionToken');
});

test('a split list: tokens with completeListSize and cursor, the last page an empty token', async () => {
  const cursors: string[] = [];
  let query = 'verb=ListIdentifiers&metadataPrefix=marc21&from=1970-01-01';
  let headers = 0;
  for (;;) {
    const xml = await get(query);
    headers += (xml.match(/<header[ >]/g) ?? []).length;
    assert.doesNotMatch(xml, /<metadata>/);
    const token = /<resumptionToken completeListSize="(\d+)" cursor="(\d+)"(?:\/>|>([^<]+)<\/resumptionToken>)/.exec(xml);
    assert.ok(token, 'every page of a split list has a resumptionToken element');
    assert.equal(token[1], '395');
    cursors.push(token[2]);
    if (token[3] === undefined) break;
    query = `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token[3])}`;
  }
  assert.deepEqual(cursors, ['0', '100', '200', '300']);
  assert.equal(headers, 395);
});

test('POST answers as GET does', async () => {
  const query = 'verb=GetRecord&identifier=oai%3Afake.samverka.test%3Alibris%3A1&metadataPrefix=oai_dc';
  const response = await fetch(baseUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: query });
  const withoutDate = (xml: string): string => xml.replace(/<responseDate>[^<]+/, '');
  const posted = await response.text();
  assert.equal(withoutDate(posted), withoutDate(await get(query)));
  assert.match(posted, /<oai_dc:dc [^>]+><dc:title>[^<]+<\/dc:title><dc:identifier>oai:fake.samverka.test:libris:1<\/dc:identifier>/);
});

test('a deleted item is a header with status="deleted" and no metadata, kept for good', async () => {
  const identifier = provider.repository.items[7].identifier;
  provider.repository.change(identifier, '2030-06-01T10:00:00Z', 'deleted');
  const xml = await get(`verb=GetRecord&identifier=${encodeURIComponent(identifier)}&metadataPrefix=marc21`);
  assert.match(xml, /<record><header status="deleted"><identifier>[^<]+<\/identifier><datestamp>2030-06-01T10:00:00Z<\/datestamp><setSpec>libris<\/setSpec><\/header><\/record>/);
  assert.match(await get('verb=Identify'), /<deletedRecord>persistent<\/deletedRecord>/);
});

test('earliestDatestamp is no later than any datestamp; responseDate is UTC to the second', async () => {
  const xml = await get('verb=Identify');
  const earliest = /<earliestDatestamp>([^<]+)</.exec(xml)?.[1] ?? '';
  assert.ok(provider.repository.items.every((i) => i.datestamp >= earliest));
  assert.match(xml, /<responseDate>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/responseDate>/);
});
