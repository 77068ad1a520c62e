// The demo library system as a connector: harvests each member's share of the real demo records (demo-catalogue.ts)
// with its demo copies. Loan status and due dates follow the day, so the cursor is the day of the last complete
// harvest: the same day again gives nothing, a new day everything (the day's circulation), a crash resumes mid-way.
import type { Library } from '../../core/types.ts';
import type { Connector, HarvestCursor, HarvestItem, HarvestRequest } from '../connector.ts';
import { DEFAULT_BATCH_SIZE } from '../connector-options.ts';
import { demoCatalogue } from './demo-catalogue.ts';

export interface DemoConnectorOptions {
  readonly clock?: () => Date;
  /** Records between checkpoints; default 100. */
  readonly batchSize?: number;
  /** The demo MARC files (default: demo/marc). */
  readonly files?: readonly string[];
}

interface DemoCursor {
  /** YYYY-MM-DD: the day whose circulation the records carry. */
  readonly day: string;
  /** Records of that day committed so far. */
  readonly records: number;
  readonly complete: boolean;
}

function readDemoCursor(since: HarvestCursor | null): DemoCursor | null {
  try {
    const cursor = JSON.parse(since ?? 'null') as Partial<DemoCursor> | null;
    if (typeof cursor?.day === 'string' && Number.isSafeInteger(cursor.records) && typeof cursor.complete === 'boolean') return cursor as DemoCursor;
  } catch {
    // Not ours: harvesting everything again is always right.
  }
  return null;
}

const cursorOf = (cursor: DemoCursor): HarvestCursor => JSON.stringify(cursor);

export function createDemoConnector(library: Library, allLibraries: readonly Library[], options: DemoConnectorOptions = {}): Connector {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  async function* harvest(request: HarvestRequest): AsyncGenerator<HarvestItem> {
    const { signal } = request;
    signal.throwIfAborted();
    const today = options.clock?.() ?? new Date();
    const day = today.toISOString().slice(0, 10);
    const from = request.full ? null : readDemoCursor(request.since);
    const skip = from?.day === day ? from.records : 0;
    if (from?.day === day && from.complete) {
      yield { kind: 'checkpoint', cursor: cursorOf(from) };
      return;
    }
    let records = 0;
    for await (const result of demoCatalogue(library, allLibraries, today, options.files ? [...options.files] : undefined)) {
      signal.throwIfAborted();
      records = result.position;
      if (records <= skip) continue;
      yield { kind: 'record', result };
      if (records % batchSize === 0) yield { kind: 'checkpoint', cursor: cursorOf({ day, records, complete: false }) };
    }
    yield { kind: 'checkpoint', cursor: cursorOf({ day, records, complete: true }) };
  }

  return { library: library.id, kind: 'demo', harvest: { harvest } };
}
