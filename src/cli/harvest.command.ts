// `samverka harvest`: pulls records from the configured sources (DESIGN.md §5) — one library with --library,
// else every member — and prints a summary per library; with --json one JSON object per library, one per line.
// Exits non-zero when a source could not be reached, failed mid-way or was busy; what was stored before stays.
// Ctrl-C stops at once: what was committed stays, and the next harvest resumes from there.
import { createApp } from '../app.ts';
import { UNSUCCESSFUL, type HarvestSummary } from '../services/harvest-summary.ts';

interface HarvestCommandOptions {
  readonly library?: string;
  readonly full?: boolean;
  readonly json?: boolean;
}

export async function harvestCommand(options: HarvestCommandOptions): Promise<void> {
  const app = await createApp({ backgroundCheckpoints: true });
  const controller = new AbortController();
  const interrupt = (signal: NodeJS.Signals) => controller.abort(new Error(`interrupted by ${signal}`));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const libraries = options.library ? [app.library(options.library)] : app.libraries;
    const progress = !options.json && process.stderr.isTTY;
    let unsuccessful = false;
    for (const library of libraries) {
      if (controller.signal.aborted) break;
      const summary = await app.harvest.harvest(library.id, {
        full: options.full ?? false,
        signal: controller.signal,
        onProgress: progress ? (soFar) => process.stderr.write(`\r${library.id}: ${soFar.read} records so far …`) : undefined,
      });
      if (progress) process.stderr.write('\r\x1b[K');
      report(summary, options.json ?? false);
      unsuccessful ||= UNSUCCESSFUL.has(summary.status);
    }
    if (unsuccessful || controller.signal.aborted) process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await app.close();
  }
}

function report(summary: HarvestSummary, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const { library, status, read, added, updated, deleted, unchanged, rejected, seconds } = summary;
  const counts = `read ${read}: ${added} added, ${updated} updated, ${deleted} deleted${summary.swept ? ` (${summary.swept} no longer in the source)` : ''}, ${unchanged} unchanged, ${rejected} rejected (${seconds.toFixed(1)} s)`;
  if (status === 'ok') console.log(`${library}: ${counts}`);
  else if (status === 'unreachable' || status === 'failed') {
    console.log(`${library}: ${status.toUpperCase()}: ${summary.error}`);
    console.log(`  before it stopped, ${counts}; nothing stored was deleted, and the next harvest resumes from the last commit`);
  } else console.log(`${library}: ${status}: ${summary.note}`);
  if (status === 'ok' && summary.note) console.log(`  ${summary.note}`);
  for (const r of summary.rejections.slice(0, 20)) console.log(`  rejected #${r.position}${r.id ? ` (${r.id})` : ''}: ${r.reason}`);
  if (summary.rejections.length > 20) console.log(`  … and ${summary.rejections.length - 20} more (use --json for all)`);
}
