// The home and search pages in both languages: search box, libraries, results as works, facets, filters, sorting, paging.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildFakeWebApp, CONSORTIUM_NAME } from '../../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp()));
after(() => app.close());

async function page(url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  assert.match(response.headers['content-type'] as string, /^text\/html; charset=utf-8/);
  return response.body;
}

describe('home page', () => {
  test('Swedish: name, search box first, member libraries linking to their pages, demo notice', async () => {
    const html = await page('/');
    assert.match(html, /^<!doctype html><html lang="sv">/);
    assert.match(html, new RegExp(`<h1 class="hero__title">${CONSORTIUM_NAME}</h1>`));
    assert.ok(html.indexOf('role="search"') < html.indexOf('libraries-h"'), 'the search box comes before the libraries');
    assert.match(html, /<form[^>]*role="search"[^>]*method="get" action="\/sok">/);
    assert.match(html, /<a class="library-card__link" href="\/bibliotek\/krokom">Krokoms bibliotek<\/a>/);
    assert.match(html, /Strömsund · Hammerdal · Gäddede · Bokbussen/);
    assert.match(html, /class="demo-notice"/);
    assert.match(html, /<a href="\/en\/" lang="en" hreflang="en">In English<\/a>/);
  });

  test('English twin under /en/, with a switch back to the same page', async () => {
    const html = await page('/en/');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /action="\/en\/search"/);
    assert.match(html, /href="\/en\/libraries\/ostersund">Östersunds bibliotek</);
    assert.match(html, /<a href="\/" lang="sv" hreflang="sv">På svenska<\/a>/);
    assert.match(html, /Skip to content/);
  });

  test('no demo notice outside the demo; /en redirects to /en/', async () => {
    const { app: real } = await buildFakeWebApp({ demo: false });
    assert.doesNotMatch((await real.inject('/')).body, /demo-notice/);
    const redirect = await real.inject('/en');
    await real.close();
    assert.deepEqual([redirect.statusCode, redirect.headers.location], [301, '/en/']);
  });
});

describe('search page', () => {
  test('lists works with title links, authors, localized formats and where a copy is on the shelf', async () => {
    const html = await page('/sok?q=jansson');
    assert.match(html, /<h1 class="search-results__heading">Sökresultat för ”jansson”<\/h1>/);
    assert.match(html, /3 träffar/);
    assert.match(html, /<a href="\/verk\/anteckningar-fran-en-o">Anteckningar från en ö<\/a>/);
    assert.match(html, /Jansson, Tove; Pietilä, Tuulikki/);
    assert.match(html, /<span class="badge">Bok<\/span>/);
    assert.match(html, /Finns på hyllan i Östersunds bibliotek/);
    assert.match(html, /Inget exemplar på hyllan just nu/);
    assert.match(html, /<span>finska, svenska<\/span>/);
    assert.match(html, /<a href="\/en\/search\?q=jansson" lang="en"/);
  });

  test('English: the same results in English words', async () => {
    const html = await page('/en/search?q=sagor');
    assert.match(html, /Results for “sagor”/);
    assert.match(html, /<a href="\/en\/work\/sagor-fran-mumindalen">/);
    assert.match(html, /On the shelf at Krokoms bibliotek and Strömsunds bibliotek/);
    assert.match(html, /3 catalogue records/);
    assert.match(html, /<span class="badge">Book<\/span>/);
  });

  test('facets are plain links that add a filter, with localized names and counts', async () => {
    const html = await page('/sok?q=jansson');
    for (const facet of ['Bibliotek', 'Medietyp', 'Språk', 'Utgivningsår', 'Ämne', 'Författare', 'Målgrupp', 'Tillgänglighet']) {
      assert.match(html, new RegExp(`<h3 id="facet-[a-z]+" class="facet__name">${facet}</h3>`));
    }
    assert.match(html, /href="\/sok\?q=jansson&amp;library=ostersund" rel="nofollow"><span class="facet__label">Östersunds bibliotek<\/span>/);
    assert.match(html, /href="\/sok\?q=jansson&amp;language=fin" rel="nofollow"><span class="facet__label">finska<\/span>/);
    assert.match(html, /href="\/sok\?q=jansson&amp;audience=children" rel="nofollow"><span class="facet__label">Barn<\/span>/);
    assert.match(html, /href="\/sok\?q=jansson&amp;available=1" rel="nofollow"><span class="facet__label">Finns på hyllan nu<\/span>/);
  });

  test('chosen filters show as selected, each with a remove link', async () => {
    const html = await page('/sok?q=jansson&format=book&available=1');
    assert.match(html, /<a class="chip" href="\/sok\?q=jansson&amp;available=1"><span class="visually-hidden">Ta bort avgränsning: <\/span>Bok/);
    assert.match(html, /<a class="chip" href="\/sok\?q=jansson&amp;format=book"><span class="visually-hidden">Ta bort avgränsning: <\/span>Finns på hyllan nu/);
    assert.match(html, /<a class="chip chip--clear" href="\/sok\?q=jansson">Ta bort alla avgränsningar<\/a>/);
    assert.match(html, /class="facet__link facet__link--selected" href="\/sok\?q=jansson&amp;available=1"/);
  });

  test('a library-scoped search says so, keeps the scope in the search box, and offers all libraries', async () => {
    const html = await page('/sok?library=krokom');
    assert.match(html, /<h1 class="search-results__heading">Titlar i Krokoms bibliotek<\/h1>/);
    assert.match(html, /Du söker i Krokoms bibliotek\. <a href="\/sok">Sök i alla bibliotek i stället<\/a>/);
    assert.match(html, /<label class="search-box__label" for="q">Sök i Krokoms bibliotek<\/label>/);
    assert.match(html, /<input type="hidden" name="library" value="krokom"\/>/);
  });

  test('sorting is a GET form that keeps the search and its filters', async () => {
    const html = await page('/sok?q=jansson&language=fin&sort=newest&page=1');
    const form = /<form class="sort-form"[^]*?<\/form>/.exec(html)?.[0] ?? '';
    assert.match(form, /<input type="hidden" name="q" value="jansson"\/><input type="hidden" name="language" value="fin"\/>/);
    assert.match(form, /<option value="newest" selected>Nyast först<\/option>/);
    assert.doesNotMatch(form, /name="sort" value|name="page"/);
  });

  test('pages through results with numbered links and keeps numbering across pages', async () => {
    const first = await page('/sok?pageSize=3');
    assert.match(first, /8 träffar, sida 1 av 3/);
    assert.match(first, /<a class="pager__page" href="\/sok\?pageSize=3" aria-current="page" aria-label="Sida 1">1<\/a>/);
    assert.match(first, /<a class="pager__step" href="\/sok\?pageSize=3&amp;page=2" rel="next">Nästa<\/a>/);
    const second = await page('/sok?pageSize=3&page=2');
    assert.match(second, /<ol class="hits" aria-label="Sökresultat" start="4">/);
    assert.match(second, /rel="prev">Föregående</);
  });

  test('no results: says so, offers "did you mean", spelling help and a way out of the filters', async () => {
    const misspelt = await page('/sok?q=janson');
    assert.match(misspelt, /Menade du <a href="\/sok\?q=jansson">jansson<\/a>\?/);
    assert.match(misspelt, /<h2 id="zero-heading">Inga träffar<\/h2>/);
    assert.match(misspelt, /<details class="query-help" open>/);
    const filtered = await page('/en/search?q=ondskan&language=fin&library=are');
    assert.match(filtered, /No results/);
    assert.match(filtered, /<a href="\/en\/search\?q=ondskan">Remove your filters<\/a>/);
    assert.match(filtered, /<a href="\/en\/search\?q=ondskan&amp;language=fin">Search all libraries<\/a>/);
  });

  test('query syntax help names the field prefixes of each language', async () => {
    assert.match(await page('/sok'), /<code>författare:runeberg<\/code>/);
    assert.match(await page('/en/search'), /<code>author:runeberg<\/code>/);
  });
});
