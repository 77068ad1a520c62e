// Display text from MARC subfields: ISBD punctuation trimmed, initials and abbreviations kept.
import type { DataField } from '../marc/marc-record.ts';

/** Words whose final period is part of the word, so it stays at the end of a string ("7. uppl.", "Jr."). */
const ABBREVIATIONS = new Set([
  'ed', 'uppl', 'utg', 'rev', 'omarb', 'p', 's', 'sid', 'ff', 'jr', 'sr', 'co', 'inc', 'ltd', 'etc', 'bd', 'vol',
  'nr', 'no', 'dr', 'st', 'cop', 'ca', 'fl', 'ill', 'illustr', 'aufl', 'hrsg', 'éd', 'övers', 'suom', 'tr', 'in',
  'förl', 'bokförl', 'mr', 'mrs', 'ms',
]);

/**
 * Trims whitespace and trailing ISBD punctuation (" /", " :", " ;", " =", ","). A final period goes too,
 * unless it closes an initial ("J. L.") or an abbreviation ("7. uppl.", "Piratförl.,": a period before
 * ISBD punctuation always belongs to the word).
 */
export function trimIsbd(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const withoutIsbd = text.replace(/[\s/:;=,]+$/u, '');
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

/** Appends a value once, comparing case- and space-insensitively; keeps the first spelling. */
export function pushUnique(list: string[], value: string | null): void {
  if (!value) return;
  const key = value.toLowerCase().replace(/\s+/g, ' ');
  if (!list.some((v) => v.toLowerCase().replace(/\s+/g, ' ') === key)) list.push(value);
}
