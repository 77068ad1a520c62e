// The work page's schema.org JSON-LD: it parses, describes the work and each edition, and a hostile title in a
// catalogue record cannot break out of the script element.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { record } from '../../../test/fakes/fake-catalogue.records.ts';
import { RUNEBERG_EDITIONS } from '../../../test/fakes/fake-catalogue.runeberg.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { jsonForScript } from './work-json-ld.tsx';

/** Hand-made, not a real record: a title as an attacker would write it. */
const HOSTILE = record({
  library: 'are', localId: 'x-1', title: '</script><script>alert(1)</script>', authors: ['Nordiska museet'], formats: ['video'], languages: ['swe'], year: 2001,
});

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ extraRecords: [HOSTILE], moreEditions: { 'fanrik-stals-sagner': RUNEBERG_EDITIONS } })));
after(() => app.close());

async function jsonLd(url: string): Promise<{ html: string; data: Record<string, unknown> }> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200);
  const scripts = [...response.body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one JSON-LD block');
  return { html: response.body, data: JSON.parse(scripts[0]![1]!) as Record<string, unknown> };
}

describe('work JSON-LD', () => {
  test('a book: name, authors, first year, languages as BCP 47, every ISBN, and one workExample per edition', async () => {
    const { html, data } = await jsonLd('/verk/fanrik-stals-sagner');
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Book');
    assert.equal(data.name, /<h1 class="work__title" itemprop="name">([^<]+)<\/h1>/.exec(html)?.[1], 'the title the page shows');
    assert.deepEqual((data.author as object[])[0], { '@type': 'Person', name: 'Runeberg, Johan Ludvig' });
    assert.match(String(data.datePublished), /^\d{4}$/);
    const languages = data.inLanguage as string[];
    assert.ok(languages.length > 0 && languages.every((tag) => /^[a-z]{2,3}$/.test(tag) && tag !== 'fin' && tag !== 'swe'), String(languages));
    const examples = data.workExample as Record<string, unknown>[];
    const editions = [...html.matchAll(/<li class="edition"/g)].length;
    assert.ok(editions > 1);
    assert.equal(examples.length, editions);
    for (const example of examples) assert.ok(typeof example.name === 'string' && example['@type']);
    const isbns = examples.flatMap((e) => (e.isbn as string[] | undefined) ?? []);
    assert.deepEqual([...new Set(isbns)].sort(), [...(data.isbn as string[] ?? [])].sort());
  });

  test('a hostile title stays inside the JSON: "<" is escaped, and the parsed name is the title as written', async () => {
    const { html, data } = await jsonLd('/verk/extra-1');
    assert.equal(data.name, '</script><script>alert(1)</script>');
    assert.equal(data['@type'], 'CreativeWork', 'a film is not a Book');
    assert.deepEqual(data.author, [{ '@type': 'Organization', name: 'Nordiska museet' }]);
    assert.doesNotMatch(html, /<script>alert/);
    assert.equal(jsonForScript({ a: '</script>\u2028' }), '{"a":"\\u003c/script>\\u2028"}');
  });
});
