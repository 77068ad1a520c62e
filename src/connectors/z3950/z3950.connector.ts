// The Z39.50 connector: harvest by searching the configured PQF once and presenting the result set in batches (a
// checkpoint per batch), live search, and live availability from OPAC-syntax holdings when `syntax: opac`.
import type { Holding, LibraryId } from '../../core/types.ts';
import { errors } from '../../core/errors.ts';
import type { SourceConfig } from '../../config/config.schema.ts';
import type { Availability, Connector, HarvestItem, HarvestRequest, RemoteSearchResult } from '../connector.ts';
import { DEFAULT_BATCH_SIZE, type ConnectorOptions } from '../connector-options.ts';
import { sourceError } from '../marc-payload.ts';
import { positionCursor, shrunk, startPosition } from '../result-set-cursor.ts';
import type { PresentOptions } from './z3950.client.ts';
import { opacHoldings, opacRecordId, pqfTerm, z3950Charset, z3950RecordResult } from './z3950.mapping.ts';
import { parsePqf } from './pqf.ts';
import type { Z3950Record } from './z3950.records.ts';
import { Z3950Session } from './z3950.session.ts';

export type Z3950Settings = Extract<SourceConfig, { kind: 'z3950' }>;

/** Records presented per local id when asking for availability: a local number should match one record. */
const AVAILABILITY_CANDIDATES = 5;

export function createZ3950Connector(library: LibraryId, settings: Z3950Settings, options: ConnectorOptions = {}): Connector {
  const { logger } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const idFields = settings.idFallbacks ?? [];
  const charset = z3950Charset(library, settings.charset);
  try {
    parsePqf(settings.harvestQuery);
  } catch (error) {
    throw errors.configInvalid([`library ${library}: source.harvestQuery: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const connectOptions = {
    host: settings.host, port: settings.port, database: settings.database, source: library, timeoutMs: options.timeoutMs, charset: charset.negotiate,
  };
  // MARCXML comes without an element set name (Zebra and yaz-ztest both refuse "F" for XML); MARC and OPAC as full records.
  const present: PresentOptions = { syntax: settings.syntax, elementSet: settings.syntax === 'xml' ? null : 'F' };
  const live = new Z3950Session(connectOptions);
  const harvests = new Set<Z3950Session>();
  const asResult = (record: Z3950Record, position: number) => z3950RecordResult(record, position, charset.encoding, idFields);

  async function* harvest(request: HarvestRequest): AsyncGenerator<HarvestItem> {
    const { signal } = request;
    const query = settings.harvestQuery;
    // Its own association: the live one's result set is overwritten by every search.
    const session = new Z3950Session(connectOptions);
    harvests.add(session);
    try {
      let { start, reason } = startPosition(request, query);
      if (reason !== null) logger?.warn({ library, reason }, 'Z39.50 harvest starts from the first record');
      const { count: total } = await session.run(signal, (c) => c.search(query));
      if (shrunk(start, total)) {
        logger?.warn({ library, start, total }, 'Z39.50 result set shrank below the cursor: harvesting from the first record');
        start = 1;
      }
      do {
        const count = Math.min(batchSize, total - start + 1);
        const records = count > 0 ? await session.run(signal, (c) => c.present(start, count, present)) : [];
        for (const [i, record] of records.entries()) {
          const result = await asResult(record, start + i);
          signal.throwIfAborted();
          yield { kind: 'record', result };
        }
        start += records.length;
        signal.throwIfAborted();
        yield { kind: 'checkpoint', cursor: positionCursor(start, query) };
      } while (start <= total);
    } catch (error) {
      throw sourceError(library, error, signal);
    } finally {
      harvests.delete(session);
      await session.close();
    }
  }

  async function search(query: string, { start, count, signal }: { start: number; count: number; signal: AbortSignal }): Promise<RemoteSearchResult> {
    try {
      return await live.run(signal, async (c) => {
        const { count: total } = await c.search(query);
        const wanted = Math.min(count, total - start + 1);
        const records = wanted > 0 ? await c.present(start, wanted, present) : [];
        return { total, records: await Promise.all(records.map((r, i) => asResult(r, start + i))) };
      });
    } catch (error) {
      throw sourceError(library, error, signal);
    }
  }

  const holdingsMapping = typeof settings.holdings === 'object' ? settings.holdings : null;
  const availability: Availability = {
    async availability(localIds, signal) {
      const ctx = { library, branches: options.branches ?? [], branchMap: holdingsMapping?.branchMap ?? {}, asOf: new Date().toISOString() };
      try {
        return await live.run(signal, async (c) => {
          const found = new Map<string, Holding[]>();
          for (const localId of new Set(localIds)) {
            // Bib-1 use attribute 12, local number: the 001 the record id was made from.
            const { count } = await c.search(`@attr 1=12 ${pqfTerm(localId)}`);
            const records = count > 0 ? await c.present(1, Math.min(count, AVAILABILITY_CANDIDATES), { syntax: 'opac', elementSet: 'F' }) : [];
            const own = records.flatMap((r) => (r.kind === 'opac' && opacRecordId(r, charset.encoding) === localId ? [r] : []));
            if (own.length > 0) found.set(localId, own.flatMap((r) => opacHoldings(r, ctx)));
          }
          return found;
        });
      } catch (error) {
        throw sourceError(library, error, signal);
      }
    },
  };

  return {
    library,
    kind: 'z3950',
    harvest: { harvest },
    search: { search },
    ...(settings.syntax === 'opac' ? { availability } : {}),
    async close() {
      await Promise.all([live.close(), ...[...harvests].map((s) => s.close())]);
    },
  };
}
