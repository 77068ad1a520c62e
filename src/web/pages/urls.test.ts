// Every page links to itself in the other language: translated paths, ids and filters kept, feeds renamed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternateHref, libraryFeedHref, libraryHref } from './urls.ts';

test('the language switch keeps the page, its id and its filters', () => {
  const pairs: [string, string][] = [
    ['/bibliotek', '/en/libraries'],
    ['/bibliotek/krokom', '/en/libraries/krokom'],
    ['/evenemang?library=are&audience=children', '/en/events?library=are&audience=children'],
    ['/evenemang/e-12ab', '/en/events/e-12ab'],
    ['/nyheter', '/en/news'],
    ['/nyheter/n-9', '/en/news/n-9'],
    ['/e-tjanster', '/en/e-services'],
    ['/om', '/en/about'],
    ['/tillganglighet', '/en/accessibility'],
    ['/integritet', '/en/privacy'],
    ['/aarjelsaemien', '/en/south-sami'],
    ['/stilguide', '/en/style-guide'],
    ['/nyheter.atom', '/en/news.atom'],
    ['/bibliotek/krokom/evenemang.ics', '/en/libraries/krokom/events.ics'],
  ];
  for (const [sv, en] of pairs) {
    assert.equal(alternateHref('sv', sv), en, sv);
    assert.equal(alternateHref('en', en), sv, en);
  }
  assert.equal(alternateHref('sv', '/personal/nyheter/n-1'), '/en/staff');
  assert.equal(alternateHref('en', '/en/'), '/');
});

test('library and feed addresses escape the id', () => {
  assert.equal(libraryHref('sv', 'krokom-bokbuss'), '/bibliotek/krokom-bokbuss');
  assert.equal(libraryFeedHref('en', 'are', 'eventsIcs'), '/en/libraries/are/events.ics');
  assert.equal(libraryFeedHref('sv', 'are', 'newsRss'), '/bibliotek/are/nyheter.rss');
});
