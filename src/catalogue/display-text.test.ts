// ISBD trimming and case-insensitive de-duplication as the normalizer shows titles, names and subjects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pushUnique, trimIsbd } from './display-text.ts';

describe('trimIsbd', () => {
  it('drops trailing ISBD punctuation and collapses whitespace of every kind', () => {
    assert.equal(trimIsbd('Pippi Långstrump /'), 'Pippi Långstrump');
    assert.equal(trimIsbd('Stockholm :'), 'Stockholm');
    assert.equal(trimIsbd('Bonnier,'), 'Bonnier');
    assert.equal(trimIsbd('  Mumin\t och \n  kometen  ='), 'Mumin och kometen');
    assert.equal(trimIsbd('Tove\u00a0Jansson ;'), 'Tove Jansson');
    assert.equal(trimIsbd(' / : '), '');
  });

  it('keeps the period of an initial or an abbreviation, drops a sentence period', () => {
    assert.equal(trimIsbd('Tolkien, J. R. R.'), 'Tolkien, J. R. R.');
    assert.equal(trimIsbd('7. uppl.'), '7. uppl.');
    assert.equal(trimIsbd('Piratförl.,'), 'Piratförl.');
    assert.equal(trimIsbd('Romaner.'), 'Romaner');
    assert.equal(trimIsbd('Och sedan...'), 'Och sedan...');
  });
});

describe('pushUnique', () => {
  it('adds a value once, whatever its case and spacing, keeping the first spelling', () => {
    const list: string[] = [];
    for (const value of ['Jazz piano', 'jazz piano', 'JAZZ \t PIANO', 'Blues', null, '', 'blues']) pushUnique(list, value);
    assert.deepEqual(list, ['Jazz piano', 'Blues']);
  });

  it('still compares against values put in the list by other means', () => {
    const list = ['Jazz'];
    pushUnique(list, 'Blues');
    list.push('Folk');
    pushUnique(list, 'folk');
    pushUnique(list, 'Rock');
    assert.deepEqual(list, ['Jazz', 'Blues', 'Folk', 'Rock']);
  });
});
