// The koha-rest connector: live availability of a member's records from Koha's REST API. Its local ids must be Koha
// biblionumbers — records harvested with 001 = biblionumber (Koha's autoControlNumber), or without 001 and with
// idFallbacks ["999c"] — ids of any other form are simply not Koha's and stay absent from the answer.
import type { Holding, LibraryId } from '../../core/types.ts';
import type { SourceConfig } from '../../config/config.schema.ts';
import { resolveSecret } from '../../config/load-config.ts';
import type { Availability, Connector } from '../connector.ts';
import type { ConnectorOptions } from '../connector-options.ts';
import { sourceError } from '../marc-payload.ts';
import { KohaRestClient } from './koha-rest.client.ts';
import { kohaItemHolding } from './koha-rest.mapping.ts';

export type KohaRestSettings = Extract<SourceConfig, { kind: 'koha-rest' }>;

export interface KohaRestOptions extends ConnectorOptions {
  /** Reads a secret written as `env:NAME`, `file:/path` or a literal; from process.env and files by default. */
  readonly resolveSecret?: (value: string) => string;
  /** Milliseconds since the epoch; injected for tests. */
  readonly clock?: () => number;
  readonly fetch?: typeof fetch;
}

/** Biblios asked at the same time: a work page needs a few, and a library system should not feel one reader. */
const CONCURRENT_REQUESTS = 4;

const BIBLIONUMBER = /^[1-9]\d{0,17}$/;

/** Secrets are resolved here, at start-up: a missing one is a configuration error now, not a failure at every page. */
export function createKohaRestConnector(library: LibraryId, settings: KohaRestSettings, options: KohaRestOptions = {}): Connector {
  const clock = options.clock ?? Date.now;
  const secret = options.resolveSecret ?? ((value: string) => resolveSecret(value));
  const client = new KohaRestClient({
    source: library,
    url: settings.url,
    clientId: secret(settings.clientId),
    clientSecret: secret(settings.clientSecret),
    timeoutMs: options.timeoutMs,
    clock,
    fetch: options.fetch,
  });
  const branchMap = typeof settings.holdings === 'object' && settings.holdings !== null ? settings.holdings.branchMap ?? {} : {};
  const branches = options.branches ?? [];

  const availability: Availability = {
    async availability(localIds, signal) {
      const ctx = { library, branches, branchMap, asOf: new Date(clock()).toISOString() };
      const found = new Map<string, Holding[]>();
      try {
        await eachAtMost(CONCURRENT_REQUESTS, [...new Set(localIds)].filter((id) => BIBLIONUMBER.test(id)), async (biblioId) => {
          const items = await client.biblioItems(biblioId, signal);
          if (items !== null) found.set(biblioId, items.map((item) => kohaItemHolding(item, ctx)));
        });
      } catch (error) {
        throw sourceError(library, error, signal);
      }
      return found;
    },
  };
  return { library, kind: 'koha-rest', availability };
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure rejects. */
async function eachAtMost<T>(limit: number, items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
