// Writes works into the SQLite search tables: full text, exact-match keys, completions and the change
// sequence. Runs inside the caller's write transaction; returns what changed for the in-memory columns.
import * as crypto from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { WorkId } from '../../core/types.ts';
import type { WorkSummary } from '../facets.ts';
import { authorKeys, indexedText, titleKey } from '../indexed-text.ts';
import type { WorkDocument } from '../search-index.ts';
import { SQL } from './search.sql.ts';
import { SuggestionChanges, type SqliteSuggestions } from './suggestions.ts';

export interface ChangedWork {
  readonly rowId: number;
  /** Null when the work was removed. */
  readonly summary: WorkSummary | null;
}

interface StoredWork {
  readonly id: WorkId;
  readonly rowId: number;
  readonly hash: string | null;
  readonly textHash: string | null;
  readonly summary: string | null;
}

type StatementName = 'worksByIds' | 'insertWork' | 'updateWork' | 'nextSequence' | 'insertText' | 'deleteText' | 'insertAuthorKey' | 'deleteAuthorKeys';

/** The fields a WorkSummary keeps, picked one by one so that nothing else a caller attached is stored. */
function summaryOf(doc: WorkDocument): WorkSummary {
  return {
    id: doc.id, title: doc.title, subtitle: doc.subtitle, authors: doc.authors, libraries: doc.libraries,
    availableLibraries: doc.availableLibraries, formats: doc.formats, languages: doc.languages, years: doc.years,
    subjects: doc.subjects, authorFacets: doc.authorFacets, audiences: doc.audiences, recordCount: doc.recordCount,
    sortTitle: doc.sortTitle,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether two summaries give the same completions: those are made of the title, authors and subjects alone. */
const sameCompletionSources = (a: WorkSummary, b: WorkSummary) =>
  a.title === b.title && sameList(a.authorFacets, b.authorFacets) && sameList(a.subjects, b.subjects);

const hashOf = (json: string) => crypto.hash('sha1', json, 'base64');

/** What the full-text row and the exact-match keys are built from. */
const searchableOf = (doc: WorkDocument) =>
  [doc.titleText, doc.authorText, doc.subjectText, doc.otherText, doc.identifiers, doc.title, doc.authors];

export class SqliteWorkWriter {
  private readonly statements: Record<StatementName, Statement>;

  constructor(db: Database, private readonly suggestions: SqliteSuggestions) {
    this.statements = {
      worksByIds: db.prepare(SQL.worksByIds),
      insertWork: db.prepare(SQL.insertWork),
      updateWork: db.prepare(SQL.updateWork),
      nextSequence: db.prepare(SQL.nextSequence).pluck(),
      insertText: db.prepare(SQL.insertText),
      deleteText: db.prepare(SQL.deleteText),
      insertAuthorKey: db.prepare(SQL.insertAuthorKey),
      deleteAuthorKeys: db.prepare(SQL.deleteAuthorKeys),
    };
  }

  /** The sequence number this write will stamp on the rows it changes. */
  nextSequence(): number {
    return this.statements.nextSequence.get() as number;
  }

  /**
   * Adds or replaces works. An unchanged work costs one lookup; a work whose holdings changed but not its
   * text (the usual harvest) keeps its full-text row.
   *
   * The full-text rows are written last, all together. FTS5 writes the words it holds in memory to disk
   * whenever another statement of the transaction opens a statement savepoint (any insert into a table with
   * a UNIQUE key does): interleaved with the work rows, every work became a segment of its own, to be
   * merged later (a fifth of the index's share of an import, measured on the demo files).
   */
  upsert(docs: readonly WorkDocument[], seq: number): ChangedWork[] {
    const changed: ChangedWork[] = [];
    const suggestions = new SuggestionChanges();
    const unindex: number[] = [];
    const index: { rowId: number; doc: WorkDocument }[] = [];
    // A work given twice is written once, as last given: its full-text row is written once, at the end.
    const unique = new Map(docs.map((d) => [d.id, d]));
    const storedWorks = this.storedWorks([...unique.keys()]);
    for (const doc of unique.values()) {
      // The summary and the searchable text together hold every field of the document: each is serialized once.
      const summary = summaryOf(doc);
      const summaryJson = JSON.stringify(summary);
      const textJson = JSON.stringify(searchableOf(doc));
      const hash = hashOf(`${summaryJson}\n${textJson}`);
      const stored = storedWorks.get(doc.id);
      if (stored?.hash === hash) continue;
      const textHash = hashOf(textJson);
      const values = [hash, textHash, summaryJson, titleKey(doc.title)];
      let rowId: number;
      let sameText = false;
      let sameSuggestions = false;
      if (stored) {
        rowId = stored.rowId;
        if (stored.summary) {
          const indexed = JSON.parse(stored.summary) as WorkSummary;
          // Dropping and adding the same completions nets to nothing: a work joined by a record usually keeps them.
          sameSuggestions = sameCompletionSources(indexed, summary);
          if (!sameSuggestions) suggestions.drop(indexed);
          sameText = stored.textHash === textHash;
          if (!sameText) {
            this.dropAuthorKeys(rowId, indexed);
            unindex.push(rowId);
          }
        }
        this.statements.updateWork.run(seq, ...values, rowId);
      } else {
        rowId = (this.statements.insertWork.get(doc.id, seq, ...values) as { rowId: number }).rowId;
      }
      if (!sameText) {
        this.addAuthorKeys(rowId, doc);
        index.push({ rowId, doc });
      }
      if (!sameSuggestions) suggestions.add(summary);
      changed.push({ rowId, summary });
    }
    this.suggestions.apply(suggestions);
    for (const rowId of unindex) this.statements.deleteText.run(rowId);
    for (const { rowId, doc } of index) this.indexText(rowId, doc);
    return changed;
  }

  remove(ids: readonly WorkId[], seq: number): ChangedWork[] {
    const changed: ChangedWork[] = [];
    const suggestions = new SuggestionChanges();
    for (const stored of this.storedWorks([...new Set(ids)]).values()) {
      if (!stored.summary) continue;
      const indexed = JSON.parse(stored.summary) as WorkSummary;
      suggestions.drop(indexed);
      this.dropAuthorKeys(stored.rowId, indexed);
      this.statements.updateWork.run(seq, null, null, null, null, stored.rowId);
      changed.push({ rowId: stored.rowId, summary: null });
    }
    this.suggestions.apply(suggestions);
    // After the other writes, for the reason given at upsert.
    for (const { rowId } of changed) this.statements.deleteText.run(rowId);
    return changed;
  }

  private storedWorks(ids: readonly WorkId[]): Map<WorkId, StoredWork> {
    const rows = this.statements.worksByIds.all(JSON.stringify(ids)) as StoredWork[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  private indexText(rowId: number, doc: WorkDocument): void {
    const text = indexedText(doc);
    this.statements.insertText.run(rowId, text.title, text.author, text.subject, text.other,
      text.titleStem, text.authorStem, text.subjectStem, text.otherStem, text.isbn);
  }

  private addAuthorKeys(rowId: number, doc: WorkDocument): void {
    for (const author of doc.authors) for (const key of authorKeys(author)) this.statements.insertAuthorKey.run(key, rowId);
  }

  private dropAuthorKeys(rowId: number, indexed: WorkSummary): void {
    for (const author of indexed.authors) for (const key of authorKeys(author)) this.statements.deleteAuthorKeys.run(key, rowId);
  }
}
