// Presents the source-health report as GET /api/v1/sources answers it: every field named, so nothing else
// the services may come to know about a source (an address, a secret) can slip into the answer.
import type { SourcesReport } from '../../services/source-health-reader.ts';
import type { SourcesResponse } from './api-schemas.ts';

export function presentSources(report: SourcesReport): SourcesResponse {
  return {
    asOf: report.asOf,
    sources: report.sources.map((s) => ({
      library: s.library,
      kind: s.kind,
      state: s.state,
      harvesting: s.harvesting,
      intervalMinutes: s.intervalMinutes,
      lastAttemptAt: s.lastAttemptAt,
      lastSuccessAt: s.lastSuccessAt,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt,
      lastCounts: s.lastCounts && {
        read: s.lastCounts.read, added: s.lastCounts.added, updated: s.lastCounts.updated,
        deleted: s.lastCounts.deleted, unchanged: s.lastCounts.unchanged, rejected: s.lastCounts.rejected,
      },
      records: s.records,
    })),
  };
}
