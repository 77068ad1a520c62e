// Staff tools for work grouping: why each record is in its work (`samverka explain-work`), and merges and
// splits that are stored as overrides, so that they survive every re-import and re-harvest.
import { errors } from '../core/errors.ts';
import type { BibRecord, GroupingDecision, RecordId, Work, WorkId } from '../core/types.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { GroupingOverride, Store } from '../store/store.ts';
import { splitWorkId, WorkAssembly, type Arrival } from './work-assembly.ts';

export interface RecordExplanation {
  readonly record: BibRecord;
  /** Null only for a record stored before decisions were kept. */
  readonly decision: GroupingDecision | null;
  readonly override: GroupingOverride | null;
}

export interface WorkExplanation {
  readonly work: Work;
  readonly records: readonly RecordExplanation[];
}

export interface GroupingDependencies {
  readonly store: Store;
  readonly index: SearchIndex;
  readonly clock?: () => Date;
  readonly preferredLanguage?: string;
}

export class GroupingService {
  constructor(private readonly deps: GroupingDependencies) {}

  /** The work and, for each of its records, the decision that put it there; null when no such work exists. */
  async explainWork(id: WorkId): Promise<WorkExplanation | null> {
    const { store } = this.deps;
    const work = await store.getWork(id);
    if (work === null) return null;
    const records = (await store.recordsByWorks([id])).map((s) => s.record).sort((a, b) => a.id.localeCompare(b.id));
    const ids = records.map((r) => r.id);
    const decisions = new Map((await store.decisionsByRecords(ids)).map((d) => [d.recordId, d]));
    const overrides = await store.overridesByRecords(ids);
    return {
      work,
      records: records.map((record) => ({
        record,
        decision: decisions.get(record.id) ?? null,
        override: overrides.get(record.id) ?? null,
      })),
    };
  }

  /** Moves every record of `from` into `into` for good; `from` disappears. Returns the merged work. */
  async mergeWorks(into: WorkId, from: WorkId): Promise<Work> {
    if (into === from) throw errors.badRequest('A work cannot be merged into itself', { into, from });
    return this.deps.store.transaction(async (tx) => {
      const [target, source] = await Promise.all([tx.getWork(into), tx.getWork(from)]);
      if (target === null) throw errors.notFound('Work', into);
      if (source === null) throw errors.notFound('Work', from);
      const records = (await tx.recordsByWorks([from])).map((s) => s.record);
      const createdAt = this.now();
      await this.regroup(tx, from, records.map((record) => ({ record, override: { recordId: record.id, kind: 'merge', workId: into, createdAt } })));
      const merged = await tx.getWork(into);
      if (merged === null) throw errors.notFound('Work', into);
      return merged;
    });
  }

  /** Gives a record a work of its own for good, which no other record joins. Returns that work's id. */
  async splitRecord(recordId: RecordId): Promise<WorkId> {
    return this.deps.store.transaction(async (tx) => {
      const [stored] = await tx.recordsByIds([recordId]);
      if (stored === undefined) throw errors.notFound('Record', recordId);
      const override: GroupingOverride = { recordId, kind: 'split', workId: splitWorkId(recordId), createdAt: this.now() };
      await this.regroup(tx, stored.workId, [{ record: stored.record, override }]);
      return override.workId;
    });
  }

  /** Undoes a merge or split: the record is grouped again by the ladder. Returns the work it lands in. */
  async clearOverride(recordId: RecordId): Promise<WorkId> {
    return this.deps.store.transaction(async (tx) => {
      const [stored] = await tx.recordsByIds([recordId]);
      if (stored === undefined) throw errors.notFound('Record', recordId);
      await tx.removeOverrides([recordId]);
      const [placement] = await this.regroup(tx, stored.workId, [{ record: stored.record, override: null }]);
      return placement.workId;
    });
  }

  /** Takes records out of their current work and places them again, overrides first stored. */
  private async regroup(tx: Store, fromWork: WorkId, arrivals: readonly Arrival[]) {
    const overrides = arrivals.flatMap((a) => (a.override ? [a.override] : []));
    if (overrides.length > 0) await tx.setOverrides(overrides);
    const assembly = new WorkAssembly(tx, this.deps.preferredLanguage);
    const placements = await assembly.place(arrivals.map((a) => ({ recordId: a.record.id, workId: fromWork })), arrivals);
    await tx.moveRecords(placements.map((p) => ({ recordId: p.recordId, workId: p.workId })));
    await assembly.commit(this.deps.index);
    return placements;
  }

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }
}
