// What an import knows of one record before it meets the store: its local id, its stored form, its hash and its
// normalization. The import's own thread and the import worker make it with this same code.
import { createHash } from 'node:crypto';
import { isSamverkaError } from '../core/errors.ts';
import type { BibRecord, LibraryId } from '../core/types.ts';
import type { HoldingsMapping } from '../catalogue/holdings-mapping.ts';
import { groupingFeatures, type GroupingFeatures } from '../catalogue/grouping-features.ts';
import { NORMALIZER_VERSION, normalizeRecord, recordLocalId } from '../catalogue/normalize.ts';
import { canonicalIso2709 } from '../marc/iso2709.ts';
import { writeMarcXml } from '../marc/marcxml.ts';
import type { MarcRecord } from '../marc/marc-record.ts';
import { rejectionReason, type MarcReadResult } from '../marc/read-result.ts';
import type { RawMarc } from '../store/store.ts';

export interface BatchContext {
  readonly library: LibraryId;
  readonly holdings: HoldingsMapping | null;
  readonly branches: readonly string[];
  /** The import's time: `updatedAt` of what it changes, `asOf` of the holdings it reads. */
  readonly asOf: string;
  readonly preferredLanguage?: string;
}

export interface Rejection {
  readonly position: number;
  /** The record's id as the source gave it; empty when it could not be read. */
  readonly id: string;
  readonly reason: string;
}

/**
 * The normalized record with its grouping features (made with it, in the import worker when there is one), or why
 * normalizing it failed (the record is rejected only if it changed).
 */
export type Normalized =
  | { readonly ok: true; readonly record: BibRecord; readonly features: GroupingFeatures; readonly recordJson?: string }
  | { readonly ok: false; readonly reason: string };

export interface RecordContent {
  readonly raw: RawMarc;
  readonly hash: string;
  normalized(): Normalized;
}

export interface BatchEntry {
  readonly position: number;
  readonly localId: string;
  /** Null for a deletion (leader/05 `d`): nothing of it is stored. */
  readonly content: RecordContent | null;
}

/** One record read: an entry for the batch, or its rejection. */
export type ImportItem = { readonly entry: BatchEntry } | { readonly rejection: Rejection };

/**
 * What a record's hash covers besides its MARC: everything that shapes its normalization. Change any of it
 * (a new normalizer, another item mapping, other branches) and every record is normalized again.
 */
export function normalizationFingerprint(ctx: Pick<BatchContext, 'holdings' | 'branches'>): string {
  return JSON.stringify({ normalizer: NORMALIZER_VERSION, holdings: ctx.holdings, branches: ctx.branches });
}

export function contentHash(fingerprint: string, raw: RawMarc): string {
  return createHash('sha256').update(fingerprint).update('\n').update(raw.data).digest('base64url');
}

/**
 * The record as stored: canonical ISO 2709 in UTF-8 (compact, the usual exchange form), or MARCXML for a
 * record beyond ISO 2709's length limits. Canonical, so the same content always gives the same bytes and hash.
 */
export function rawMarc(marc: MarcRecord): RawMarc {
  try {
    return { format: 'iso2709', data: canonicalIso2709(marc) };
  } catch (error) {
    if (!isSamverkaError(error, 'marc-invalid')) throw error;
    return { format: 'marcxml', data: writeMarcXml(marc) };
  }
}

export function normalized(marc: MarcRecord, ctx: BatchContext, localId: string): Normalized {
  try {
    const record = normalizeRecord(marc, { ...ctx, localId });
    return { ok: true, record, features: groupingFeatures(record) };
  } catch (error) {
    return { ok: false, reason: rejectionReason(error) };
  }
}

/** "035a" → "035 $a". */
function fieldLabel(spec: string): string {
  return `${spec.slice(0, 3)} $${spec.slice(3)}`;
}

/** A record read, sorted into a rejection, a deletion, or a record with content (`null`: the caller makes it). */
export function readItem(
  result: MarcReadResult, fallbacks: readonly string[],
): { rejection: Rejection } | { position: number; localId: string; marc: MarcRecord; deletion: boolean } {
  if (!result.ok) return { rejection: { position: result.position, id: result.id ?? '', reason: result.reason } };
  const localId = recordLocalId(result.record, fallbacks);
  if (localId === null) {
    return { rejection: { position: result.position, id: '', reason: `no record id (${['001', ...fallbacks.map(fieldLabel)].join(', ')})` } };
  }
  return { position: result.position, localId, marc: result.record, deletion: result.record.leader[5] === 'd' };
}

/** Prepares records in the import's own thread, normalizing only those the batch finds changed. */
export async function* preparedHere(
  input: AsyncIterable<MarcReadResult>, ctx: BatchContext, fingerprint: string, fallbacks: readonly string[],
): AsyncGenerator<ImportItem> {
  for await (const result of input) {
    const item = readItem(result, fallbacks);
    if ('rejection' in item) {
      yield item;
      continue;
    }
    const { position, localId, marc } = item;
    if (item.deletion) {
      yield { entry: { position, localId, content: null } };
      continue;
    }
    const raw = rawMarc(marc);
    const content: RecordContent = { raw, hash: contentHash(fingerprint, raw), normalized: () => normalized(marc, ctx, localId) };
    yield { entry: { position, localId, content } };
  }
}
