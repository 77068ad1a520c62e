// All SQL of the SQLite search backend, in one reviewable file. Tables are prefixed `search_` because the
// database may be shared with the store. Values are always bound, never spliced into the SQL text.

/**
 * BM25 column weights, in the column order of search_fts: title > author > subject > rest, and the
 * stemmed copies at half weight so that a word matching as typed outranks one matching only by its stem.
 */
const BM25 = 'bm25(search_fts, 10, 5, 2, 1, 5, 2.5, 1, 0.5, 10)';

export const SCHEMA = `
-- One row per work ever indexed. row_id is also the FTS rowid and the index into the in-memory facet
-- columns; a removed work keeps its row (summary NULL) so that it keeps its row_id if it comes back.
CREATE TABLE IF NOT EXISTS search_works (
  row_id    INTEGER PRIMARY KEY,
  id        TEXT NOT NULL UNIQUE,
  seq       INTEGER NOT NULL,   -- change sequence, so other connections can catch up (see search_meta)
  hash      TEXT,               -- of the last WorkDocument, to skip unchanged re-imports
  text_hash TEXT,               -- of its searchable text, to skip re-indexing when only holdings changed
  summary   TEXT,               -- JSON WorkSummary; NULL when removed
  title_key TEXT                -- folded title words, for the exact-title boost
);
CREATE INDEX IF NOT EXISTS search_works_seq ON search_works (seq);
CREATE INDEX IF NOT EXISTS search_works_title_key ON search_works (title_key) WHERE title_key IS NOT NULL;

CREATE TABLE IF NOT EXISTS search_author_keys (
  key    TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  PRIMARY KEY (key, row_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS search_meta (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

-- Contentless: the text lives in the records; the index keeps only what search needs (no prefix indexes:
-- DECISIONS §9). The text is folded before it gets here (search-text.ts), so the tokenizer must not fold å ä ö
-- to a and o.
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5 (
  title, author, subject, other, title_stem, author_stem, subject_stem, other_stem, isbn,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_vocabulary USING fts5vocab (search_fts, 'col');

-- Completions: titles, authors and subjects with the number of works that have them, found by any word.
CREATE TABLE IF NOT EXISTS search_suggestions (
  suggestion_id INTEGER PRIMARY KEY,
  kind  TEXT NOT NULL,          -- title | author | subject
  key   TEXT NOT NULL,          -- folded words
  text  TEXT NOT NULL,          -- as first seen
  works INTEGER NOT NULL,
  UNIQUE (kind, key)
);
CREATE TABLE IF NOT EXISTS search_suggestion_words (
  word          TEXT NOT NULL,
  suggestion_id INTEGER NOT NULL,
  PRIMARY KEY (word, suggestion_id)
) WITHOUT ROWID;
`;

export const SQL = {
  // Works
  // The works of a batch, their ids given as one JSON array: one statement per batch.
  worksByIds: `SELECT id, row_id AS rowId, hash, text_hash AS textHash, summary FROM search_works
    WHERE id IN (SELECT value FROM json_each(?))`,
  insertWork: `INSERT INTO search_works (id, seq, hash, text_hash, summary, title_key) VALUES (?, ?, ?, ?, ?, ?)
    RETURNING row_id AS rowId`,
  updateWork: 'UPDATE search_works SET seq = ?, hash = ?, text_hash = ?, summary = ?, title_key = ? WHERE row_id = ?',
  summaryOfRow: 'SELECT summary FROM search_works WHERE row_id = ?',
  liveWorks: 'SELECT row_id AS rowId, summary FROM search_works WHERE summary IS NOT NULL',
  changedSince: 'SELECT row_id AS rowId, seq, summary FROM search_works WHERE seq > ?',
  sequence: "SELECT value FROM search_meta WHERE name = 'seq'",
  nextSequence: "INSERT INTO search_meta (name, value) VALUES ('seq', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",

  // Full text. FTS5 ignores a rowid constraint bound as a REAL (as better-sqlite3 binds JS numbers), and
  // returns every match instead: rowids are therefore always cast to INTEGER.
  insertText: `INSERT INTO search_fts (rowid, title, author, subject, other, title_stem, author_stem, subject_stem, other_stem, isbn)
    VALUES (CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  deleteText: 'DELETE FROM search_fts WHERE rowid = CAST(? AS INTEGER)',
  matchingRows: 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?',
  // Every matching rowid as one comma-separated text: one step instead of one per row, which is most of
  // the cost of a broad match when each row crosses into JavaScript on its own.
  matchingRowList: "SELECT group_concat(rowid, ',') FROM search_fts WHERE search_fts MATCH ?",
  // @rows (a JSON array, or NULL for all) ranks only the rows a narrow filter let through. The unary +
  // keeps them from FTS5, which would look each one up on its own, evaluating the whole MATCH (and BM25's
  // word statistics) once per row; filtered here, BM25 is computed for those rows only.
  rankedRows: `SELECT rowid, ${BM25} AS score FROM search_fts
    WHERE search_fts MATCH @match AND (@rows IS NULL OR +rowid IN (SELECT value FROM json_each(@rows)))
    ORDER BY score, rowid LIMIT @limit`,
  // The exact-match boost (3 title, 2 author, else 0) is worked out in the same pass, so that the boosted
  // rows get their BM25 from it rather than from one MATCH per row.
  rankedRowsBoosted: `SELECT rowid, ${BM25} AS score,
      CASE WHEN rowid IN (SELECT value FROM json_each(@titles)) THEN 3
           WHEN rowid IN (SELECT value FROM json_each(@authors)) THEN 2 ELSE 0 END AS boost
    FROM search_fts
    WHERE search_fts MATCH @match AND (@rows IS NULL OR +rowid IN (SELECT value FROM json_each(@rows)))
    ORDER BY boost DESC, score, rowid LIMIT @limit`,
  // BM25 of a few rows in one pass (see rankedRows for the unary +).
  rankOfRows: `SELECT rowid, ${BM25} AS score FROM search_fts
    WHERE search_fts MATCH @match AND +rowid IN (SELECT value FROM json_each(@rows))`,

  // Exact-match boosts
  rowsWithTitleKey: 'SELECT row_id FROM search_works WHERE title_key = ? LIMIT 100',
  rowsWithAuthorKey: 'SELECT row_id FROM search_author_keys WHERE key = ? LIMIT 100',
  insertAuthorKey: 'INSERT OR IGNORE INTO search_author_keys (key, row_id) VALUES (?, ?)',
  deleteAuthorKeys: 'DELETE FROM search_author_keys WHERE key = ? AND row_id = ?',

  // Vocabulary, for "did you mean": is a word indexed at all, and in how many works as typed.
  wordIsIndexed: 'SELECT 1 FROM search_vocabulary WHERE term = ? LIMIT 1',
  // Candidates come as one JSON array: a single lookup is about twice as fast as one query per word.
  worksWithWords: `SELECT term, max(doc) AS works FROM search_vocabulary
    WHERE term IN (SELECT value FROM json_each(?)) AND col IN ('title', 'author', 'subject', 'other') GROUP BY term`,

  // Suggestions
  // Changed counts come as one JSON array of [kind, key, text, delta], sorted by kind and key so that the
  // B-tree pages are visited in order: one statement per batch rather than one per title, author and subject.
  // "WHERE true" lets SQLite tell the upsert's ON CONFLICT from a join's ON.
  countSuggestions: `INSERT INTO search_suggestions (kind, key, text, works)
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?) WHERE true
    ON CONFLICT (kind, key) DO UPDATE SET works = works + excluded.works
    RETURNING suggestion_id AS id, kind, key, works`,
  uncountSuggestions: `UPDATE search_suggestions AS s SET works = s.works - d.value ->> 2
    FROM json_each(?) AS d WHERE s.kind = d.value ->> 0 AND s.key = d.value ->> 1
    RETURNING suggestion_id AS id, kind, key, works`,
  deleteSuggestions: 'DELETE FROM search_suggestions WHERE suggestion_id IN (SELECT value FROM json_each(?))',
  // [word, suggestion_id] pairs, sorted.
  insertSuggestionWords: `INSERT OR IGNORE INTO search_suggestion_words (word, suggestion_id)
    SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
  deleteSuggestionWords: `DELETE FROM search_suggestion_words
    WHERE (word, suggestion_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
  suggestionsByWordPrefix: `SELECT s.text, s.kind, s.key FROM search_suggestion_words w JOIN search_suggestions s USING (suggestion_id)
    WHERE w.word >= ? AND w.word < ? ORDER BY s.works DESC, s.key LIMIT ?`,
  suggestionsByWord: `SELECT s.text, s.kind, s.key FROM search_suggestion_words w JOIN search_suggestions s USING (suggestion_id)
    WHERE w.word = ? ORDER BY s.works DESC, s.key LIMIT ?`,
} as const;
