// Access points of a record: authors (1XX, 7XX), subjects (6XX), genres (655) and series (490, 8XX).
import { dataFields, subfield } from '../marc/marc-record.ts';
import type { DataField, MarcRecord } from '../marc/marc-record.ts';
import { joined, pushUnique, trimIsbd } from './display-text.ts';
import { nameMatchKey } from './text-normalize.ts';

/** Name parts shown: personal $a + numeration $b ("Karl XII"); corporate $a + subordinate units $b; meeting $a. */
function displayName(field: DataField): string | null {
  return joined(field, field.tag.endsWith('11') ? 'a' : 'ab');
}

/**
 * Authors, main entry first: 100/110/111 then 700/710/711 (analytical 7XX with a title $t are other works
 * and left out). Relator terms ($e, $4) and dates are not part of the display form. When the same person
 * appears twice ("Manninen, O." and "Manninen, Otto"), the fuller spelling is kept in the first position.
 */
export function recordAuthors(marc: MarcRecord): string[] {
  const names: string[] = [];
  const keys: string[] = [];
  for (const field of dataFields(marc, '100', '110', '111', '700', '710', '711')) {
    if (field.tag.startsWith('7') && subfield(field, 't') !== null) continue;
    const name = displayName(field);
    if (!name) continue;
    const key = nameMatchKey(name);
    const seen = keys.indexOf(key);
    if (seen < 0) {
      names.push(name);
      keys.push(key);
    } else if (name.length > names[seen].length && spellsOut(names[seen], name)) {
      names[seen] = name;
    }
  }
  return names;
}

/** Initials of the forenames: "Runeberg, Johan Ludvig" and "Runeberg, J. L." both give "jl". */
function forenameInitials(name: string): string {
  const forenames = name.slice(name.indexOf(',') + 1);
  return forenames.split(/[\s.,-]+/).filter(Boolean).map((w) => w.charAt(0).toLowerCase()).join('');
}

/** True when `longer` spells out `shorter` ("Manninen, O." → "Manninen, Otto"), not a different forename. */
function spellsOut(shorter: string, longer: string): boolean {
  return shorter.includes(',') && forenameInitials(longer).startsWith(forenameInitials(shorter));
}

/** The heading part of a subject field, before its subdivisions. */
const HEADING_CODES: Readonly<Record<string, string>> = {
  '600': 'abcdqt', '610': 'abt', '611': 'acdnt', '630': 'anp', '648': 'a', '650': 'ab', '651': 'a',
};
const SUBDIVISIONS = 'vxyz';

function subjectString(field: DataField): string | null {
  const heading = joined(field, HEADING_CODES[field.tag] ?? 'a');
  if (!heading) return null;
  const parts = [heading];
  for (const s of field.subfields) {
    const value = SUBDIVISIONS.includes(s.code) ? trimIsbd(s.value) : '';
    if (value) parts.push(value);
  }
  return parts.join(' -- ');
}

/** Subject strings "Main -- sub -- sub" from 600–651, and each 653 term; deduplicated, first spelling kept. */
export function recordSubjects(marc: MarcRecord): string[] {
  const out: string[] = [];
  for (const field of dataFields(marc, '600', '610', '611', '630', '648', '650', '651', '653')) {
    if (field.tag === '653') {
      for (const s of field.subfields) if (s.code === 'a') pushUnique(out, trimIsbd(s.value) || null);
    } else {
      pushUnique(out, subjectString(field));
    }
  }
  return out;
}

/** Genre/form terms (655 $a with its subdivisions), deduplicated. */
export function recordGenres(marc: MarcRecord): string[] {
  const out: string[] = [];
  for (const field of dataFields(marc, '655')) {
    const term = joined(field, 'a');
    if (!term) continue;
    const subdivisions = field.subfields.filter((s) => SUBDIVISIONS.includes(s.code)).map((s) => trimIsbd(s.value)).filter(Boolean);
    pushUnique(out, [term, ...subdivisions].join(' -- '));
  }
  return out;
}

/** Series titles: 490 $a, 830 $a, and the title ($t) of 800/810/811; without volume numbers, deduplicated. */
export function recordSeries(marc: MarcRecord): string[] {
  const out: string[] = [];
  for (const field of dataFields(marc, '490', '800', '810', '811', '830')) {
    const code = field.tag === '490' || field.tag === '830' ? 'a' : subfield(field, 't') !== null ? 't' : 'a';
    const value = subfield(field, code);
    pushUnique(out, value ? trimIsbd(value) || null : null);
  }
  return out;
}
