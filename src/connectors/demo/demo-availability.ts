// Demo circulation: the demo library system answers live availability for its records. Its copies are those of the
// demo export (demo-holdings.ts); what happened to each copy today — returned, borrowed, sent to another branch — is
// drawn per copy and day, so the live answer can differ from the harvested status and every view of a day agrees.
// Everything this file makes up is demo data.
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errors } from '../../core/errors.ts';
import type { Holding, HoldingStatus, Library, LibraryId } from '../../core/types.ts';
import { controlField } from '../../marc/marc-record.ts';
import { readMarcFile } from '../../marc/marc-reader.ts';
import { idFromFields } from '../../marc/rejection-id.ts';
import type { Availability } from '../connector.ts';
import { demoCallNumber, demoMarcFiles, isOnlineResource } from './demo-catalogue.ts';
import { demoCopies, demoHoldersOf, stableHash, type DemoCopy } from './demo-holdings.ts';

export interface DemoCirculationOptions {
  readonly libraries: readonly Library[];
  /** Fields tried for a record's local id when 001 is missing, as the demo records are imported (default 035a, 999c). */
  readonly idFallbacks?: readonly string[];
  /** The demo MARC files (default: demo/marc). */
  readonly files?: readonly string[];
  readonly clock?: () => Date;
}

/** How a demo library's system answers, read at every call: slowly or not at all, to show a struggling source. */
export interface DemoAnswerBehaviour {
  readonly delayMs?: number;
  readonly failing?: boolean;
}

/** One record in a demo library's catalogue: the key its demo copies are drawn from, and its shelf mark. */
interface DemoRecordEntry {
  readonly key: string;
  readonly callNumber: string | null;
  /** An online resource: no copies on a shelf. */
  readonly online: boolean;
}

const DAY_MS = 86_400_000;
/** Loan period of the demo libraries. */
const LOAN_DAYS = 28;

export class DemoCirculation {
  /** Local id → record, per library; read from the demo files once, when first needed (about 0.1 s). */
  private catalogues: Promise<Map<LibraryId, Map<string, DemoRecordEntry>>> | null = null;
  private readonly clock: () => Date;

  constructor(private readonly options: DemoCirculationOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  availabilityFor(library: Library, behaviour: DemoAnswerBehaviour = {}): Availability {
    return {
      availability: async (localIds, signal) => {
        if (behaviour.delayMs) await sleep(behaviour.delayMs, undefined, { signal }).catch(() => signal.throwIfAborted());
        signal.throwIfAborted();
        if (behaviour.failing) throw errors.sourceUnavailable(library.id, new Error('the demo system is set to fail (availabilityFails)'));
        const catalogue = (await this.catalogueOf()).get(library.id) ?? new Map<string, DemoRecordEntry>();
        const today = this.clock();
        const found = new Map<string, Holding[]>();
        for (const localId of localIds) {
          const entry = catalogue.get(localId);
          if (entry) found.set(localId, entry.online ? [] : demoCopies(entry.key, library, today).map((copy) => liveHolding(copy, entry, today)));
        }
        return found;
      },
    };
  }

  private catalogueOf(): Promise<Map<LibraryId, Map<string, DemoRecordEntry>>> {
    this.catalogues ??= readCatalogues(this.options).catch((error) => {
      this.catalogues = null;
      throw errors.sourceFailed('demo', 'the demo records could not be read', error);
    });
    return this.catalogues;
  }
}

/**
 * Every demo library's records by local id, the same way demoCatalogue exports them and the import reads them:
 * the copy key from file name and 001 (or position), the local id from 001 or the fallbacks, a later record
 * with the same local id replacing an earlier one.
 */
async function readCatalogues(options: DemoCirculationOptions): Promise<Map<LibraryId, Map<string, DemoRecordEntry>>> {
  const catalogues = new Map(options.libraries.map((l) => [l.id, new Map<string, DemoRecordEntry>()]));
  const idFallbacks = options.idFallbacks ?? ['035a', '999c'];
  for (const file of options.files ?? demoMarcFiles()) {
    for await (const result of readMarcFile(file)) {
      if (!result.ok) continue;
      const localId = idFromFields(result.record.fields, idFallbacks);
      if (localId === null) continue;
      const key = `${basename(file)}|${(controlField(result.record, '001') ?? `#${result.position}`).trim()}`;
      const entry = { key, callNumber: demoCallNumber(result.record), online: isOnlineResource(result.record) };
      for (const holder of demoHoldersOf(key, options.libraries)) catalogues.get(holder.id)?.set(localId, entry);
    }
  }
  return catalogues;
}

function liveHolding(copy: DemoCopy, entry: DemoRecordEntry, today: Date): Holding {
  return {
    library: copy.library, branch: copy.branch.id, callNumber: entry.callNumber, ...circulationToday(copy, today),
    asOf: today.toISOString(), itemId: copy.barcode, location: null,
  };
}

/**
 * What happened to a copy today, drawn from its barcode and the day: of the copies out in the export about a
 * third came back today; of those on the shelf a few went out (due in a loan period) or are on their way to
 * another branch. A loan still running keeps a due date that holds until it passes.
 */
function circulationToday(copy: DemoCopy, today: Date): { status: HoldingStatus; dueDate: string | null } {
  if (copy.status === 'not-for-loan') return { status: 'not-for-loan', dueDate: null };
  const day = Math.floor(today.getTime() / DAY_MS);
  const roll = stableHash(`${copy.barcode}|${day}`) / 0x1_0000_0000;
  if (copy.status === 'on-loan') {
    if (roll < 0.35) return { status: 'available', dueDate: null };
    const daysLeft = 1 + ((stableHash(copy.barcode) % LOAN_DAYS) - (day % LOAN_DAYS) + LOAN_DAYS) % LOAN_DAYS;
    return { status: 'on-loan', dueDate: isoDay(day + daysLeft) };
  }
  if (roll < 0.1) return { status: 'on-loan', dueDate: isoDay(day + LOAN_DAYS) };
  if (roll < 0.13) return { status: 'in-transit', dueDate: null };
  return { status: 'available', dueDate: null };
}

const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
