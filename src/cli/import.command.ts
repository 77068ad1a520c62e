// `samverka import`: loads one member library's records from MARC files, with a progress bar on a terminal
// and, with --json, exactly one JSON summary object on stdout (DESIGN.md §5).
import { access, constants } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import { errors, isSamverkaError } from '../core/errors.ts';
import { createApp } from '../app.ts';
import type { ImportSummary } from '../services/ingest.service.ts';
import { addSummaries, emptySummary } from '../services/import-summary.ts';
import { countRecordsInFile } from './import-summary.ts';

interface ImportOptions {
  readonly library: string;
  readonly format: 'auto' | 'iso2709' | 'marcxml';
  readonly encoding: 'auto' | 'utf-8' | 'marc-8' | 'iso-8859-1';
  readonly json?: boolean;
}

export async function importCommand(files: string[], options: ImportOptions): Promise<void> {
  for (const file of files) {
    try {
      await access(file, constants.R_OK);
    } catch (cause) {
      throw errors.fileUnreadable(file, cause);
    }
  }
  const app = await createApp({ backgroundCheckpoints: true });
  let total: ImportSummary = emptySummary();
  try {
    app.library(options.library);
    const bar = !options.json && process.stderr.isTTY ? new SingleBar({ format: ' {bar} {value}/{total} records · {file}', stream: process.stderr }, Presets.shades_classic) : null;
    for (const file of files) {
      bar?.start(await countRecordsInFile(file), 0, { file });
      const summary = await app.ingest.importFile(options.library, file, {
        ...app.importOptions(options.library),
        format: options.format,
        encoding: options.encoding,
        onProgress: (read: number) => bar?.update(read),
      });
      bar?.stop();
      total = addSummaries(total, summary);
    }
    report(total, options.json ?? false);
  } catch (error) {
    // Records of finished batches stay stored; say what was done before the failure, then fail.
    if (options.json && isSamverkaError(error) && error.code !== 'unknown-library') {
      const partial = error.details.summary as ImportSummary | undefined;
      process.stdout.write(`${JSON.stringify({ ...(partial ? addSummaries(total, partial) : total), error: error.message })}\n`);
    }
    throw error;
  } finally {
    await app.close();
  }
}

function report(summary: ImportSummary, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const { read, added, updated, deleted, unchanged, rejected, seconds } = summary;
  console.log(`read ${read}: ${added} added, ${updated} updated, ${deleted} deleted, ${unchanged} unchanged, ${rejected} rejected (${seconds.toFixed(1)} s)`);
  for (const r of summary.rejections.slice(0, 50)) console.log(`  rejected #${r.position}${r.id ? ` (${r.id})` : ''}: ${r.reason}`);
  if (summary.rejections.length > 50) console.log(`  … and ${summary.rejections.length - 50} more (use --json for all)`);
}
