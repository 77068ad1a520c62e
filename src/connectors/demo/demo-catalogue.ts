// The demo library system's catalogue export: real records from demo/marc, each member library holding a
// deterministic share of them with Koha-style 952 item fields carrying demo copies and demo loan status.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Library } from '../../core/types.ts';
import { controlField, dataFields, isDataField, subfield, type DataField, type MarcRecord } from '../../marc/marc-record.ts';
import { readMarcFile, type MarcReadResult } from '../../marc/marc-reader.ts';
import { demoCopies, demoHoldersOf, type DemoCopy } from './demo-holdings.ts';

/** Where the real records of the demo live (with their provenance in SOURCES.md). */
export const DEMO_MARC_FOLDER = fileURLToPath(new URL('../../../demo/marc/', import.meta.url));

export function demoMarcFiles(folder = DEMO_MARC_FOLDER): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.mrc')).sort().map((f) => join(folder, f));
}

/**
 * The records one demo library holds, as its library system would export them. Records the reader rejects are
 * passed on unchanged so that the import reports them like any other source's bad records.
 */
export async function* demoCatalogue(library: Library, allLibraries: readonly Library[], today: Date, files = demoMarcFiles()): AsyncIterable<MarcReadResult> {
  let position = 0;
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    for await (const result of readMarcFile(file)) {
      if (!result.ok) {
        position++;
        yield { ...result, position };
        continue;
      }
      const key = `${name}|${(controlField(result.record, '001') ?? `#${result.position}`).trim()}`;
      if (!demoHoldersOf(key, allLibraries).some((l) => l.id === library.id)) continue;
      position++;
      const copies = isOnlineResource(result.record) ? [] : demoCopies(key, library, today);
      yield { ...result, position, record: withDemoItems(result.record, copies) };
    }
  }
}

function withDemoItems(record: MarcRecord, copies: readonly DemoCopy[]): MarcRecord {
  const callNumber = demoCallNumber(record);
  const items: DataField[] = copies.map((copy) => ({
    tag: '952', ind1: ' ', ind2: ' ',
    subfields: [
      { code: 'a', value: copy.branch.id },
      { code: 'b', value: copy.branch.id },
      ...(callNumber ? [{ code: 'o', value: callNumber }] : []),
      { code: 'p', value: copy.barcode },
      ...(copy.dueDate ? [{ code: 'q', value: copy.dueDate }] : []),
      ...(copy.status === 'not-for-loan' ? [{ code: '7', value: '1' }] : []),
      { code: 'x', value: 'Demo: exemplar och lånestatus är påhittade' },
    ],
  }));
  return { leader: record.leader, fields: [...record.fields.filter((f) => f.tag !== '952'), ...items] };
}

/** An e-book, e-audiobook or other online resource: the demo gives it no copies on a shelf. */
export function isOnlineResource(record: MarcRecord): boolean {
  if ((controlField(record, '007') ?? '').startsWith('cr')) return true;
  if (dataFields(record, '338').some((f) => subfield(f, 'b') === 'cr')) return true;
  return dataFields(record, '245').some((f) => /electronic|elektronisk|elektroninen/i.test(subfield(f, 'h') ?? ''));
}

/** A shelf mark as Swedish public libraries write it: classification (SAB 084, else DDC 082) and the main entry. */
export function demoCallNumber(record: MarcRecord): string | null {
  const classField = dataFields(record, '084', '082', '050', '090').find((f) => subfield(f, 'a'));
  const classification = classField ? subfield(classField, 'a')!.split(/[ /]/)[0] : null;
  const main = record.fields.find((f) => isDataField(f) && ['100', '110', '111', '245'].includes(f.tag));
  const word = main && isDataField(main) ? (subfield(main, 'a') ?? '').replace(/^[^\p{L}]+/u, '').split(/[\s,]/)[0] : '';
  const entry = word ? word.slice(0, 1).toUpperCase() + word.slice(1).toLowerCase() : '';
  return [classification, entry].filter(Boolean).join(' ') || null;
}
