// Demo circulation on real records: decides deterministically which member libraries hold a record, in how
// many copies, at which branches and with which status. Everything this file makes up is demo data.
import type { Branch, Library } from '../../core/types.ts';

/** Share of the catalogue each demo library holds; the largest library holds the most. */
const HOLDING_SHARE: Readonly<Record<string, number>> = {
  ostersund: 0.8, krokom: 0.4, are: 0.35, stromsund: 0.35, harjedalen: 0.35, berg: 0.25, bracke: 0.25, ragunda: 0.2,
  regionbiblioteket: 0.08,
};

export interface DemoCopy {
  readonly library: string;
  readonly branch: Branch;
  readonly barcode: string;
  /** 'available', 'on-loan' (with a due date) or 'not-for-loan'. */
  readonly status: 'available' | 'on-loan' | 'not-for-loan';
  readonly dueDate: string | null;
}

/** FNV-1a, 32 bits: a stable pseudo-random number for a string, the same on every machine. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A number in [0, 1) from a record key and a purpose, so every decision draws independently. */
function draw(key: string, purpose: string): number {
  return stableHash(`${purpose}|${key}`) / 0x1_0000_0000;
}

/** The libraries that hold a record in the demo: at least one, Östersund when no other draw hits. */
export function demoHoldersOf(recordKey: string, libraries: readonly Library[]): Library[] {
  const holders = libraries.filter((l) => draw(recordKey, `holds:${l.id}`) < (HOLDING_SHARE[l.id] ?? 0.3));
  if (holders.length > 0) return holders;
  const fallback = libraries.find((l) => l.id === 'ostersund') ?? libraries[0];
  return fallback ? [fallback] : [];
}

/** The demo copies of one record at one library, with a due date relative to `today` for those on loan. */
export function demoCopies(recordKey: string, library: Library, today: Date): DemoCopy[] {
  const count = 1 + Math.floor(draw(recordKey, `copies:${library.id}`) * (library.id === 'ostersund' ? 3 : 2));
  const copies: DemoCopy[] = [];
  for (let n = 0; n < count; n++) {
    const key = `${recordKey}#${library.id}#${n}`;
    const branch = library.branches[Math.floor(draw(key, 'branch') * library.branches.length)] ?? library.branches[0];
    if (!branch) break;
    const roll = draw(key, 'status');
    const status = roll < 0.25 ? 'on-loan' : roll < 0.29 ? 'not-for-loan' : 'available';
    const dueDate = status === 'on-loan' ? addDays(today, 1 + Math.floor(draw(key, 'due') * 28)) : null;
    const barcode = `DEMO${String(stableHash(key)).padStart(10, '0')}`;
    copies.push({ library: library.id, branch, barcode, status, dueDate });
  }
  return copies;
}

function addDays(day: Date, days: number): string {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}
