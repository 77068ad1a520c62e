// Search parameters: validation into lists, and search links that round-trip through the parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import { FAKE_LIBRARIES } from '../../test/fakes/fake-catalogue.records.ts';
import { parseSearchParams, toSearchQuery } from './search-params.ts';
import { alternateHref, refine, searchHref } from './pages/urls.ts';

const parse = (query: Record<string, unknown>) => parseSearchParams(query, FAKE_LIBRARIES);

/** A link's query string as Fastify hands it over: one value as a string, repeated keys as a list. */
function queryOf(href: string): Record<string, string | string[]> {
  const search = new URLSearchParams(href.split('?')[1]);
  return Object.fromEntries([...new Set(search.keys())].map((key) => {
    const values = search.getAll(key);
    return [key, values.length === 1 ? values[0] : values];
  }));
}

test('single and repeated values become lists without duplicates; defaults fill the rest', () => {
  const params = parse({ q: '  runeberg ', library: ['krokom', 'are', 'krokom'], format: 'book', available: '1' });
  assert.deepEqual(params.filters.library, ['krokom', 'are']);
  assert.deepEqual(params.filters.format, ['book']);
  assert.deepEqual([params.q, params.available, params.sort, params.page, params.pageSize], ['runeberg', true, 'relevance', 1, 20]);
  assert.deepEqual(toSearchQuery(params), {
    text: 'runeberg', sort: 'relevance', page: 1, pageSize: 20, filters: { library: ['krokom', 'are'], format: ['book'], available: true },
  });
  assert.equal(toSearchQuery(parse({ available: 'false' })).filters.available, undefined);
});

test('a library that is not a member is rejected by name', () => {
  assert.throws(() => parse({ library: 'uppsala' }), (e) => isSamverkaError(e, 'unknown-library') && /uppsala/.test(e.message));
});

test('search links round-trip, and each refinement starts again at page 1', () => {
  const params = parse({ q: 'mumin & co', subject: ['äventyr', 'sagor'], year: '2010-2019', sort: 'newest', page: '3', pageSize: '50' });
  const href = searchHref('sv', params);
  assert.equal(href, '/sok?q=mumin+%26+co&year=2010-2019&subject=%C3%A4ventyr&subject=sagor&sort=newest&pageSize=50&page=3');
  assert.deepEqual(parse(queryOf(href)), params);
  assert.equal(searchHref('en', refine.remove(params, 'subject', 'sagor')), '/en/search?q=mumin+%26+co&year=2010-2019&subject=%C3%A4ventyr&sort=newest&pageSize=50');
  assert.equal(searchHref('sv', refine.clearAll(params)), '/sok?q=mumin+%26+co&sort=newest&pageSize=50');
});

test('the language switch leads to the same page in the other language', () => {
  assert.equal(alternateHref('sv', '/sok?q=x&library=are'), '/en/search?q=x&library=are');
  assert.equal(alternateHref('en', '/en/work/trollvinter'), '/verk/trollvinter');
  assert.equal(alternateHref('sv', '/'), '/en/');
  assert.equal(alternateHref('en', '/en/'), '/');
});
