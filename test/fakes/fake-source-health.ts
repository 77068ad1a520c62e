// The member libraries' sources as a fake source-health report: one working, one failing for two days, one never
// harvested, one loaded from files, one harvesting now — every state the source-health page must show honestly.
// Library ids are those of the fake catalogue; systems, times, counts and errors are made up for the tests.
import type { SourceHealthReader, SourcesReport, SourceView } from '../../src/services/source-health-reader.ts';

export const SOURCES_AS_OF = '2025-03-03T09:30:00.000Z';

const never: Omit<SourceView, 'library' | 'kind' | 'state'> = {
  harvesting: false, intervalMinutes: null, lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorAt: null, lastCounts: null, records: 0,
};

export const FAKE_SOURCES: readonly SourceView[] = [
  {
    ...never, library: 'ostersund', kind: 'sru', state: 'ok', intervalMinutes: 60, records: 48_213,
    lastAttemptAt: '2025-03-03T09:00:00.000Z', lastSuccessAt: '2025-03-03T09:04:12.000Z',
    lastCounts: { read: 112, added: 9, updated: 101, deleted: 2, unchanged: 0, rejected: 0 },
  },
  {
    ...never, library: 'krokom', kind: 'oai-pmh', state: 'failing', intervalMinutes: 30, records: 11_905,
    lastAttemptAt: '2025-03-03T09:15:00.000Z', lastSuccessAt: '2025-03-01T07:45:00.000Z',
    lastError: 'Source krokom is unavailable: connect ECONNREFUSED 10.0.4.12:443', lastErrorAt: '2025-03-03T09:15:02.000Z',
    lastCounts: { read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0 },
  },
  { ...never, library: 'are', kind: 'z3950', state: 'never-harvested', intervalMinutes: 120 },
  { ...never, library: 'berg', kind: 'marc-file', state: 'import-only', records: 6_120 },
  {
    ...never, library: 'ragunda', kind: 'marc-file', state: 'ok', harvesting: true, records: 4_870,
    lastAttemptAt: '2025-03-03T09:29:00.000Z', lastSuccessAt: '2025-03-02T09:30:40.000Z',
    lastCounts: { read: 1, added: 0, updated: 1, deleted: 0, unchanged: 0, rejected: 0 },
  },
  { ...never, library: 'bracke', kind: null, state: 'import-only' },
];

export function fakeSourceHealth(sources: readonly SourceView[] = FAKE_SOURCES): SourceHealthReader {
  return { sources: async (): Promise<SourcesReport> => ({ asOf: SOURCES_AS_OF, sources }) };
}
