// Contrast as WCAG 2.1 computes it, checked against known pairs, and the rule for which profile colours are used.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contrastRatio, darken, isHexColour, usableOnWhite } from './colour.ts';

describe('colour', () => {
  test('contrast ratios of known pairs', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(Math.round(contrastRatio('#767676', '#ffffff') * 100) / 100, 4.54);
    assert.equal(contrastRatio('#0d4f5c', '#ffffff'), contrastRatio('#ffffff', '#0d4f5c'));
  });

  test('only #rrggbb is a colour; names, short forms and anything with CSS in it are not', () => {
    for (const ok of ['#0d4f5c', '#A8431B']) assert.ok(isHexColour(ok), ok);
    for (const bad of ['red', '#fff', '#0d4f5c;}body{display:none', 'url(x)', '#0d4f5c ', null, 42]) assert.ok(!isHexColour(bad), String(bad));
  });

  test('a profile colour is used only with at least 4.5:1 against white', () => {
    assert.ok(usableOnWhite('#0d4f5c'));
    assert.ok(!usableOnWhite('#ffd24d'), 'the focus yellow is far too light for white text');
    assert.ok(!usableOnWhite('#777777'), '4.48:1 is just below AA');
  });

  test('darken keeps the hue and never lowers the contrast with white', () => {
    assert.equal(darken('#a8431b', 0.8), '#863616');
    assert.ok(contrastRatio(darken('#0d4f5c', 0.75), '#ffffff') > contrastRatio('#0d4f5c', '#ffffff'));
  });
});
