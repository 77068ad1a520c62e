// SQL of what is only ever added to: the audit log and the accessibility reports (which only get marked handled).
import type { Kysely } from 'kysely';
import type { AccessibilityReport, AuditAction, AuditEntry } from '../../../core/content.ts';
import type { AuditQuery } from '../../content-store.ts';
import type { ContentTables } from './content-schema.ts';

export class AuditRepository {
  constructor(private readonly db: Kysely<ContentTables>) {}

  async addReport(report: Omit<AccessibilityReport, 'id' | 'handled'>): Promise<AccessibilityReport> {
    const row = await this.db.insertInto('accessibility_reports')
      .values({ at: report.at, page_url: report.pageUrl, description: report.description, contact: report.contact })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, at: report.at, pageUrl: report.pageUrl, description: report.description, contact: report.contact, handled: false };
  }

  /** Newest first. */
  async reports(): Promise<AccessibilityReport[]> {
    const rows = await this.db.selectFrom('accessibility_reports').selectAll().orderBy('id', 'desc').execute();
    return rows.map((r) => ({ id: r.id, at: r.at, pageUrl: r.page_url, description: r.description, contact: r.contact, handled: r.handled === 1 }));
  }

  async markHandled(id: number): Promise<void> {
    await this.db.updateTable('accessibility_reports').set({ handled: 1 }).where('id', '=', id).execute();
  }

  async append(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.db.insertInto('audit_log').values({
      at: entry.at, actor_id: entry.actorId, actor_email: entry.actorEmail, action: entry.action, target_kind: entry.targetKind,
      target_id: entry.targetId, library: entry.library, summary: entry.summary,
    }).execute();
  }

  /** Newest first. */
  async entries(query: AuditQuery): Promise<AuditEntry[]> {
    let select = this.db.selectFrom('audit_log').selectAll();
    if (query.library !== undefined) select = select.where('library', query.library === null ? 'is' : '=', query.library);
    if (query.actorId !== undefined) select = select.where('actor_id', '=', query.actorId);
    if (query.targetKind !== undefined) select = select.where('target_kind', '=', query.targetKind);
    if (query.targetId !== undefined) select = select.where('target_id', '=', query.targetId);
    select = select.orderBy('id', 'desc');
    if (query.limit !== undefined || query.offset !== undefined) select = select.limit(query.limit ?? -1);
    if (query.offset !== undefined) select = select.offset(query.offset);
    return (await select.execute()).map((r) => ({
      id: r.id, at: r.at, actorId: r.actor_id, actorEmail: r.actor_email, action: r.action as AuditAction, targetKind: r.target_kind,
      targetId: r.target_id, library: r.library, summary: r.summary,
    }));
  }
}
