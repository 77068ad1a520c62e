// The export folder of a `marc-file` source: which files it holds, in which order they are read, and the cursor
// that says which of them a harvest has committed (each file known by name, size and modification time).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errors } from '../../core/errors.ts';
import type { LibraryId } from '../../core/types.ts';
import type { HarvestCursor } from '../connector.ts';

/** A file as it was when read: the same name with another size or time is new content, to be read again. */
export interface FileStamp {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface MarcFileCursor {
  /** Files read to the end and committed. */
  readonly done: readonly FileStamp[];
  /** The file being read when the cursor was written, with the number of its records committed. */
  readonly current: (FileStamp & { readonly records: number }) | null;
}

export const NO_FILES_READ: MarcFileCursor = { done: [], current: null };

/**
 * Names an export is still being written under: copy a file in under such a name (or as a dotfile) and rename it
 * when complete, so a harvest never reads half a file.
 */
const UNFINISHED = /^\.|\.(?:tmp|part|partial|crdownload)$/i;

/**
 * The regular files of the folder (subfolders, dotfiles and unfinished copies left out), in the order they are
 * read: by name, compared code unit by code unit (not by locale), so names that begin with an ISO date or a
 * zero-padded number are read in the order they were exported. `source-unavailable` when the folder cannot be read.
 */
export async function folderFiles(library: LibraryId, folder: string): Promise<FileStamp[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (cause) {
    throw errors.sourceUnavailable(library, cause);
  }
  const files: FileStamp[] = [];
  for (const name of names.filter((n) => !UNFINISHED.test(n)).sort()) {
    // Stat follows a symbolic link to the export it names; a file gone since the listing is simply not there.
    const info = await stat(join(folder, name)).catch(() => null);
    if (info?.isFile()) files.push({ name, size: info.size, mtimeMs: info.mtimeMs });
  }
  return files;
}

export function sameFile(a: FileStamp, b: FileStamp): boolean {
  return a.name === b.name && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

export function writeCursor(cursor: MarcFileCursor): HarvestCursor {
  return JSON.stringify({ done: cursor.done.map(stampOf), current: cursor.current && { ...stampOf(cursor.current), records: cursor.current.records } });
}

function stampOf({ name, size, mtimeMs }: FileStamp): FileStamp {
  return { name, size, mtimeMs };
}

/** The cursor a harvest resumes from; null when it is not one of ours (then every file is read again). */
export function readCursor(since: HarvestCursor): MarcFileCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(since);
  } catch {
    return null;
  }
  const { done, current } = (parsed ?? {}) as { done?: unknown; current?: unknown };
  if (!Array.isArray(done) || !done.every(isStamp)) return null;
  if (current === null) return { done, current: null };
  if (!isStamp(current) || !Number.isSafeInteger((current as { records?: unknown }).records)) return null;
  return { done, current: current as FileStamp & { records: number } };
}

function isStamp(value: unknown): value is FileStamp {
  const v = value as Partial<FileStamp> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && Number.isFinite(v.size) && Number.isFinite(v.mtimeMs);
}
