// Display text from MARC subfields: ISBD punctuation trimmed, initials and abbreviations kept.
import type { DataField } from '../marc/marc-record.ts';

/** Words whose final period is part of the word, so it stays at the end of a string ("7. uppl.", "Jr."). */
const ABBREVIATIONS = new Set([
  'ed', 'uppl', 'utg', 'rev', 'omarb', 'p', 's', 'sid', 'ff', 'jr', 'sr', 'co', 'inc', 'ltd', 'etc', 'bd', 'vol',
  'nr', 'no', 'dr', 'st', 'cop', 'ca', 'fl', 'ill', 'illustr', 'aufl', 'hrsg', 'éd', 'övers', 'suom', 'tr', 'in',
  'förl', 'bokförl', 'mr', 'mrs', 'ms',
]);

/** Whitespace that must be collapsed or trimmed: a run of it, any but a plain space, or a space at either end. */
const UNEVEN_SPACE = /\s\s|[^\S ]|^ | $/;
/** ISBD punctuation (and the spaces around it) that ends a value and goes; whitespace is plain spaces by then. */
const ISBD_TAIL = new Set([' ', '/', ':', ';', '=', ',']);

/**
 * Trims whitespace and trailing ISBD punctuation (" /", " :", " ;", " =", ","). A final period goes too,
 * unless it closes an initial ("J. L.") or an abbreviation ("7. uppl.", "Piratförl.,": a period before
 * ISBD punctuation always belongs to the word). Called for most subfields of every record an import reads,
 * so the usual value, evenly spaced, is neither copied nor scanned by a regular expression.
 */
export function trimIsbd(value: string): string {
  const text = UNEVEN_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
  let end = text.length;
  while (end > 0 && ISBD_TAIL.has(text[end - 1])) end--;
  const withoutIsbd = end === text.length ? text : text.slice(0, end);
  if (withoutIsbd !== text || !withoutIsbd.endsWith('.') || withoutIsbd.endsWith('..')) return withoutIsbd;
  const word = /(?:^|[\s.(-])([\p{L}]+)\.$/u.exec(withoutIsbd)?.[1] ?? '';
  const keeps = /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
  return keeps ? withoutIsbd : withoutIsbd.slice(0, -1).trimEnd();
}

/** Subfield values with these codes, joined by a space and trimmed; null when empty. */
export function joined(field: DataField, codes: string, separator = ' '): string | null {
  const parts: string[] = [];
  for (const s of field.subfields) if (codes.includes(s.code) && s.value.trim()) parts.push(s.value.trim());
  const text = trimIsbd(parts.join(separator));
  return text ? text : null;
}

const sameValueKey = (value: string) => value.toLowerCase().replace(/\s+/g, ' ');
/** The comparison keys of each list pushUnique fills, so that a value is compared without lower-casing the list again. */
const listKeys = new WeakMap<string[], Set<string>>();

/** Appends a value once, comparing case- and space-insensitively; keeps the first spelling. */
export function pushUnique(list: string[], value: string | null): void {
  if (!value) return;
  let keys = listKeys.get(list);
  // Made anew when the list was filled some other way as well.
  if (keys === undefined || keys.size !== list.length) listKeys.set(list, (keys = new Set(list.map(sameValueKey))));
  const key = sameValueKey(value);
  if (keys.has(key)) return;
  keys.add(key);
  list.push(value);
}
