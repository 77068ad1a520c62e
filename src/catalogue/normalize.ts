// MARC record → BibRecord: the normalized fields the catalogue searches, groups and shows.
import { errors } from '../core/errors.ts';
import { recordId } from '../core/ids.ts';
import type { BibRecord, LibraryId, OnlineLink } from '../core/types.ts';
import { controlField, dataFields, subfield } from '../marc/marc-record.ts';
import type { DataField, MarcRecord } from '../marc/marc-record.ts';
import { recordAuthors, recordGenres, recordSeries, recordSubjects } from './access-points.ts';
import { joined, pushUnique, trimIsbd } from './display-text.ts';
import { detectFormats } from './formats.ts';
import { mapHoldings } from './holdings-mapping.ts';
import type { HoldingsContext, HoldingsMapping } from './holdings-mapping.ts';
import {
  normalizeIsbn, normalizeIssn, normalizeStandardNumber, publisherNumber, unionCatalogueNumber,
} from './identifiers.ts';
import { recordLanguages } from './languages.ts';
import { intendedAudience, publicationYear, publisherAndPlace } from './publication.ts';
import { sortKey } from './text-normalize.ts';

/** Bump whenever normalizeRecord's output changes, so stored records are normalized again. */
export const NORMALIZER_VERSION = 1;

export interface NormalizeContext extends HoldingsContext {
  readonly library: LibraryId;
  readonly localId: string;
  /** ISO timestamp of the harvest: the holdings' `asOf`, and the upper bound of a sane year. */
  readonly asOf: string;
  /** Null when the source's records carry no item fields. */
  readonly holdings: HoldingsMapping | null;
}

/**
 * The record's local id: 001 (trimmed) first, then each fallback ("035a" = first 035 $a, "999c" = Koha's
 * biblionumber) in order. Null when none holds a usable id — the record is rejected.
 */
export function recordLocalId(marc: MarcRecord, fallbacks: readonly string[]): string | null {
  const usable = (value: string | null): string | null => {
    const id = value?.trim() ?? '';
    return id && id.length <= 200 && !/[\u0000-\u001f\u007f]/.test(id) ? id : null;
  };
  const control = usable(controlField(marc, '001'));
  if (control) return control;
  for (const spec of fallbacks) {
    const tag = spec.slice(0, 3);
    const code = spec.slice(3, 4);
    for (const field of dataFields(marc, tag)) {
      const id = usable(subfield(field, code));
      if (id) return id;
    }
  }
  return null;
}

/** Title proper from 245 $a $n $p, falling back to 245 $k, uniform title, or a varying title. */
function titleProper(marc: MarcRecord): { title: string; nonfiling: number } | null {
  const field = dataFields(marc, '245')[0];
  const proper = field ? joined(field, 'anp') ?? joined(field, 'k') : null;
  if (field && proper) return { title: proper, nonfiling: /^[1-9]$/.test(field.ind2) ? Number(field.ind2) : 0 };
  for (const [tag, code] of [['130', 'a'], ['240', 'a'], ['246', 'a'], ['740', 'a']] as const) {
    for (const other of dataFields(marc, tag)) {
      const value = subfield(other, code);
      if (value && trimIsbd(value)) return { title: trimIsbd(value), nonfiling: 0 };
    }
  }
  return null;
}

function firstJoined(marc: MarcRecord, tag: string, codes: string): string | null {
  for (const field of dataFields(marc, tag)) {
    const value = joined(field, codes);
    if (value) return value;
  }
  return null;
}

function allJoined(marc: MarcRecord, tags: readonly string[], codes: string): string[] {
  const out: string[] = [];
  for (const field of dataFields(marc, ...tags)) pushUnique(out, joined(field, codes));
  return out;
}

function identifiers(marc: MarcRecord): Pick<BibRecord, 'isbns' | 'issns' | 'otherIds'> {
  const isbns: string[] = [];
  const issns: string[] = [];
  const otherIds: string[] = [];
  for (const f of dataFields(marc, '020')) for (const s of f.subfields) if (s.code === 'a') pushUnique(isbns, normalizeIsbn(s.value));
  for (const f of dataFields(marc, '022')) for (const s of f.subfields) if (s.code === 'a') pushUnique(issns, normalizeIssn(s.value));
  for (const f of dataFields(marc, '024')) {
    const source = subfield(f, '2')?.toLowerCase() ?? '';
    const product = f.ind1 === '1' || f.ind1 === '3' || source.startsWith('gtin') || source === 'ean';
    const value = subfield(f, 'a');
    if (value) pushUnique(otherIds, normalizeStandardNumber(value, product ? 'product' : 'other'));
  }
  for (const f of dataFields(marc, '028')) {
    const value = subfield(f, 'a');
    if (value) pushUnique(otherIds, publisherNumber(value, subfield(f, 'b')));
  }
  for (const f of dataFields(marc, '035')) {
    const value = subfield(f, 'a');
    if (value) pushUnique(otherIds, unionCatalogueNumber(value));
  }
  return { isbns, issns, otherIds };
}

/** http(s) links only (javascript:, data: and relative links are dropped); label from $y, $z or $3. */
function onlineLinks(marc: MarcRecord): OnlineLink[] {
  const out: OnlineLink[] = [];
  for (const field of dataFields(marc, '856')) {
    for (const raw of field.subfields.filter((s) => s.code === 'u').map((s) => s.value.trim())) {
      const url = safeUrl(raw);
      if (!url || out.some((l) => l.url === url)) continue;
      const label = subfield(field, 'y') ?? subfield(field, 'z') ?? subfield(field, '3');
      out.push({ url, label: label ? trimIsbd(label) || null : null });
    }
  }
  return out;
}

function safeUrl(raw: string): string | null {
  if (!/^https?:\/\//i.test(raw)) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Contents notes: 505 $a, or its enhanced form ($g $t $r). */
function contents(field: DataField): string | null {
  return joined(field, 'a') ?? joined(field, 'gtr');
}

/**
 * Normalizes one record. Throws `marc-invalid` when the record has no title at all (no 245 $a/$k and no
 * uniform or varying title): such a record cannot be shown or grouped, so ingest rejects it by reason.
 */
export function normalizeRecord(marc: MarcRecord, ctx: NormalizeContext): BibRecord {
  const proper = titleProper(marc);
  if (!proper) {
    throw errors.marcInvalid(`Record ${ctx.localId} has no title`, { localId: ctx.localId });
  }
  const f245 = dataFields(marc, '245')[0];
  const languages = recordLanguages(marc);
  const notes = allJoined(marc, ['500'], 'a');
  for (const field of dataFields(marc, '505')) pushUnique(notes, contents(field));
  const description = allJoined(marc, ['520'], 'ab');
  return {
    id: recordId(ctx.library, ctx.localId),
    library: ctx.library,
    localId: ctx.localId,
    title: proper.title,
    subtitle: f245 ? joined(f245, 'b') : null,
    sortTitle: sortKey(proper.title, proper.nonfiling, languages[0] ?? null),
    responsibility: f245 ? joined(f245, 'c') : null,
    authors: recordAuthors(marc),
    uniformTitle: firstJoined(marc, '130', 'anpk') ?? firstJoined(marc, '240', 'anpk'),
    year: publicationYear(marc, ctx.asOf),
    formats: detectFormats(marc),
    languages,
    subjects: recordSubjects(marc),
    genres: recordGenres(marc),
    audience: intendedAudience(marc),
    ...identifiers(marc),
    ...publisherAndPlace(marc),
    edition: firstJoined(marc, '250', 'ab'),
    extent: firstJoined(marc, '300', 'abce'),
    description: description.length > 0 ? description.join('\n') : null,
    series: recordSeries(marc),
    notes,
    onlineLinks: onlineLinks(marc),
    holdings: ctx.holdings ? mapHoldings(marc, ctx.holdings, ctx) : [],
  };
}
