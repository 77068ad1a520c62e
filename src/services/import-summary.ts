// Adding up import summaries: the files of one `samverka import`, the commits of one harvest.
import type { ImportSummary } from './ingest.service.ts';

export function emptySummary(): ImportSummary {
  return { read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0, rejections: [], seconds: 0 };
}

export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return {
    read: a.read + b.read,
    added: a.added + b.added,
    updated: a.updated + b.updated,
    deleted: a.deleted + b.deleted,
    unchanged: a.unchanged + b.unchanged,
    rejected: a.rejected + b.rejected,
    rejections: [...a.rejections, ...b.rejections],
    seconds: Math.round((a.seconds + b.seconds) * 1000) / 1000,
  };
}
