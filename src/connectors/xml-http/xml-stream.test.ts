// The streaming XML reader: captured subtrees keep every namespace they use, survive any chunking, and bad XML fails clearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { readXml } from './xml-stream.ts';

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function captureAll(xml: string, local: string, size = xml.length): Promise<string[]> {
  const out: string[] = [];
  await readXml('test', chunks(xml, size), {
    open: (element) => element.local === local,
    captured: (_element, captured) => out.push(captured),
  });
  return out;
}

// Hand-made envelopes shaped like an OAI-PMH page: the record inherits its namespace from an ancestor.
test('a captured record declares the namespace it inherited from an ancestor', async () => {
  const xml = '<a xmlns="urn:outer" xmlns:marc="http://www.loc.gov/MARC21/slim"><m><marc:record><marc:leader>x</marc:leader></marc:record></m></a>';
  assert.deepEqual(await captureAll(xml, 'record'), [
    '<marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>x</marc:leader></marc:record>',
  ]);
});

test('an unprefixed record keeps the default namespace in scope, and declares nothing it does not use', async () => {
  const xml = '<zs:r xmlns:zs="urn:sru" xmlns:unused="urn:u"><d xmlns="http://www.loc.gov/MARC21/slim"><record><leader>y</leader></record></d></zs:r>';
  assert.deepEqual(await captureAll(xml, 'record'), [
    '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>y</leader></record>',
  ]);
});

test('text and attributes are escaped again, so the captured string is XML equal to the source', async () => {
  const xml = '<r><record a="x &amp; &quot;y&quot; &lt;z&gt;"><s>Tom &amp; Jerry &lt;3 ]]&gt; <![CDATA[<b>]]></s><e/></record></r>';
  assert.deepEqual(await captureAll(xml, 'record'), [
    '<record a="x &#38; &#34;y&#34; &#60;z>"><s>Tom &amp; Jerry &lt;3 ]]&gt; &lt;b&gt;</s><e/></record>',
  ]);
});

test('one-character chunks give the same records as one chunk (multi-byte text included)', async () => {
  const xml = '<c xmlns="http://www.loc.gov/MARC21/slim"><record><s>Åre 𝄞 Östersund</s></record><record><s>två</s></record></c>';
  assert.deepEqual(await captureAll(xml, 'record', 1), await captureAll(xml, 'record'));
  assert.equal((await captureAll(xml, 'record', 1)).length, 2);
});

test('elements not captured report their own text and path', async () => {
  const seen: string[] = [];
  await readXml('test', chunks('<a><b>one</b><c><b> two </b></c></a>', 3), {
    close: (element, text, path) => seen.push(`${path.join('/')}=${text}`),
  });
  assert.deepEqual(seen, ['a/b=one', 'a/c/b= two ', 'a/c=', 'a=']);
});

test('malformed XML fails as xml-malformed naming the source and the line', async () => {
  for (const bad of ['<a><b></a>', '<a>\u001f</a>', '<a>', '', 'not xml', '<a>&bogus;</a>']) {
    await assert.rejects(readXml('koha-x', chunks(bad, 4), {}), (e: unknown) => {
      assert.ok(isSamverkaError(e, 'xml-malformed'), `${JSON.stringify(bad)}: ${String(e)}`);
      assert.equal(e.details.source, 'koha-x');
      assert.equal(typeof e.details.line, 'number');
      return true;
    });
  }
});

test('an entity declared in a DOCTYPE is not expanded (no external or exploding entities)', async () => {
  const xxe = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>';
  await assert.rejects(readXml('test', chunks(xxe, 8), {}), (e: unknown) => isSamverkaError(e, 'xml-malformed'));
});

test('nesting deeper than any protocol needs is refused', async () => {
  const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
  await assert.rejects(readXml('test', chunks(deep, 64), {}), /nested deeper/);
});
