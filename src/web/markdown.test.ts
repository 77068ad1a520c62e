// Staff-written Markdown can never inject markup or scripts, and its headings sit under the page's own title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownHtml } from './markdown.tsx';

test('raw HTML is shown as text, never as markup', () => {
  const html = markdownHtml('Hej <script>alert(1)</script> <img src=x onerror=alert(1)>');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test('only safe link schemes become links; external links get rel=noopener', () => {
  assert.doesNotMatch(markdownHtml('[x](javascript:alert(1))'), /href/);
  assert.doesNotMatch(markdownHtml('[x](data:text/html,hi)'), /href/);
  assert.doesNotMatch(markdownHtml('[x](//evil.example/)'), /href/);
  assert.match(markdownHtml('[Elib](https://jamtlandharjedalen.elib.se)'), /<a href="https:\/\/jamtlandharjedalen.elib.se" rel="noopener">Elib<\/a>/);
  assert.match(markdownHtml('[öppettider](/bibliotek/krokom)'), /<a href="\/bibliotek\/krokom">/);
  assert.match(markdownHtml('[ring](tel:+4663000000)'), /href="tel:/);
});

test('headings start at the level the page gives', () => {
  assert.match(markdownHtml('# Rubrik\n\n## Under'), /<h2>Rubrik<\/h2>\s*<h3>Under<\/h3>/);
  assert.match(markdownHtml('# Rubrik', 3), /<h3>Rubrik<\/h3>/);
  assert.match(markdownHtml('###### Djup'), /<h6>Djup<\/h6>/);
});
