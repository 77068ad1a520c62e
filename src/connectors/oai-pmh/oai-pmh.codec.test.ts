// OAI-PMH replies read into typed values, on the specification's own example exchanges; dates in either granularity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { formatOaiDate, readOaiReply } from './oai-pmh.codec.ts';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

const ENVELOPE = '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" \n'
  + '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n         xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/\n'
  + '         http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n';

// The Identify example of the OAI-PMH 2.0 specification, §4.2 (memory.loc.gov), descriptions shortened.
const SPEC_IDENTIFY = `${ENVELOPE}  <responseDate>2002-02-08T12:00:01Z</responseDate>
  <request verb="Identify">http://memory.loc.gov/cgi-bin/oai</request>
  <Identify>
    <repositoryName>Library of Congress Open Archive Initiative 
                    Repository 1</repositoryName>
    <baseURL>http://memory.loc.gov/cgi-bin/oai</baseURL>
    <protocolVersion>2.0</protocolVersion>
    <adminEmail>somebody@loc.gov</adminEmail>
    <adminEmail>anybody@loc.gov</adminEmail>
    <earliestDatestamp>1990-02-01T12:00:00Z</earliestDatestamp>
    <deletedRecord>transient</deletedRecord>
    <granularity>YYYY-MM-DDThh:mm:ssZ</granularity>
    <compression>deflate</compression>
    <description>
      <oai-identifier 
        xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier">
        <scheme>oai</scheme>
        <repositoryIdentifier>lcoa1.loc.gov</repositoryIdentifier>
        <delimiter>:</delimiter>
        <sampleIdentifier>oai:lcoa1.loc.gov:loc.music/musdi.002</sampleIdentifier>
      </oai-identifier>
    </description>
 </Identify>
</OAI-PMH>`;

// The GetRecord example of the specification, §4.1 (arXiv), description shortened.
const SPEC_GET_RECORD = `${ENVELOPE}  <responseDate>2002-02-08T08:55:46Z</responseDate>
  <request verb="GetRecord" identifier="oai:arXiv.org:cs/0112017"
           metadataPrefix="oai_dc">http://arXiv.org/oai2</request>
  <GetRecord>
   <record> 
    <header>
      <identifier>oai:arXiv.org:cs/0112017</identifier> 
      <datestamp>2001-12-14</datestamp>
      <setSpec>cs</setSpec> 
      <setSpec>math</setSpec>
    </header>
    <metadata>
      <oai_dc:dc 
         xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" 
         xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>Using Structural Metadata to Localize Experience of 
                  Digital Content</dc:title> 
        <dc:creator>Dushay, Naomi</dc:creator>
        <dc:date>2001-12-14</dc:date>
      </oai_dc:dc>
    </metadata>
  </record>
 </GetRecord>
</OAI-PMH>`;

test('Identify: the spec example gives granularity, earliest datestamp and deletion policy', async () => {
  const reply = await readOaiReply('loc', once(SPEC_IDENTIFY));
  assert.equal(reply.verb, 'Identify');
  assert.equal(reply.responseDate, '2002-02-08T12:00:01Z');
  assert.deepEqual(reply.identify, {
    repositoryName: 'Library of Congress Open Archive Initiative \n                    Repository 1',
    baseUrl: 'http://memory.loc.gov/cgi-bin/oai',
    protocolVersion: '2.0',
    adminEmails: ['somebody@loc.gov', 'anybody@loc.gov'],
    earliestDatestamp: '1990-02-01T12:00:00Z',
    deletedRecord: 'transient',
    granularity: 'YYYY-MM-DDThh:mm:ssZ',
  });
});

test('GetRecord: the spec example gives the header and the metadata element as namespace-complete XML', async () => {
  const reply = await readOaiReply('arxiv', once(SPEC_GET_RECORD));
  assert.equal(reply.records.length, 1);
  const [record] = reply.records;
  assert.deepEqual(record.header, { identifier: 'oai:arXiv.org:cs/0112017', datestamp: '2001-12-14', setSpecs: ['cs', 'math'], deleted: false });
  assert.match(record.metadata ?? '', /^<oai_dc:dc xmlns:oai_dc="http:\/\/www.openarchives.org\/OAI\/2.0\/oai_dc\/" xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/">/);
  assert.match(record.metadata ?? '', /<dc:creator>Dushay, Naomi<\/dc:creator>/);
});

// Finna's marc21 sample (kiwi.fi): a deleted record is a header with status="deleted" and no metadata.
test('a deleted record has no metadata; the resumption token keeps its attributes', async () => {
  const reply = await readOaiReply('finna', once(`${ENVELOPE}<responseDate>2016-11-04T12:31:35Z</responseDate>
  <request verb="ListRecords" metadataPrefix="marc21">http://provider.finna.fi/oaipmh</request>
  <ListRecords><record><header status="deleted"><identifier>oai:finna.fi:1</identifier><datestamp>2016-03-12T11:59:12Z</datestamp></header></record>
  <resumptionToken completeListSize="6" cursor="0" expirationDate="2016-11-05T00:00:00Z">resxyz</resumptionToken></ListRecords></OAI-PMH>`));
  assert.deepEqual(reply.records, [{ header: { identifier: 'oai:finna.fi:1', datestamp: '2016-03-12T11:59:12Z', setSpecs: [], deleted: true }, metadata: null }]);
  assert.deepEqual(reply.resumptionToken, { value: 'resxyz', completeListSize: 6, cursor: 0, expirationDate: '2016-11-05T00:00:00Z' });
});

test('errors are returned with their code and message, the verb element absent', async () => {
  const reply = await readOaiReply('arxiv', once(`${ENVELOPE}<responseDate>2002-05-01T09:18:29Z</responseDate>
  <request>http://arXiv.org/oai2</request><error code="badVerb">Illegal OAI verb</error></OAI-PMH>`));
  assert.equal(reply.verb, null);
  assert.deepEqual(reply.errors, [{ code: 'badVerb', message: 'Illegal OAI verb' }]);
});

test('a reply that is not OAI-PMH (an HTML error page) fails naming the source', async () => {
  await assert.rejects(readOaiReply('koha-x', once('<html><body>Proxy error</body></html>')), (e: unknown) =>
    isSamverkaError(e, 'source-failed') && e.details.source === 'koha-x' && /<html>/.test(e.message));
});

test('from/until are written in the repository granularity, always in UTC', () => {
  const date = new Date('2024-05-03T23:30:15+02:00');
  assert.equal(formatOaiDate(date, 'YYYY-MM-DD'), '2024-05-03');
  assert.equal(formatOaiDate(date, 'YYYY-MM-DDThh:mm:ssZ'), '2024-05-03T21:30:15Z');
  assert.throws(() => formatOaiDate(new Date('not a date'), 'YYYY-MM-DD'), (e: unknown) => isSamverkaError(e, 'bad-request'));
});
