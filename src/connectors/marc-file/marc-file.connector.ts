// The `marc-file` connector: harvests the exports a library system drops in a folder (ISO 2709 or MARCXML, full
// or delta; leader/05 `d` deletes), each file once, in name order, with a checkpoint every batch and at the end of
// each file. A `marc-file` source without a folder has no harvester: its records come through `samverka import`.
import { join } from 'node:path';
import type { LibraryId } from '../../core/types.ts';
import { errors } from '../../core/errors.ts';
import { readMarcFile, type MarcReadResult } from '../../marc/marc-reader.ts';
import { rejectionReason } from '../../marc/read-result.ts';
import type { SourceConfig } from '../../config/config.schema.ts';
import type { Connector, HarvestItem, HarvestRequest } from '../connector.ts';
import { DEFAULT_BATCH_SIZE, type ConnectorOptions } from '../connector-options.ts';
import { folderFiles, NO_FILES_READ, readCursor, sameFile, writeCursor, type FileStamp, type MarcFileCursor } from './marc-file.folder.ts';

export type MarcFileSettings = Extract<SourceConfig, { kind: 'marc-file' }>;

export function createMarcFileConnector(library: LibraryId, settings: MarcFileSettings, options: ConnectorOptions = {}): Connector {
  if (settings.folder === undefined) return { library, kind: 'marc-file' };
  const folder = settings.folder;
  const { logger } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const readOptions = { format: settings.format, encoding: settings.encoding, idFields: settings.idFallbacks ?? [] };

  /** Where the harvest starts: nothing read for a full one or a cursor we cannot read, else the cursor. */
  function startFrom(request: HarvestRequest): MarcFileCursor {
    if (request.full || request.since === null) return NO_FILES_READ;
    const cursor = readCursor(request.since);
    if (cursor === null) logger?.warn({ library, cursor: request.since }, 'unreadable marc-file cursor: reading every file again');
    return cursor ?? NO_FILES_READ;
  }

  async function* readFile(file: FileStamp, skip: number, signal: AbortSignal): AsyncGenerator<MarcReadResult> {
    try {
      for await (const result of readMarcFile(join(folder, file.name), readOptions)) {
        signal.throwIfAborted();
        if (result.position > skip) yield result.ok ? result : { ...result, reason: `${file.name}: ${result.reason}` };
      }
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw errors.sourceFailed(library, `${file.name}: ${rejectionReason(error)}`, error, { file: file.name });
    }
  }

  async function* harvest(request: HarvestRequest): AsyncGenerator<HarvestItem> {
    const { signal } = request;
    signal.throwIfAborted();
    const files = await folderFiles(library, folder);
    const from = startFrom(request);
    // Files gone from the folder, or replaced by new content, leave the cursor.
    const done = from.done.filter((stamp) => files.some((f) => sameFile(f, stamp)));
    for (const file of files) {
      if (done.some((d) => sameFile(d, file))) continue;
      const skip = from.current !== null && sameFile(from.current, file) ? from.current.records : 0;
      if (skip > 0) logger?.info({ library, file: file.name, skip }, 'resuming a marc-file harvest inside a file');
      for await (const result of readFile(file, skip, signal)) {
        yield { kind: 'record', result };
        if (result.position % batchSize === 0) {
          yield { kind: 'checkpoint', cursor: writeCursor({ done, current: { ...file, records: result.position } }) };
        }
      }
      done.push(file);
      yield { kind: 'checkpoint', cursor: writeCursor({ done, current: null }) };
    }
    signal.throwIfAborted();
    yield { kind: 'checkpoint', cursor: writeCursor({ done, current: null }) };
  }

  return { library, kind: 'marc-file', harvest: { harvest } };
}
