// Maps the catalogue's answers to the JSON API's shapes (DESIGN.md §5); the shapes are typed by api-schemas.ts.
import type { BibRecord, Library } from '../../core/types.ts';
import type { WorkAvailability } from '../../services/availability-reader.ts';
import type { SearchResult, WorkView } from '../../services/catalogue-reader.ts';
import type { AvailabilityResponse, LibrariesResponse, SearchResponse, WorkResponse } from './api-schemas.ts';
import { presentOpeningHours } from './opening-hours.presenter.ts';

export function presentSearch(result: SearchResult): SearchResponse {
  return {
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    hits: result.hits.map((hit) => ({
      id: hit.id, title: hit.title, subtitle: hit.subtitle, authors: hit.authors,
      year: hit.yearMax, yearMin: hit.yearMin, yearMax: hit.yearMax,
      formats: hit.formats, languages: hit.languages, libraries: hit.libraries, availableLibraries: hit.availableLibraries,
      recordCount: hit.recordCount,
    })),
    facets: result.facets,
    availableCount: result.availableCount,
    didYouMean: result.didYouMean,
  };
}

export function presentWork({ work, records, holdings }: WorkView): WorkResponse {
  return {
    id: work.id, title: work.title, subtitle: work.subtitle, authors: work.authors,
    yearMin: work.yearMin, yearMax: work.yearMax, formats: work.formats, languages: work.languages,
    subjects: work.subjects, audiences: work.audiences, libraries: work.libraries,
    records: records.map(presentRecord),
    holdings: holdings.map((h) => ({
      recordId: h.recordId, library: h.library, branch: h.branch, callNumber: h.callNumber,
      status: h.status, dueDate: h.dueDate, asOf: h.asOf,
    })),
  };
}

/** A record's normalized fields; its holdings are listed once, at the work's level. */
function presentRecord(record: BibRecord): WorkResponse['records'][number] {
  const { holdings: _listedAtWorkLevel, deleted: _neverDeletedHere, ...fields } = record;
  return fields;
}

/** The member libraries and their branches, with opening statuses as of `now`. */
export function presentLibraries(libraries: readonly Library[], now: Date): LibrariesResponse {
  return {
    asOf: now.toISOString(),
    libraries: libraries.map((l) => ({
      id: l.id, name: l.name, municipalityCode: l.municipalityCode ?? null, population: l.population ?? null,
      branches: l.branches.map((b) => ({
        id: b.id, name: b.name, kind: b.kind ?? 'library', openingHours: b.openingHours ? presentOpeningHours(b.openingHours, now) : null,
      })),
    })),
  };
}

export function presentAvailability({ workId, holdings, sources }: WorkAvailability): AvailabilityResponse {
  return {
    workId,
    holdings: holdings.map((h) => ({
      recordId: h.recordId, library: h.library, branch: h.branch, callNumber: h.callNumber,
      status: h.status, dueDate: h.dueDate, asOf: h.asOf, live: h.live, ...(h.reason ? { reason: h.reason } : {}),
    })),
    sources: sources.map((s) => ({ library: s.library, live: s.live, ...(s.reason ? { reason: s.reason } : {}) })),
  };
}
