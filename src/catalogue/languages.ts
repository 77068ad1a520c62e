// Language codes of a record: 008/35-37 first, then 041 $a $d; MARC codes, cleaned and deduplicated.
import { controlField, dataFields } from '../marc/marc-record.ts';
import type { MarcRecord } from '../marc/marc-record.ts';

/** Obsolete MARC language codes still found in old records, and the codes that replaced them. */
const REPLACED: Readonly<Record<string, string>> = {
  ajm: 'ara', cam: 'khm', esk: 'iku', esp: 'epo', eth: 'gez', far: 'fao', fri: 'fry', gae: 'gla', gag: 'glg',
  int: 'ina', iri: 'gle', lan: 'oci', lap: 'smi', max: 'glv', mla: 'mlg', mol: 'rum', sao: 'smo', scc: 'srp',
  scr: 'hrv', sho: 'sna', snh: 'sin', sso: 'sot', swz: 'ssw', tag: 'tgl', taj: 'tgk', tar: 'tat', tru: 'chk',
  tsw: 'tsn',
};

/**
 * Codes that say nothing a patron can filter on: no linguistic content (zxx), undetermined (und),
 * placeholder fill and blanks. "mul" (multiple languages) is kept only when nothing more precise is given.
 */
const NOT_A_LANGUAGE = new Set(['zxx', 'und', 'xxx', 'nnn', 'uuu', 'nul']);

function cleanCode(raw: string): string | null {
  const code = raw.trim().toLowerCase();
  if (!/^[a-z]{3}$/.test(code) || NOT_A_LANGUAGE.has(code)) return null;
  return REPLACED[code] ?? code;
}

/** Old records pack several codes into one 041 $a ("engfre"): split them in threes. */
function codesIn(value: string): string[] {
  const compact = value.trim();
  if (/^[a-zA-Z]{6,}$/.test(compact) && compact.length % 3 === 0) return compact.match(/.{3}/g) ?? [];
  return [compact];
}

/** The record's languages, primary first; never duplicates, never "zxx"/"und"/blank; "mul" only alone. */
export function recordLanguages(marc: MarcRecord): string[] {
  const out: string[] = [];
  const add = (raw: string): void => {
    const code = cleanCode(raw);
    if (code && !out.includes(code)) out.push(code);
  };
  const fixed = controlField(marc, '008');
  if (fixed && fixed.length >= 38) add(fixed.slice(35, 38));
  for (const field of dataFields(marc, '041')) {
    for (const s of field.subfields) if (s.code === 'a' || s.code === 'd') codesIn(s.value).forEach(add);
  }
  return out.length > 1 ? out.filter((c) => c !== 'mul') : out;
}
