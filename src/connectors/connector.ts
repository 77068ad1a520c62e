// The connector interface (DESIGN.md §7): one member library's system, with optional typed capabilities.
// Calls are routed by the record id's library prefix; every implementation runs connector.contract.ts.
// src/connectors imports core, marc and config (for the validated source settings) only.
import type { Holding, LibraryId } from '../core/types.ts';
import type { MarcReadResult } from '../marc/marc-reader.ts';

export type ConnectorKind = 'marc-file' | 'oai-pmh' | 'sru' | 'z3950' | 'koha-rest' | 'sip2' | 'demo';

/**
 * Where a harvest stopped, owned and understood only by the connector that wrote it (a datestamp, a list of
 * files already processed, a result-set offset …). Stored by the harvest service after each committed batch.
 */
export type HarvestCursor = string;

export interface HarvestRequest {
  /** The cursor of the last committed checkpoint; null harvests from the beginning. */
  readonly since: HarvestCursor | null;
  /** A full harvest: everything the source has, from the beginning, whatever `since` says. */
  readonly full: boolean;
  readonly signal: AbortSignal;
}

/**
 * What a harvest yields, in order. A `checkpoint` says that everything yielded before it may be committed and
 * that a harvest resumed later may start from its cursor; a connector yields one at least at the end of a
 * successful harvest. Record-level problems are `record` items whose result is a rejection, never a throw;
 * a throw means the source failed (unreachable, protocol error) and the harvest stops.
 */
export type HarvestItem =
  | { readonly kind: 'record'; readonly result: MarcReadResult }
  | { readonly kind: 'deleted'; readonly localId: string }
  | { readonly kind: 'checkpoint'; readonly cursor: HarvestCursor };

export interface Harvester {
  harvest(request: HarvestRequest): AsyncIterable<HarvestItem>;
}

export interface RemoteSearchResult {
  readonly total: number;
  readonly records: readonly MarcReadResult[];
}

/** Live search in the member's own catalogue (SRU, Z39.50). `query` is in the source's own query language. */
export interface RemoteSearch {
  search(query: string, options: { readonly start: number; readonly count: number; readonly signal: AbortSignal }): Promise<RemoteSearchResult>;
}

/** Live item status for local record ids; ids the source does not know are absent from the map. */
export interface Availability {
  availability(localIds: readonly string[], signal: AbortSignal): Promise<Map<string, Holding[]>>;
}

export interface Connector {
  readonly library: LibraryId;
  readonly kind: ConnectorKind;
  readonly harvest?: Harvester;
  readonly search?: RemoteSearch;
  readonly availability?: Availability;
  close?(): Promise<void>;
}
