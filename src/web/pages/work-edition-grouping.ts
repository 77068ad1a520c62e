// A work's editions: the records of one manifestation across member libraries folded into one entry, newest first.
import type { BibRecord } from '../../core/types.ts';

export interface Edition {
  /** The records of this manifestation, one per library catalogue (sometimes more, when a library has duplicates). */
  readonly records: readonly BibRecord[];
  /** The record that describes the edition most fully: its fields stand for the edition. */
  readonly record: BibRecord;
  /** Every ISBN any of its records gives. */
  readonly isbns: readonly string[];
}

/**
 * Records are one manifestation when they share an ISBN; without an ISBN, when year, publisher, edition statement,
 * formats and primary language all agree and their page counts (the first number of the extent) do not differ.
 * A record without ISBN or year stands alone: too little is known to say it is the same printing as another.
 * Editions come newest first; those without a year last.
 */
export function groupEditions(records: readonly BibRecord[]): Edition[] {
  const groups: BibRecord[][] = [];
  const groupOfKey = new Map<string, BibRecord[]>();
  for (const record of records) {
    const keys = manifestationKeys(record);
    const found = [...new Set(keys.map((k) => groupOfKey.get(k)).filter((g) => g !== undefined))];
    const group = found[0] ?? [];
    if (found.length === 0) groups.push(group);
    // A record with two ISBNs can join two groups seen so far: they were one edition all along.
    for (const other of found.slice(1)) {
      group.push(...other);
      groups.splice(groups.indexOf(other), 1);
      for (const moved of other) for (const k of manifestationKeys(moved)) groupOfKey.set(k, group);
    }
    group.push(record);
    for (const k of keys) groupOfKey.set(k, group);
  }
  return groups.flatMap(splitByExtent).map(toEdition).sort((a, b) => latestYear(b) - latestYear(a));
}

/** "1975, 9. muuttam. p., Bok": enough to tell an edition apart in a table row. */
export function editionLabel(record: BibRecord, formatName: (format: string) => string): string {
  return [record.year === null ? null : String(record.year), record.edition, ...record.formats.map(formatName)]
    .filter((part) => part !== null && part !== '').join(', ');
}

function manifestationKeys(record: BibRecord): string[] {
  // Only what still looks like an ISBN once compacted: a damaged 020 must not tie unrelated records together.
  const isbns = record.isbns.map((isbn) => isbn.toUpperCase().replace(/[^0-9X]/g, '')).filter((isbn) => /^(\d{9}[\dX]|\d{13})$/.test(isbn));
  if (isbns.length > 0) return isbns.map((isbn) => `isbn:${isbn}`);
  if (record.year === null) return [`record:${record.id}`];
  const formats = [...record.formats].sort().join(',');
  return [['described', record.year, comparable(record.publisher), comparable(record.edition), formats, record.languages[0] ?? ''].join('|')];
}

/**
 * Two printings of one year by one publisher can differ only in their extent ("238 s." and "266 s.", both Fennica,
 * WSOY 1928). A record that gives no extent joins the first of them. ISBN groups are left as they are.
 */
function splitByExtent(group: readonly BibRecord[]): BibRecord[][] {
  if (group.some((r) => manifestationKeys(r)[0].startsWith('isbn:'))) return [[...group]];
  const byPages = new Map<string, BibRecord[]>();
  const unknown: BibRecord[] = [];
  for (const record of group) {
    const pages = /\d+/.exec(record.extent ?? '')?.[0];
    if (pages === undefined) unknown.push(record);
    else byPages.set(pages, [...(byPages.get(pages) ?? []), record]);
  }
  const parts = [...byPages.values()];
  if (parts.length === 0) return [unknown];
  parts[0].push(...unknown);
  return parts;
}

/** Brackets, ISBD punctuation, case and spacing differ between catalogues that describe the same book. */
function comparable(text: string | null): string {
  return (text ?? '').normalize('NFC').toLowerCase().replace(/[[\]().,:;/=]/g, ' ').replace(/\s+/g, ' ').trim();
}

function toEdition(records: readonly BibRecord[]): Edition {
  return {
    records,
    record: records.reduce((best, r) => (completeness(r) > completeness(best) ? r : best)),
    isbns: [...new Set(records.flatMap((r) => r.isbns))],
  };
}

function completeness(record: BibRecord): number {
  const present = [record.subtitle, record.responsibility, record.publisher, record.place, record.edition, record.extent, record.year];
  return present.filter((value) => value !== null).length + record.isbns.length + record.series.length + record.notes.length;
}

/** Editions without a year sort after every dated one. */
function latestYear(edition: Edition): number {
  return Math.max(Number.MIN_SAFE_INTEGER, ...edition.records.map((r) => r.year ?? Number.MIN_SAFE_INTEGER));
}
