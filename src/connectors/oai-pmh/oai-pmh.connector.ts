// The OAI-PMH connector: ListRecords, full or incremental from the last complete list's cursor, deletions as
// `deleted` items, `noRecordsMatch` as an empty harvest. Each page is committed with a checkpoint that does not
// move the cursor: a resumption token cannot be trusted after a crash (tokens expire, and many repositories keep
// them in memory), so a harvest resumed mid-list starts that list again; only a complete list moves the cursor.
import type { LibraryId } from '../../core/types.ts';
import { controlField } from '../../marc/marc-record.ts';
import type { SourceConfig } from '../../config/config.schema.ts';
import type { Connector, HarvestItem, HarvestRequest } from '../connector.ts';
import { httpSettings, type ConnectorOptions } from '../connector-options.ts';
import { sourceError } from '../marc-payload.ts';
import { OaiPmhClient } from './oai-pmh.client.ts';
import { FROM_THE_BEGINNING, harvestFrom, identifierLocalId, nextCursor, oaiHarvestItem } from './oai-pmh.mapping.ts';

export type OaiPmhSettings = Extract<SourceConfig, { kind: 'oai-pmh' }>;

export function createOaiPmhConnector(library: LibraryId, settings: OaiPmhSettings, options: ConnectorOptions = {}): Connector {
  const { logger } = options;
  const idFields = settings.idFallbacks ?? [];
  const client = new OaiPmhClient({ source: library, baseUrl: settings.url, ...httpSettings(library, 'OAI-PMH', options) });

  async function* harvest(request: HarvestRequest): AsyncGenerator<HarvestItem> {
    const { signal } = request;
    const { from, valid } = harvestFrom(request.since, request.full);
    if (!valid) logger?.warn({ library, cursor: request.since }, 'unreadable OAI-PMH cursor: harvesting from the beginning');
    const began = from === null ? FROM_THE_BEGINNING : (request.since as string);
    let firstResponseDate: string | null | undefined;
    let latestDatestamp: string | null = null;
    let position = 0;
    let foreignIds = 0;
    try {
      if (from !== null && (await client.identify(signal)).deletedRecord === 'no') {
        logger?.warn({ library }, 'the OAI-PMH repository keeps no deletions: records it withdraws stay until a full harvest');
      }
      for await (const page of client.listRecords({ metadataPrefix: settings.metadataPrefix, set: settings.set, from: from ?? undefined, signal })) {
        if (firstResponseDate === undefined) firstResponseDate = page.responseDate;
        for (const record of page.records) {
          if (latestDatestamp === null || record.header.datestamp > latestDatestamp) latestDatestamp = record.header.datestamp;
          const item = await oaiHarvestItem(record, ++position, idFields);
          const own = item.kind === 'record' && item.result.ok ? controlField(item.result.record, '001')?.trim() : undefined;
          if (own && own !== identifierLocalId(record.header.identifier)) foreignIds++;
          signal.throwIfAborted();
          yield item;
        }
        signal.throwIfAborted();
        yield { kind: 'checkpoint', cursor: began };
      }
      if (foreignIds > 0) {
        logger?.warn({ library, records: foreignIds }, 'OAI-PMH identifiers do not end with these records\' 001: their deletions cannot be matched by id');
      }
      signal.throwIfAborted();
      yield { kind: 'checkpoint', cursor: nextCursor(firstResponseDate ?? null, latestDatestamp, began) };
    } catch (error) {
      throw sourceError(library, error, signal);
    }
  }

  return { library, kind: 'oai-pmh', harvest: { harvest } };
}
