// The SRU connector: harvest by paging the configured CQL query with startRecord (a checkpoint per page), and
// live search in the member's catalogue. Every error names the library; the HTTP edge times out and retries.
import type { LibraryId } from '../../core/types.ts';
import { errors, isSamverkaError } from '../../core/errors.ts';
import type { SourceConfig } from '../../config/config.schema.ts';
import type { Connector, HarvestItem, HarvestRequest, RemoteSearchResult } from '../connector.ts';
import { DEFAULT_BATCH_SIZE, httpSettings, type ConnectorOptions } from '../connector-options.ts';
import { sourceError } from '../marc-payload.ts';
import { positionCursor, shrunk, startPosition } from '../result-set-cursor.ts';
import { SruClient } from './sru.client.ts';
import { POSITION_OUT_OF_RANGE, sruRecordResult } from './sru.mapping.ts';

export type SruSettings = Extract<SourceConfig, { kind: 'sru' }>;

export function createSruConnector(library: LibraryId, settings: SruSettings, options: ConnectorOptions = {}): Connector {
  const { logger } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const idFields = settings.idFallbacks ?? [];
  const client = new SruClient({
    source: library,
    baseUrl: settings.url,
    version: settings.version,
    recordSchema: settings.recordSchema,
    ...httpSettings(library, 'SRU', options),
  });

  async function* harvest(request: HarvestRequest): AsyncGenerator<HarvestItem> {
    const { signal } = request;
    const query = settings.harvestQuery;
    try {
      let { start, reason } = startPosition(request, query);
      if (reason !== null) logger?.warn({ library, reason }, 'SRU harvest starts from the first record');
      let total = (await client.searchRetrieve({ query, maximumRecords: 0, signal })).numberOfRecords;
      if (shrunk(start, total)) {
        logger?.warn({ library, start, total }, 'SRU result set shrank below the cursor: harvesting from the first record');
        start = 1;
      }
      if (start > total) {
        signal.throwIfAborted();
        yield { kind: 'checkpoint', cursor: positionCursor(start, query) };
        return;
      }
      while (start <= total) {
        const page = await client.searchRetrieve({ query, startRecord: start, maximumRecords: batchSize, signal });
        total = page.numberOfRecords;
        const next = page.nextRecordPosition ?? start + page.records.length;
        // The client does not guard single pages: an empty page or one pointing backwards would loop forever.
        if (page.records.length === 0 || next <= start) {
          throw errors.sourceFailed(library, `the SRU page at position ${start} of ${total} holds ${page.records.length} records and points to ${next}`);
        }
        for (const [i, result] of page.records.entries()) {
          const record = await sruRecordResult(result, start + i, idFields);
          signal.throwIfAborted();
          yield { kind: 'record', result: record };
        }
        signal.throwIfAborted();
        yield { kind: 'checkpoint', cursor: positionCursor(next, query) };
        start = next;
      }
    } catch (error) {
      throw sourceError(library, error, signal);
    }
  }

  async function search(query: string, { start, count, signal }: { start: number; count: number; signal: AbortSignal }): Promise<RemoteSearchResult> {
    try {
      const page = await client.searchRetrieve({ query, startRecord: start, maximumRecords: count, signal }).catch(async (error: unknown) => {
        // Paging past the last hit is an empty page, not a failure; the total comes from a count-only request.
        if (!isSamverkaError(error) || (error.details.diagnostic as { uri?: string } | undefined)?.uri !== POSITION_OUT_OF_RANGE) throw error;
        return { ...(await client.searchRetrieve({ query, maximumRecords: 0, signal })), records: [] };
      });
      const records = await Promise.all(page.records.map((r, i) => sruRecordResult(r, start + i, idFields)));
      return { total: page.numberOfRecords, records };
    } catch (error) {
      throw sourceError(library, error, signal);
    }
  }

  return { library, kind: 'sru', harvest: { harvest }, search: { search } };
}
