// Writes works into the SQLite search tables: full text, exact-match keys, completions and the change
// sequence. Runs inside the caller's write transaction; returns what changed for the in-memory columns.
import { createHash } from 'node:crypto';
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
  readonly rowId: number;
  readonly hash: string | null;
  readonly textHash: string | null;
  readonly summary: string | null;
}

type StatementName = 'workById' | 'insertWork' | 'updateWork' | 'nextSequence' | 'insertText' | 'deleteText' | 'insertAuthorKey' | 'deleteAuthorKeys';

/** The fields a WorkSummary keeps, picked one by one so that nothing else a caller attached is stored. */
function summaryOf(doc: WorkDocument): WorkSummary {
  return {
    id: doc.id, title: doc.title, subtitle: doc.subtitle, authors: doc.authors, libraries: doc.libraries,
    availableLibraries: doc.availableLibraries, formats: doc.formats, languages: doc.languages, years: doc.years,
    subjects: doc.subjects, authorFacets: doc.authorFacets, audiences: doc.audiences, recordCount: doc.recordCount,
    sortTitle: doc.sortTitle,
  };
}

const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64');

/** What the full-text row and the exact-match keys are built from. */
const searchableOf = (doc: WorkDocument) =>
  [doc.titleText, doc.authorText, doc.subjectText, doc.otherText, doc.identifiers, doc.title, doc.authors];

export class SqliteWorkWriter {
  private readonly statements: Record<StatementName, Statement>;

  constructor(db: Database, private readonly suggestions: SqliteSuggestions) {
    this.statements = {
      workById: db.prepare(SQL.workById),
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
   */
  upsert(docs: readonly WorkDocument[], seq: number): ChangedWork[] {
    const changed: ChangedWork[] = [];
    const suggestions = new SuggestionChanges();
    for (const doc of docs) {
      const hash = hashOf(doc);
      const stored = this.statements.workById.get(doc.id) as StoredWork | undefined;
      if (stored?.hash === hash) continue;
      const textHash = hashOf(searchableOf(doc));
      const summary = summaryOf(doc);
      const values = [hash, textHash, JSON.stringify(summary), titleKey(doc.title)];
      let rowId: number;
      let sameText = false;
      if (stored) {
        rowId = stored.rowId;
        if (stored.summary) {
          const indexed = JSON.parse(stored.summary) as WorkSummary;
          suggestions.drop(indexed);
          sameText = stored.textHash === textHash;
          if (!sameText) this.unindexText(rowId, indexed);
        }
        this.statements.updateWork.run(seq, ...values, rowId);
      } else {
        rowId = (this.statements.insertWork.get(doc.id, seq, ...values) as { rowId: number }).rowId;
      }
      if (!sameText) this.indexText(rowId, doc);
      suggestions.add(summary);
      changed.push({ rowId, summary });
    }
    this.suggestions.apply(suggestions);
    return changed;
  }

  remove(ids: readonly WorkId[], seq: number): ChangedWork[] {
    const changed: ChangedWork[] = [];
    const suggestions = new SuggestionChanges();
    for (const id of ids) {
      const stored = this.statements.workById.get(id) as StoredWork | undefined;
      if (!stored?.summary) continue;
      const indexed = JSON.parse(stored.summary) as WorkSummary;
      suggestions.drop(indexed);
      this.unindexText(stored.rowId, indexed);
      this.statements.updateWork.run(seq, null, null, null, null, stored.rowId);
      changed.push({ rowId: stored.rowId, summary: null });
    }
    this.suggestions.apply(suggestions);
    return changed;
  }

  private indexText(rowId: number, doc: WorkDocument): void {
    const text = indexedText(doc);
    this.statements.insertText.run(rowId, text.title, text.author, text.subject, text.other,
      text.titleStem, text.authorStem, text.subjectStem, text.otherStem, text.isbn);
    for (const author of doc.authors) for (const key of authorKeys(author)) this.statements.insertAuthorKey.run(key, rowId);
  }

  private unindexText(rowId: number, indexed: WorkSummary): void {
    this.statements.deleteText.run(rowId);
    for (const author of indexed.authors) for (const key of authorKeys(author)) this.statements.deleteAuthorKeys.run(key, rowId);
  }
}
