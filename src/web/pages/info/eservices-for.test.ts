// The card filter of the e-services page: a card holder sees what the county licenses for everyone plus what their
// own library licenses, never another library's services.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eservicesFor, groupByCategory } from './eservices-for.ts';
import { eservice } from './info.fixtures.ts';

const elib = eservice('e-elib', { name: 'Elib', categories: ['ebooks', 'eaudiobooks'] });
const viddla = eservice('e-viddla', { name: 'Viddla', categories: ['film'], forLibraries: ['harjedalen'] });
const press = eservice('e-press', { name: 'Tidningsarkivet', categories: ['newspapers'], access: 'on-site' });
const both = eservice('e-both', { name: 'Språkkursen', categories: ['languages'], forLibraries: ['krokom', 'ostersund'] });
const all = [both, elib, press, viddla];

describe('eservicesFor', () => {
  test('no card chosen: every service', () => {
    assert.deepEqual(eservicesFor(all, null).map((s) => s.name), ['Språkkursen', 'Elib', 'Tidningsarkivet', 'Viddla']);
  });

  test('a Härjedalen card gives the county-wide services and Viddla, not Krokom’s language course', () => {
    assert.deepEqual(eservicesFor(all, 'harjedalen').map((s) => s.name), ['Elib', 'Tidningsarkivet', 'Viddla']);
  });

  test('a Krokom card gives a service named for several libraries, not Härjedalen’s Viddla', () => {
    assert.deepEqual(eservicesFor(all, 'krokom').map((s) => s.name), ['Språkkursen', 'Elib', 'Tidningsarkivet']);
  });

  test('a library with no own services gets the county-wide ones only', () => {
    assert.deepEqual(eservicesFor(all, 'ragunda').map((s) => s.name), ['Elib', 'Tidningsarkivet']);
  });
});

describe('groupByCategory', () => {
  test('groups by first category in the fixed category order, each service once, empty categories left out', () => {
    const groups = groupByCategory(all);
    assert.deepEqual(groups.map((g) => [g.category, g.services.map((s) => s.name)]), [
      ['ebooks', ['Elib']], ['film', ['Viddla']], ['newspapers', ['Tidningsarkivet']], ['languages', ['Språkkursen']],
    ]);
  });

  test('a service without a category is listed under "other"', () => {
    const groups = groupByCategory([eservice('e-x', { name: 'X', categories: [] })]);
    assert.deepEqual(groups.map((g) => g.category), ['other']);
  });
});
