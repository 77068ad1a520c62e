// Places records into works (candidate lookup, grouping ladder, staff overrides) and rewrites every work it
// touched, in the store and the search index. One assembly serves one batch inside one store transaction.
import type { BibRecord, GroupingDecision, RecordId, WorkId } from '../core/types.ts';
import { hashedWorkId } from '../catalogue/grouping-features.ts';
import { candidateKeys, chooseWork, groupingFeatures, workIdFor, type CandidateWork, type GroupingFeatures } from '../catalogue/work-grouping.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { GroupingOverride, RecordWork, Store } from '../store/store.ts';
import { WorkTally } from './work-tally.ts';

export interface Arrival {
  readonly record: BibRecord;
  /** The record's grouping features when the caller has them (an import made them with the record). */
  readonly features?: GroupingFeatures;
  readonly override: GroupingOverride | null;
}

export interface Placement {
  readonly recordId: RecordId;
  readonly workId: WorkId;
  readonly decision: GroupingDecision;
  /** The keys the record is filed under; none for a record split off by staff, so nothing joins it. */
  readonly keys: readonly string[];
}

/** The work id for a record that staff split off: its own, derived from the record id alone. */
export function splitWorkId(recordId: RecordId): WorkId {
  return hashedWorkId(`split|${recordId}`);
}

/**
 * Tallies that earlier batches of an import read and did not change, with the stored text they were read from: a
 * work that many records are judged against without joining it (one sheet of a map series among hundreds) is
 * parsed once, not once per batch. A cached tally is used only while the store still holds that very text.
 */
export type TallyCache = Map<WorkId, { readonly json: string; readonly tally: WorkTally }>;

export class WorkAssembly {
  /** Tallies of every work read or made so far, records in flight excluded until placed. */
  private readonly tallies = new Map<WorkId, WorkTally>();
  /** The stored text of each tally read from the store, while this batch has not changed it. */
  private readonly readAs = new Map<WorkId, string>();
  /** Key → works of the records placed in this batch: later records of the batch find them too. */
  private readonly placedKeys = new Map<string, Set<WorkId>>();
  private readonly touched = new Set<WorkId>();
  /** Works that records left: their stored tallies are out of date. */
  private readonly left = new Set<WorkId>();
  private readonly placements: Placement[] = [];

  constructor(
    private readonly store: Store,
    private readonly preferredLanguage?: string,
    private readonly cache: TallyCache = new Map(),
  ) {}

  /**
   * Takes `leaving` records out of their works (deleted, or about to be placed again), then places each
   * arriving record in order, so that records of one batch can group with each other.
   */
  async place(leaving: readonly RecordWork[], arriving: readonly Arrival[]): Promise<readonly Placement[]> {
    const inFlight = new Set([...leaving.map((l) => l.recordId), ...arriving.map((a) => a.record.id)]);
    const prepared = arriving.map((a) => {
      const f = a.features ?? groupingFeatures(a.record);
      return { ...a, features: f, keys: candidateKeys(f) };
    });
    const stored = new Map<string, Set<WorkId>>();
    // Of the records in flight, only those leaving their works are stored with keys; the rest arrive new.
    const keys = [...new Set(prepared.flatMap((p) => p.keys))];
    for (const hit of await this.store.worksByGroupingKeys(keys, leaving.map((l) => l.recordId))) {
      addTo(stored, hit.key, hit.workId);
    }
    // Works that records leave are tallied again from their other records; the rest are read from their tallies.
    await this.loadFromRecords(inFlight, leaving.map((l) => l.workId));
    await this.load(inFlight, [
      ...[...stored.values()].flatMap((ids) => [...ids]),
      ...prepared.map((p) => p.override?.workId ?? workIdFor(p.features)),
    ]);
    for (const l of leaving) {
      this.touched.add(l.workId);
      this.left.add(l.workId);
    }

    const placed: Placement[] = [];
    for (const p of prepared) {
      const placement = p.override
        ? overridePlacement(p.record.id, p.override, p.keys)
        : await this.choose(inFlight, p.features, p.keys, stored);
      this.tallyOf(placement.workId).add(p.record, p.features);
      this.touched.add(placement.workId);
      for (const key of placement.keys) addTo(this.placedKeys, key, placement.workId);
      placed.push(placement);
    }
    this.placements.push(...placed);
    return placed;
  }

  /** Writes grouping keys and decisions of the placed records, and every touched work (or its removal). */
  async commit(index: SearchIndex): Promise<void> {
    if (this.placements.length > 0) {
      await this.store.replaceGroupingKeys(this.placements.map((p) => ({ recordId: p.recordId, workId: p.workId, keys: p.keys })));
      await this.store.upsertDecisions(this.placements.map((p) => p.decision));
    }
    const works = [];
    const documents = [];
    const tallies = [];
    const untallied: WorkId[] = [];
    const emptied: WorkId[] = [];
    for (const id of this.touched) {
      const tally = this.tallyOf(id);
      if (tally.size === 0) {
        emptied.push(id);
        continue;
      }
      const work = tally.work(id, this.preferredLanguage);
      works.push(work);
      documents.push(tally.document(work));
      // A work of one record is read from that record as cheaply as from a tally: most works never get one.
      if (tally.size > 1) tallies.push({ workId: id, data: tally.toJSON() });
      else if (this.left.has(id)) untallied.push(id);
    }
    if (works.length > 0) await this.store.upsertWorks(works);
    if (tallies.length > 0) await this.store.upsertWorkTallies(tallies);
    if (untallied.length > 0) await this.store.deleteWorkTallies(untallied);
    if (emptied.length > 0) await this.store.deleteWorks(emptied);
    if (documents.length > 0) await index.upsert(documents);
    if (emptied.length > 0) await index.remove(emptied);
    for (const [id, json] of this.readAs) if (!this.touched.has(id)) this.cache.set(id, { json, tally: this.tallyOf(id) });
  }

  private async choose(
    inFlight: ReadonlySet<RecordId>, f: GroupingFeatures, keys: readonly string[], stored: ReadonlyMap<string, ReadonlySet<WorkId>>,
  ): Promise<Placement> {
    const found = new Set<WorkId>();
    for (const key of keys) {
      for (const id of stored.get(key) ?? []) found.add(id);
      for (const id of this.placedKeys.get(key) ?? []) found.add(id);
    }
    const candidates: CandidateWork[] = [];
    for (const id of found) {
      const tally = this.tallyOf(id);
      if (tally.size > 0) candidates.push({ workId: id, members: tally.features(), size: tally.size });
    }
    let decision = chooseWork(f, candidates);
    if (decision.match === 'new-work') decision = { ...decision, workId: await this.freeWorkId(inFlight, decision.workId, f.recordId) };
    return { recordId: f.recordId, workId: decision.workId, decision, keys };
  }

  /**
   * A new work's id must not be one that a work outside the candidates holds (one founded by a record that has
   * since changed title keeps its id): then the new work takes an id derived from the record as well.
   */
  private async freeWorkId(inFlight: ReadonlySet<RecordId>, proposed: WorkId, recordId: RecordId): Promise<WorkId> {
    let id = proposed;
    for (let attempt = 1; ; attempt++) {
      await this.load(inFlight, [id]);
      if (this.tallyOf(id).size === 0) return id;
      id = hashedWorkId(`${proposed}|${recordId}|${attempt}`);
    }
  }

  /** Reads works from their stored tallies; a work without a readable one is tallied from its records. */
  private async load(inFlight: ReadonlySet<RecordId>, workIds: readonly WorkId[]): Promise<void> {
    const missing = [...new Set(workIds)].filter((id) => !this.tallies.has(id));
    if (missing.length === 0) return;
    const untallied: WorkId[] = [];
    const stored = await this.store.workTallies(missing);
    for (const id of missing) {
      const json = stored.get(id);
      // Taken from the cache, not shared: this batch may change it, and only what it leaves unchanged goes back.
      const cached = this.cache.get(id);
      this.cache.delete(id);
      const tally = json === undefined ? null : cached?.json === json ? cached.tally : WorkTally.parse(json);
      if (tally === null) untallied.push(id);
      else {
        this.tallies.set(id, tally);
        this.readAs.set(id, json!);
      }
    }
    await this.loadFromRecords(inFlight, untallied);
  }

  /** Tallies works again from their stored records, those in flight left out (they are placed anew). */
  private async loadFromRecords(inFlight: ReadonlySet<RecordId>, workIds: readonly WorkId[]): Promise<void> {
    const missing = [...new Set(workIds)].filter((id) => !this.tallies.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.tallies.set(id, WorkTally.empty());
    for (const { record, workId } of await this.store.recordsByWorks(missing)) {
      if (!inFlight.has(record.id)) this.tallyOf(workId).add(record, groupingFeatures(record));
    }
  }

  private tallyOf(id: WorkId): WorkTally {
    let tally = this.tallies.get(id);
    if (tally === undefined) this.tallies.set(id, (tally = WorkTally.empty()));
    return tally;
  }
}

function overridePlacement(recordId: RecordId, override: GroupingOverride, keys: readonly string[]): Placement {
  const split = override.kind === 'split';
  const decision: GroupingDecision = {
    recordId,
    workId: override.workId,
    match: split ? 'override-split' : 'override-merge',
    key: null,
    reason: split
      ? `Split off by staff into a work of its own on ${override.createdAt}`
      : `Merged by staff into ${override.workId} on ${override.createdAt}`,
  };
  return { recordId, workId: override.workId, decision, keys: split ? [] : keys };
}

function addTo(map: Map<string, Set<WorkId>>, key: string, workId: WorkId): void {
  let ids = map.get(key);
  if (ids === undefined) map.set(key, (ids = new Set()));
  ids.add(workId);
}
