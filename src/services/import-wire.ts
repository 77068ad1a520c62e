// The import worker's messages: records prepared in the worker cross to the import's thread as compact data
// (ids, hashes, the normalized record as JSON, the raw MARC of a whole chunk in one transferred buffer).
import { SamverkaError, isSamverkaError, type ErrorCode } from '../core/errors.ts';
import type { MarcEncoding, MarcFormat } from '../marc/marc-reader.ts';
import type { BatchContext, ImportItem, Normalized, Rejection } from './record-content.ts';

export interface WorkerTask {
  readonly path: string;
  readonly format?: MarcFormat;
  readonly encoding?: MarcEncoding;
  readonly fallbacks: readonly string[];
  readonly ctx: BatchContext;
  readonly fingerprint: string;
}

export type WireItem =
  | { readonly rejection: Rejection }
  | { readonly position: number; readonly localId: string; readonly deletion: true }
  | {
      readonly position: number;
      readonly localId: string;
      readonly hash: string;
      /** ISO 2709: [start, end) in the chunk's bytes; MARCXML: the text. */
      readonly raw: readonly [number, number] | string;
      /** The normalized record as JSON, or null when normalizing failed for `reason`. */
      readonly json: string | null;
      /** Its grouping features as JSON, or null with `json`. */
      readonly features: string | null;
      readonly reason: string;
    };

export interface WireChunk {
  readonly items: readonly WireItem[];
  readonly bytes: ArrayBuffer;
}

export interface WireFailure {
  readonly code: ErrorCode | null;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** To the worker: its task, once, then a credit for one more chunk each time the import takes one. */
export type ParentMessage = { readonly task: WorkerTask } | 'more';

export type WorkerMessage = { readonly chunk: WireChunk } | { readonly failure: WireFailure } | { readonly done: true };

/** The items of a chunk as the batch takes them; the record JSON is parsed only for records that changed. */
export function unpackChunk(chunk: WireChunk): ImportItem[] {
  return chunk.items.map((item): ImportItem => {
    if ('rejection' in item) return item;
    const { position, localId } = item;
    if ('deletion' in item) return { entry: { position, localId, content: null } };
    const { raw, json, features, reason } = item;
    const normalized = (): Normalized =>
      json === null || features === null
        ? { ok: false, reason }
        : { ok: true, record: JSON.parse(json), features: JSON.parse(features), recordJson: json };
    return {
      entry: {
        position,
        localId,
        content: {
          raw: typeof raw === 'string'
            ? { format: 'marcxml', data: raw }
            : { format: 'iso2709', data: Buffer.from(chunk.bytes, raw[0], raw[1] - raw[0]) },
          hash: item.hash,
          normalized,
        },
      },
    };
  });
}

export function wireFailure(error: unknown): WireFailure {
  if (!isSamverkaError(error)) return { code: null, message: error instanceof Error ? error.message : String(error) };
  // Details are plain data by convention; any that are not cannot cross threads and are left behind.
  let details: Record<string, unknown> | undefined;
  try {
    details = JSON.parse(JSON.stringify(error.details)) as Record<string, unknown>;
  } catch {
    details = undefined;
  }
  return { code: error.code, message: error.message, details };
}

/** The worker's failure as the error the import would have met reading in its own thread. */
export function failureError(failure: WireFailure): Error {
  return failure.code === null ? new Error(failure.message) : new SamverkaError(failure.code, failure.message, { details: failure.details });
}
