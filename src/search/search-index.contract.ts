// The SearchIndex contract suite: what a patron relies on from any search backend. Each backend's test
// file calls `searchIndexContract` with a factory; a skipped test must name its reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../core/errors.ts';
import { CONTRACT_WORKS, contractWork } from './search-index.contract-works.ts';
import {
  FACET_NAMES, type FacetName, type SearchFilters, type SearchIndex, type SearchQuery, type SearchResult, type WorkDocument,
} from './search-index.ts';

export interface SearchIndexContractOptions {
  /** A new, empty index. */
  readonly newIndex: () => Promise<SearchIndex>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[];
}

type Case = (index: SearchIndex) => Promise<void>;

async function search(index: SearchIndex, text: string, query: Partial<SearchQuery> = {}): Promise<SearchResult> {
  return index.search({ text, filters: {}, sort: 'relevance', page: 1, pageSize: 100, ...query });
}
async function ids(index: SearchIndex, text: string, query: Partial<SearchQuery> = {}): Promise<string[]> {
  return (await search(index, text, query)).hits.map((h) => h.id);
}
const sorted = (values: readonly string[]) => [...values].sort();
const byId = new Map(CONTRACT_WORKS.map((w) => [w.id, w]));
const worksWhere = (test: (w: WorkDocument) => boolean) => CONTRACT_WORKS.filter(test).map((w) => w.id);

/** Facet values of a work, as the facets report them. */
function valuesOf(work: WorkDocument, facet: FacetName): readonly string[] {
  const values: Record<FacetName, readonly string[]> = {
    library: work.libraries, format: work.formats, language: work.languages, year: work.years.map(String),
    subject: work.subjects, author: work.authorFacets, audience: work.audiences,
  };
  return values[facet];
}

function passes(work: WorkDocument, filters: SearchFilters, except: FacetName | null): boolean {
  for (const facet of FACET_NAMES) {
    const chosen = filters[facet];
    if (facet === except || !chosen?.length) continue;
    const matches = facet === 'year'
      ? work.years.some((y) => chosen.some((c) => { const [from, to = from] = c.split('-').map(Number); return y >= from && y <= to; }))
      : valuesOf(work, facet).some((v) => chosen.includes(v));
    if (!matches) return false;
  }
  const libraries = except === 'library' ? undefined : filters.library;
  const onShelf = work.availableLibraries.some((l) => !libraries?.length || libraries.includes(l));
  return !filters.available || onShelf;
}

/**
 * Facet counts worked out by hand: over the works matching the text, every other filter applied. With
 * "available" on, the library facet counts a library only where the work has a copy on the shelf there.
 */
function expectedFacet(matched: readonly WorkDocument[], filters: SearchFilters, facet: FacetName): Map<string, number> {
  const counts = new Map<string, number>();
  for (const work of matched.filter((w) => passes(w, filters, facet))) {
    const values = facet === 'library' && filters.available ? work.availableLibraries : valuesOf(work, facet);
    for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

async function assertFacetsByHand(index: SearchIndex, text: string, filters: SearchFilters): Promise<void> {
  const matched = (await ids(index, text)).map((id) => byId.get(id)!);
  const result = await search(index, text, { filters, facetLimit: 100 });
  assert.deepEqual(sorted(result.hits.map((h) => h.id)), sorted(matched.filter((w) => passes(w, filters, null)).map((w) => w.id)));
  assert.equal(result.total, result.hits.length);
  for (const facet of FACET_NAMES) {
    const got = new Map(result.facets[facet].map((v) => [v.value, v.count]));
    assert.deepEqual(got, expectedFacet(matched, filters, facet), `facet ${facet} for "${text}" ${JSON.stringify(filters)}`);
  }
  const library = filters.library?.length ? filters.library : null;
  const onShelf = matched.filter((w) => passes(w, { ...filters, available: false }, null) && w.availableLibraries.some((l) => !library || library.includes(l)));
  assert.equal(result.availableCount, onShelf.length);
}

async function assertBadQueryOrResult(index: SearchIndex, text: string): Promise<void> {
  try {
    const result = await search(index, text);
    assert.ok(Array.isArray(result.hits), text);
  } catch (e) {
    assert.ok(isSamverkaError(e, 'bad-query'), `${JSON.stringify(text.slice(0, 40))} threw ${String(e)}`);
  }
}

const CASES: Record<string, Record<string, Case>> = {
  'finding works': {
    'words match title, author and subject, all words required': async (index) => {
      assert.deepEqual(sorted(await ids(index, 'strindberg')), sorted(['roda-rummet', 'hemsoborna', 'froken-julie', 'strindberg-ett-liv']));
      assert.deepEqual(await ids(index, 'Röda rummet'), ['roda-rummet']);
      assert.deepEqual(await ids(index, 'lagerlöf värmland'), ['gosta-berlings-saga']);
    },
    'field search: titel: författare: ämne: isbn: and the English names': async (index) => {
      assert.deepEqual(await ids(index, 'titel:strindberg'), ['strindberg-ett-liv']);
      assert.deepEqual(sorted(await ids(index, 'författare:strindberg')), sorted(['roda-rummet', 'hemsoborna', 'froken-julie']));
      assert.deepEqual(sorted(await ids(index, 'author:lagerlöf')), sorted(['gosta-berlings-saga', 'nils-holgersson']));
      assert.deepEqual(await ids(index, 'ämne:värmland'), ['gosta-berlings-saga']);
      assert.deepEqual(await ids(index, 'subject:"strindberg august"'), ['strindberg-ett-liv']);
      assert.deepEqual(await ids(index, 'title:"doktor glas"'), ['doktor-glas']);
      assert.deepEqual(await ids(index, 'isbn:978-91-0-000001-7'), ['kallocain']);
      assert.deepEqual(await ids(index, '9789100000017'), ['kallocain']);
    },
    'a phrase needs its words together and in order; words do not': async (index) => {
      assert.deepEqual(await ids(index, '"rummet röda"'), []);
      assert.deepEqual(await ids(index, 'rummet röda'), ['roda-rummet']);
      assert.deepEqual(await ids(index, '"röda rummet"'), ['roda-rummet']);
    },
    'NOT, INTE and -word exclude; a query of exclusions alone searches everything else': async (index) => {
      const lindgren = worksWhere((w) => w.authors[0] === 'Lindgren, Astrid');
      const withoutPippi = lindgren.filter((id) => !byId.get(id)!.title.includes('Pippi'));
      assert.deepEqual(sorted(await ids(index, 'lindgren NOT pippi')), sorted(withoutPippi));
      assert.deepEqual(sorted(await ids(index, 'lindgren INTE pippi')), sorted(withoutPippi));
      assert.deepEqual(sorted(await ids(index, 'lindgren -pippi')), sorted(withoutPippi));
      assert.deepEqual(sorted(await ids(index, '-lindgren')), sorted(worksWhere((w) => !lindgren.includes(w.id))));
    },
    'OR and ELLER find either; AND binds tighter than OR': async (index) => {
      assert.deepEqual(sorted(await ids(index, 'kallocain OR aniara')), ['aniara', 'kallocain']);
      assert.deepEqual(sorted(await ids(index, 'kallocain ELLER aniara')), ['aniara', 'kallocain']);
      assert.deepEqual(sorted(await ids(index, 'boye kallocain OR martinson aniara')), ['aniara', 'kallocain']);
      assert.deepEqual(sorted(await ids(index, '(kallocain OR aniara) boye')), ['kallocain']);
    },
    'a trailing star finds words by their beginning': async (index) => {
      assert.deepEqual(sorted(await ids(index, 'strindb*')), sorted(['roda-rummet', 'hemsoborna', 'froken-julie', 'strindberg-ett-liv']));
      assert.deepEqual(sorted(await ids(index, 'titel:utvandr*')), ['utvandrarna']);
      // Two or three letters make a prefix too, though the index keeps no entries for them (DECISIONS §9).
      assert.ok((await ids(index, 'titel:utv*')).includes('utvandrarna'));
      for (const id of ['roda-rummet', 'hemsoborna', 'strindberg-ett-liv']) assert.ok((await ids(index, 'st*')).includes(id), id);
    },
    'Swedish stems: böckerna finds Boken, sagor finds saga, and the form typed ranks first': async (index) => {
      assert.deepEqual(await ids(index, 'böckerna'), ['boken-om-pippi']);
      const sagor = await ids(index, 'sagor');
      assert.ok(sagor.includes('gosta-berlings-saga'), 'saga is found by sagor');
      assert.equal(sagor[0], 'sagor-och-berattelser', 'the title with "sagor" as typed comes first');
    },
    'å ä ö are letters of their own, but a query typed without them still finds them': async (index) => {
      assert.deepEqual(await ids(index, 'män'), ['man-som-hatar'], '"män" does not find "man"');
      assert.deepEqual(await ids(index, 'man'), ['ove', 'man-som-hatar'], '"man" finds "män" too, after "man"');
      assert.deepEqual(await ids(index, 'roda rummet'), ['roda-rummet']);
      assert.deepEqual(await ids(index, '"roda rummet"'), ['roda-rummet']);
      assert.deepEqual(await ids(index, 'åre'), [], 'the English "are" is not the Swedish "Åre"');
    },
    'an exact title comes before titles that only contain it': async (index) => {
      const hits = await ids(index, 'pippi långstrump');
      assert.equal(hits[0], 'pippi');
      assert.deepEqual(sorted(hits), ['boken-om-pippi', 'pippi', 'pippi-ombord']);
    },
    'an exact author name brings the author\'s own works first': async (index) => {
      const hits = await ids(index, 'August Strindberg');
      assert.deepEqual(sorted(hits.slice(0, 3)), sorted(['roda-rummet', 'hemsoborna', 'froken-julie']));
      assert.deepEqual(hits.slice(3), ['strindberg-ett-liv']);
    },
  },
  'facets': {
    'counts equal counts by hand over the whole result': async (index) => {
      await assertFacetsByHand(index, '', {});
      await assertFacetsByHand(index, 'lindgren', {});
      await assertFacetsByHand(index, 'strindberg OR lagerlöf', { format: ['audiobook'] });
    },
    'OR within a facet, AND across facets, each facet ignoring its own filter': async (index) => {
      await assertFacetsByHand(index, '', { library: ['krokom', 'berg'] });
      await assertFacetsByHand(index, '', { library: ['krokom', 'berg'], format: ['ebook', 'large-print'] });
      await assertFacetsByHand(index, '', { audience: ['children'], language: ['swe'], year: ['1940-1949'] });
      const result = await search(index, '', { filters: { library: ['berg'] } });
      assert.ok(result.facets.library.some((v) => v.value === 'krokom'), 'other libraries stay visible to add');
    },
    'available: a copy on the shelf anywhere, or in the chosen libraries': async (index) => {
      assert.deepEqual(sorted(await ids(index, '', { filters: { available: true } })), sorted(worksWhere((w) => w.availableLibraries.length > 0)));
      assert.deepEqual(sorted(await ids(index, '', { filters: { available: true, library: ['krokom'] } })), sorted(worksWhere((w) => w.availableLibraries.includes('krokom'))));
      await assertFacetsByHand(index, '', { available: true });
      await assertFacetsByHand(index, '', { available: true, library: ['are', 'berg'] });
      await assertFacetsByHand(index, 'lindgren', { library: ['ostersund'] });
    },
    'years filter as a year or a range': async (index) => {
      assert.deepEqual(await ids(index, '', { filters: { year: ['1940'] } }), ['kallocain']);
      assert.deepEqual(sorted(await ids(index, '', { filters: { year: ['1879-1888'] } })), sorted(['roda-rummet', 'hemsoborna', 'froken-julie']));
    },
    'the most common values come first, as many as asked for': async (index) => {
      const result = await search(index, '', { facetLimit: 2 });
      const authors = new Map<string, number>();
      for (const w of CONTRACT_WORKS) authors.set(w.authorFacets[0], (authors.get(w.authorFacets[0]) ?? 0) + 1);
      const topTwo = [...authors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([value, count]) => ({ value, count }));
      assert.deepEqual(result.facets.author, topTwo);
      assert.ok(FACET_NAMES.every((f) => result.facets[f].length <= 2));
    },
  },
  'order and pages': {
    'title order is Swedish: Åsa-Hanna after Zorba, articles ignored': async (index) => {
      const titles = (await search(index, '', { sort: 'title' })).hits.map((h) => h.title);
      assert.deepEqual(titles.slice(-2), ['Zorba greken', 'Åsa-Hanna']);
      assert.ok(titles.indexOf('En man som heter Ove') < titles.indexOf('Män som hatar kvinnor'), 'En is skipped: "man" before "män"');
    },
    'newest and oldest order by year; browsing shows the newest first': async (index) => {
      assert.equal((await search(index, '', { sort: 'newest' })).hits[0].id, 'ove');
      assert.equal((await search(index, '', { sort: 'oldest' })).hits[0].id, 'roda-rummet');
      assert.deepEqual(await ids(index, ''), await ids(index, '', { sort: 'newest' }));
      const years = (await search(index, 'lindgren', { sort: 'oldest' })).hits.map((h) => h.yearMin ?? 0);
      assert.deepEqual(years, [...years].sort((a, b) => a - b));
    },
    'pages split the result without gaps or repeats': async (index) => {
      for (const text of ['', 'lindgren OR strindberg OR lagerlöf OR pippi']) {
        for (const sort of ['relevance', 'title', 'newest', 'oldest'] as const) {
          const all = await ids(index, text, { sort });
          const pages: string[] = [];
          for (let page = 1; page <= 5; page++) {
            const result = await search(index, text, { sort, page, pageSize: 5 });
            assert.equal(result.total, all.length);
            pages.push(...result.hits.map((h) => h.id));
          }
          assert.deepEqual(pages, all, `${sort} "${text}"`);
        }
      }
    },
    'a page past the end is empty; impossible pages are bad queries': async (index) => {
      const result = await search(index, '', { page: 3, pageSize: 20 });
      assert.equal(result.total, CONTRACT_WORKS.length);
      assert.deepEqual(result.hits, []);
      for (const paging of [{ page: 0 }, { pageSize: 0 }, { page: 1.5 }, { page: 100_000 }]) {
        await assert.rejects(search(index, 'pippi', paging), (e) => isSamverkaError(e, 'bad-query'), JSON.stringify(paging));
      }
    },
  },
  'spelling and completion': {
    'a misspelt word finds the right works and says what it searched for': async (index) => {
      const result = await search(index, 'Kallocein');
      assert.deepEqual(result.hits.map((h) => h.id), ['kallocain']);
      assert.equal(result.didYouMean, 'Kallocain');
      assert.equal((await search(index, 'boye kallocein')).didYouMean, 'boye kallocain');
    },
    'a query spelt right, or with short words, is not corrected': async (index) => {
      assert.equal((await search(index, 'kallocain')).didYouMean, null);
      assert.equal((await search(index, 'pipi')).didYouMean, null);
      assert.equal((await search(index, 'qwertyuiop')).didYouMean, null);
    },
    'completions start with the typed word, most-held first, without duplicates': async (index) => {
      const lind = await index.suggest('lind', 5);
      assert.deepEqual(lind[0], { text: 'Lindgren, Astrid', kind: 'author' });
      const pippi = await index.suggest('pippi l', 10);
      assert.deepEqual(sorted(pippi.map((s) => s.text)), ['Boken om Pippi Långstrump', 'Pippi Långstrump', 'Pippi Långstrump går ombord']);
      assert.equal((await index.suggest('str', 1)).length, 1);
      assert.deepEqual(await index.suggest('', 5), []);
    },
  },
  'changes': {
    'upsert replaces a work, without duplicates': async (index) => {
      await index.upsert([contractWork({ id: 'kallocain', title: 'Kallocain: roman från 2000-talet', author: 'Boye, Karin', year: 1940, libraries: ['berg'] })]);
      assert.equal(await index.count(), CONTRACT_WORKS.length);
      assert.deepEqual(await ids(index, 'kallocain'), ['kallocain']);
      assert.deepEqual(await ids(index, '2000-talet'), ['kallocain']);
      const result = await search(index, 'kallocain');
      assert.deepEqual(result.facets.library, [{ value: 'berg', count: 1 }]);
      await index.upsert([byId.get('kallocain')!]);
      assert.deepEqual(await ids(index, '2000-talet'), []);
    },
    'a change of holdings only shows in filters and facets at once': async (index) => {
      const aniara = byId.get('aniara')!;
      await index.upsert([{ ...aniara, libraries: [...aniara.libraries, 'berg'], availableLibraries: ['berg'] }]);
      assert.deepEqual(await ids(index, 'aniara', { filters: { library: ['berg'], available: true } }), ['aniara']);
      assert.deepEqual(await ids(index, 'aniara', { filters: { library: ['harjedalen'], available: true } }), []);
      assert.deepEqual(await index.suggest('anía', 5), [{ text: 'Aniara', kind: 'title' }]);
    },
    'removed works are gone from results, facets, completions and the count': async (index) => {
      await index.remove(['aniara', 'no-such-work']);
      assert.equal(await index.count(), CONTRACT_WORKS.length - 1);
      assert.deepEqual(await ids(index, 'aniara'), []);
      assert.ok(!(await search(index, '')).facets.author.some((v) => v.value === 'Martinson, Harry'));
      assert.deepEqual(await index.suggest('ania', 5), []);
    },
    'hostile queries give results or a bad-query error, never a crash': async (index) => {
      for (const text of ['"', '(((', ')))', 'NEAR(', 'NEAR(a b, 2)', '\'; DROP TABLE search_works; --', 'title:', 'col:x',
        '{title}: x', '^pippi', '*', '-', 'AND OR NOT', 'pippi*"*(', '"pippi" "', '\u0000', 'x'.repeat(2000),
        Array.from({ length: 300 }, () => 'pippi').join(' '), '('.repeat(100) + 'pippi', 'a OR -b', 'constructor:x toString',
        '__proto__:y hasOwnProperty']) {
        await assertBadQueryOrResult(index, text);
      }
      assert.equal(await index.count(), CONTRACT_WORKS.length, 'nothing was dropped');
    },
  },
};

export function searchIndexContract(backend: string, options: SearchIndexContractOptions): void {
  describe(`SearchIndex contract: ${backend}`, () => {
    for (const [group, cases] of Object.entries(CASES)) {
      describe(group, () => {
        for (const [name, run] of Object.entries(cases)) {
          const skipped = options.skip?.find((s) => s.tests.includes(name));
          it(name, { skip: skipped?.reason ?? false }, async () => {
            const index = await options.newIndex();
            try {
              await index.upsert(CONTRACT_WORKS);
              await run(index);
            } finally {
              await index.close?.();
            }
          });
        }
      });
    }
  });
}
