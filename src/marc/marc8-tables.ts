// MARC-8 graphic character sets as Unicode, written from the Library of Congress "MARC-8 code tables".

/** One 94-character set: the Unicode text of positions 0x21–0x7E (G0) or 0xA1–0xFE (G1); HOLE = undefined. */
export interface Marc8CharacterSet {
  readonly name: string;
  /** 94 UTF-16 code units, index = (byte & 0x7F) - 0x21. */
  readonly chars: string;
  /** Sets of three bytes per character (EACC); we replace those characters, never decode them. */
  readonly multibyte?: true;
  /** Not decoded by us: every character becomes U+FFFD with a warning. */
  readonly unsupported?: true;
}

/** Marks a position with no character in a set. */
export const HOLE = '\uFFFD';

/** Builds the 94-position text from runs that start at a given position; unlisted positions are holes. */
function positions(runs: Record<number, string>): string {
  const out: string[] = new Array(94).fill(HOLE);
  for (const [start, text] of Object.entries(runs)) {
    [...text].forEach((ch, i) => { out[Number(start) - 0x21 + i] = ch; });
  }
  return out.join('');
}

const ASCII_PUNCTUATION_AND_DIGITS = '!"#$%&\'()*+,-./0123456789:;<=>?';

export const BASIC_LATIN: Marc8CharacterSet = {
  name: 'Basic Latin (ASCII)',
  chars: positions({ 0x21: ASCII_PUNCTUATION_AND_DIGITS + '@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' }),
};

/** ANSEL: special letters and signs at 0xA1–0xC8, combining diacritics at 0xE0–0xFE. */
export const EXTENDED_LATIN: Marc8CharacterSet = {
  name: 'Extended Latin (ANSEL)',
  chars: positions({
    0x21: 'ŁØĐÞÆŒ\u02B9·♭®±ƠƯ\u02BC',
    0x30: '\u02BBłøđþæœ\u02BAı£ð',
    0x3c: 'ơư',
    0x40: '°ℓ℗©♯¿¡ß€',
    0x60: '\u0309\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030C\u030A\uFE20\uFE21\u0315\u030B\u0310',
    0x70: '\u0327\u0328\u0323\u0324\u0325\u0333\u0332\u0326\u031C\u032E\uFE22\uFE23',
    0x7e: '\u0313',
  }),
};

export const GREEK_SYMBOLS: Marc8CharacterSet = { name: 'Greek symbols', chars: positions({ 0x61: 'αβγ' }) };

export const SUBSCRIPTS: Marc8CharacterSet = {
  name: 'Subscripts',
  chars: positions({ 0x28: '₍₎', 0x2b: '₊', 0x2d: '₋', 0x30: '₀₁₂₃₄₅₆₇₈₉' }),
};

export const SUPERSCRIPTS: Marc8CharacterSet = {
  name: 'Superscripts',
  chars: positions({ 0x28: '⁽⁾', 0x2b: '⁺', 0x2d: '⁻', 0x30: '⁰¹²³⁴⁵⁶⁷⁸⁹' }),
};

export const BASIC_GREEK: Marc8CharacterSet = {
  name: 'Basic Greek',
  chars: positions({
    0x21: '\u0300\u0301\u0308\u0342\u0313\u0314\u0345',
    0x30: '«»“”\u0374\u0375',
    0x3b: '\u0387',
    0x3f: '\u037E',
    0x41: 'ΑΒ',
    0x44: 'ΓΔΕϚϜΖΗΘΙΚΛΜΝΞΟΠϞΡΣ',
    0x58: 'ΤΥΦΧΨΩϠ',
    0x61: 'αβϐγδεϛϝζηθικλμνξοπϟρσςτυφχψωϡ',
  }),
};

export const BASIC_CYRILLIC: Marc8CharacterSet = {
  name: 'Basic Cyrillic',
  chars: positions({
    0x21: ASCII_PUNCTUATION_AND_DIGITS,
    0x40: 'юабцдефгхийклмнопярстужвьызшэщчъ',
    0x60: 'ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧ',
  }),
};

export const EXTENDED_CYRILLIC: Marc8CharacterSet = {
  name: 'Extended Cyrillic',
  chars: positions({
    0x40: 'ґђѓєёѕіїјљњћќўџ',
    0x50: 'ѣѳѵѫ',
    0x5b: '[',
    0x5d: ']',
    0x5f: '_',
    0x60: 'ҐЂЃЄЁЅІЇЈЉЊЋЌЎЏЪ',
    0x70: 'ѢѲѴѪ',
  }),
};

export const BASIC_HEBREW: Marc8CharacterSet = {
  name: 'Basic Hebrew',
  chars: positions({
    0x21: ASCII_PUNCTUATION_AND_DIGITS,
    0x22: '\u05F4',
    0x27: '\u05F3',
    0x2d: '\u05BE',
    0x40: '\u05B7\u05B8\u05B6\u05B5\u05B4\u05B9\u05BB\u05B0\u05B2\u05B3\u05B1\u05BC\u05BF\u05C1\uFB1E',
    0x5b: '[',
    0x5d: ']',
    0x60: 'אבגדהוזחטיךכלםמןנסעףפץצקרשת\u05F0\u05F1\u05F2',
  }),
};

const unsupported = (name: string, multibyte = false): Marc8CharacterSet =>
  ({ name, chars: HOLE.repeat(94), unsupported: true, ...(multibyte ? { multibyte: true } : {}) });

/** Character sets by their final byte in a designating escape sequence (ESC ( F, ESC ) F, ESC $ F …). */
export const SETS_BY_FINAL: ReadonlyMap<number, Marc8CharacterSet> = new Map([
  [0x42, BASIC_LATIN], // B
  [0x45, EXTENDED_LATIN], // E (written "!E")
  [0x67, GREEK_SYMBOLS], // g
  [0x62, SUBSCRIPTS], // b
  [0x70, SUPERSCRIPTS], // p
  [0x53, BASIC_GREEK], // S
  [0x4e, BASIC_CYRILLIC], // N
  [0x51, EXTENDED_CYRILLIC], // Q
  [0x32, BASIC_HEBREW], // 2
  [0x33, unsupported('Basic Arabic')], // 3
  [0x34, unsupported('Extended Arabic')], // 4
  [0x31, unsupported('East Asian (EACC)', true)], // 1
]);

/** Technique 1 ("locking shift" to a special set in G0): ESC g, ESC b, ESC p, and ESC s back to ASCII. */
export const SETS_BY_SHIFT: ReadonlyMap<number, Marc8CharacterSet> = new Map([
  [0x67, GREEK_SYMBOLS],
  [0x62, SUBSCRIPTS],
  [0x70, SUPERSCRIPTS],
  [0x73, BASIC_LATIN],
]);

/** C1 controls that MARC-8 defines (non-sort begin/end, zero-width joiner/non-joiner). */
export const C1_CONTROLS: ReadonlyMap<number, string> = new Map([
  [0x88, '\u0098'],
  [0x89, '\u009C'],
  [0x8d, '\u200D'],
  [0x8e, '\u200C'],
]);
