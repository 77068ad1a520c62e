// Publication facts of a record: year (008, 264, 260), publisher and place, intended audience (008/22, 385).
import type { Audience } from '../core/types.ts';
import { controlField, dataFields, subfield } from '../marc/marc-record.ts';
import type { DataField, MarcRecord } from '../marc/marc-record.ts';
import { trimIsbd } from './display-text.ts';

const EARLIEST_YEAR = 1450;

function saneYear(year: number, latest: number): number | null {
  return year >= EARLIEST_YEAR && year <= latest ? year : null;
}

/** The publication statement: 264 with ind2 1 (publication) first, then 260, then any 264. */
function publicationField(marc: MarcRecord): DataField | null {
  const rda = dataFields(marc, '264');
  return rda.find((f) => f.ind2 === '1') ?? dataFields(marc, '260')[0] ?? rda[0] ?? null;
}

/**
 * Year of publication: 008/07-10 when it is a plain year (not "19uu", not blank), else the first four-digit
 * year in the publication statement's $c ("cop. 2010 [dvs 2009]" → 2010). Years before 1450 or more than a
 * year after `asOf` are typing errors and give null.
 */
export function publicationYear(marc: MarcRecord, asOf: string): number | null {
  const latest = (Number(asOf.slice(0, 4)) || new Date().getUTCFullYear()) + 1;
  const fixed = controlField(marc, '008') ?? '';
  const date1 = fixed.slice(7, 11);
  if (/^\d{4}$/.test(date1) && !'bn'.includes(fixed.charAt(6) || 'x')) {
    const year = saneYear(Number(date1), latest);
    if (year !== null) return year;
  }
  const field = publicationField(marc);
  for (const value of field ? field.subfields.filter((s) => s.code === 'c').map((s) => s.value) : []) {
    for (const match of value.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
      const year = saneYear(Number(match[1]), latest);
      if (year !== null) return year;
    }
  }
  return null;
}

/** Publisher ($b) and place ($a) of the publication statement, ISBD punctuation trimmed. */
export function publisherAndPlace(marc: MarcRecord): { publisher: string | null; place: string | null } {
  const field = publicationField(marc);
  const clean = (value: string | null): string | null => (value ? trimIsbd(value) || null : null);
  return { publisher: clean(field ? subfield(field, 'b') : null), place: clean(field ? subfield(field, 'a') : null) };
}

/**
 * 008/22 target audience, for the record types that define it (books, music, visual material, computer files).
 * a preschool, b primary, c pre-adolescent, j juvenile → children; d adolescent → youth;
 * e adult, f specialized, g general → adult (a public library's general collection is its adult collection;
 * material meant for children is coded a/b/c/j). Blank, "|" and unknown codes say nothing.
 */
const AUDIENCE_008: Readonly<Record<string, Audience>> = {
  a: 'children', b: 'children', c: 'children', j: 'children', d: 'youth', e: 'adult', f: 'adult', g: 'adult',
};
const TYPES_WITH_AUDIENCE = new Set(['a', 't', 'c', 'd', 'i', 'j', 'g', 'k', 'o', 'r', 'm']);

/** 385 $a terms in English, Swedish and Finnish. */
const AUDIENCE_TERMS: readonly (readonly [RegExp, Audience])[] = [
  [/\b(children|juvenile|barn|lapset|preschool|förskolebarn)/i, 'children'],
  [/\b(adolescents?|teenagers?|young adults?|ungdom|ungdomar|unga vuxna|nuoret)/i, 'youth'],
  [/\b(adults?|vuxna|aikuiset)/i, 'adult'],
];

export function intendedAudience(marc: MarcRecord): Audience | null {
  const fixed = controlField(marc, '008') ?? '';
  const type = marc.leader.charAt(6);
  const level = marc.leader.charAt(7);
  if (TYPES_WITH_AUDIENCE.has(type) && level !== 's' && level !== 'i') {
    const audience = AUDIENCE_008[fixed.charAt(22)];
    if (audience) return audience;
  }
  for (const field of dataFields(marc, '385')) {
    for (const term of field.subfields.filter((s) => s.code === 'a').map((s) => s.value)) {
      const hit = AUDIENCE_TERMS.find(([pattern]) => pattern.test(term));
      if (hit) return hit[1];
    }
  }
  return null;
}
