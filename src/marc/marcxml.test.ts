// MARCXML: real files against their ISO 2709 twins, any attribute order or prefix, bad records, malformed XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isSamverkaError, type SamverkaError } from '../core/errors.ts';
import { readMarc, readMarcFile, type MarcReadResult } from './marc-reader.ts';
import { writeMarcXml } from './marcxml.ts';
import type { MarcRecord } from './marc-record.ts';
import { chunked, collect, demoMarc, fixtureMarc } from '../../test/helpers/marc-files.ts';


async function records(path: string): Promise<MarcRecord[]> {
  return (await collect(readMarcFile(path))).map((r) => {
    assert.ok(r.ok, `record ${r.position} of ${path} rejected`);
    return r.record;
  });
}

/** Collects what a read yields before it throws, and the error. */
async function untilError(results: AsyncIterable<MarcReadResult>): Promise<{ read: MarcReadResult[]; error: SamverkaError }> {
  const read: MarcReadResult[] = [];
  try {
    for await (const r of results) read.push(r);
  } catch (error) {
    assert.ok(isSamverkaError(error, 'xml-malformed'), String(error));
    return { read, error };
  }
  assert.fail('no error was thrown');
}

const libris = await records(`${demoMarc}se_libris_librisxl_bib.utf8.mrc`);
const librisXml = readFileSync(`${fixtureMarc}se_libris_librisxl_bib.marcxml.xml`, 'utf8');

test('the Libris records read from MARCXML equal those read from ISO 2709', async () => {
  assert.equal(libris.length, 28);
  assert.deepEqual(await records(`${fixtureMarc}se_libris_librisxl_bib.marcxml.xml`), libris);
});

test('Sierra attribute order (ind1 ind2 tag) reads like any other: Helmet XML equals its ISO 2709 twin', async () => {
  const xml = await records(`${fixtureMarc}fi_helmet_real-curated.marcxml.xml`);
  assert.deepEqual(xml, await records(`${demoMarc}fi_helmet_real-curated.utf8.mrc`));
  assert.deepEqual(xml[0].fields.find((f) => f.tag === '245'), {
    tag: '245', ind1: '0', ind2: '0',
    subfields: [
      { code: 'a', value: 'Leivän tähden :' },
      { code: 'b', value: 'suomalaisen työn historiaa /' },
      { code: 'c', value: 'toimittaneet Pekka Laaksonen, Laura Junnila, Juha Nirkko' },
    ],
  });
  assert.equal(xml[0].leader[9], 'a');
});

test('writeMarcXml → read gives back every record, in any chunking', async () => {
  const xml = `<collection>${libris.map(writeMarcXml).join('\n')}</collection>`;
  const read = await collect(readMarc(chunked(xml, 13)));
  assert.deepEqual(read.map((r) => r.ok && r.record), libris);
});

test('a namespace prefix, no namespace, a single <record> root and many records on one line all read the same', async () => {
  const [a, b, c] = libris.map(writeMarcXml);
  const prefixed = (x: string): string => x.replace(/<(\/?)(record|leader|controlfield|datafield|subfield)\b/g, '<$1marc:$2').replace(' xmlns=', ' xmlns:marc=');
  const variants = [
    `<?xml version="1.0"?>\n<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">${[a, b, c].map(prefixed).join('')}</marc:collection>`,
    `<collection>${[a, b, c].map((x) => x.replace(/ xmlns="[^"]*"/, '')).join('')}</collection>`,
    `<collection xmlns="http://www.loc.gov/MARC21/slim">\n  ${a}${b}${c}\n</collection>`,
  ];
  for (const xml of variants) {
    assert.deepEqual((await collect(readMarc(chunked(xml, 7)))).map((r) => r.ok && r.record), libris.slice(0, 3));
  }
  assert.deepEqual((await collect(readMarc(chunked(` \n${a}`, 7)))).map((r) => r.ok && r.record), libris.slice(0, 1));
});

test('MARC records inside an OAI-PMH response are found; the OAI <record> around them is not one', async () => {
  const xml = `<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>x</identifier></header>`
    + `<metadata>${writeMarcXml(libris[0])}</metadata></record></ListRecords></OAI-PMH>`;
  const read = await collect(readMarc(chunked(xml, 7)));
  assert.deepEqual(read, [{ ok: true, position: 1, record: libris[0], warnings: [] }]);
});

test('a record without leader or with a field without tag is rejected alone, with its position and 001', async () => {
  const [a, b, c, d] = libris.slice(0, 4).map(writeMarcXml);
  const noLeader = b.replace(/<leader>[^<]*<\/leader>/, '');
  const noTag = d.replace(/<datafield tag="245"/, '<datafield');
  const read = await collect(readMarc(chunked(`<collection>${a}${noLeader}${c}${noTag}</collection>`, 7)));
  assert.deepEqual(read.map((r) => r.ok), [true, false, true, false]);
  assert.deepEqual(read[1], { ok: false, position: 2, id: '11279947', reason: 'record has no leader' });
  assert.deepEqual(read[3], { ok: false, position: 4, id: '11601582', reason: 'datafield with no tag' });
});

test('malformed XML yields the records before the error, then throws xml-malformed with line and column', async () => {
  const lines = librisXml.split('\n');
  const broken = librisXml.replace('<subfield code="a">Leadership in organizations /</subfield>', '<subfield code="a">Leadership in organizations /</datafield>');
  const { read, error } = await untilError(readMarc(chunked(broken, 4096)));
  assert.equal(read.length, 2);
  assert.deepEqual(read.map((r) => r.ok && r.record), libris.slice(0, 2));
  const line = broken.split('\n').findIndex((l) => l.includes('organizations /</datafield>')) + 1;
  assert.equal(error.details.line, line);
  assert.equal(typeof error.details.column, 'number');
  assert.match(error.message, new RegExp(`line ${line}, column \\d+`));
  assert.ok(lines.length > line);
});

test('a MARCXML file cut off in the middle keeps the complete records, then throws', async () => {
  const cut = librisXml.slice(0, librisXml.indexOf('<controlfield tag="001">11601582'));
  const { read } = await untilError(readMarc(chunked(cut, 1000)));
  assert.deepEqual(read.map((r) => r.ok && r.record), libris.slice(0, 3));
});

test('an XML declaration of ISO-8859-1 is honoured', async () => {
  const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${writeMarcXml(libris[0])}`;
  assert.match(xml, /förblev/);
  const read = await collect(readMarc(chunked(Buffer.from(xml, 'latin1'), 7)));
  assert.deepEqual(read.map((r) => r.ok && r.record), [libris[0]]);
});

test('writeMarcXml escapes markup and replaces characters XML cannot carry', async () => {
  const record: MarcRecord = {
    leader: '00000nam a2200000 a 4500',
    fields: [{ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: '<script>alert("x")</script> & \x01' }] }],
  };
  const xml = writeMarcXml(record);
  assert.match(xml, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; \uFFFD/);
  const [read] = await collect(readMarc(chunked(xml, 7)));
  assert.ok(read.ok);
  assert.equal(read.record.fields[0].tag, '245');
  assert.deepEqual(read.record.fields, [{ ...record.fields[0], subfields: [{ code: 'a', value: '<script>alert("x")</script> & \uFFFD' }] }]);
});
