// The audit log's short Swedish summaries of content changes: "Publicerade nyhet: Sagostund i Krokom".
import type { AuditAction, ContentItem, ContentKind, ContentStatus } from '../../core/content.ts';

const KIND_NAME: Readonly<Record<ContentKind, string>> = { news: 'nyhet', event: 'evenemang', page: 'sida', eservice: 'e-tjänst' };

const VERB: Readonly<Partial<Record<AuditAction, string>>> = {
  create: 'Skapade', update: 'Ändrade', publish: 'Publicerade', unpublish: 'Avpublicerade', delete: 'Tog bort', upload: 'Laddade upp',
};

/** What a save did: a change of status is a publication or its withdrawal, anything else an update. */
export function saveAction(before: ContentStatus | null, after: ContentStatus): AuditAction {
  if (before === null) return 'create';
  if (before !== after) return after === 'published' ? 'publish' : 'unpublish';
  return 'update';
}

export function titleOf(item: ContentItem): string {
  return item.kind === 'eservice' ? item.name : item.title.sv;
}

export function contentSummary(action: AuditAction, item: ContentItem): string {
  const published = action === 'create' && item.status === 'published' ? ' (publicerad)' : '';
  return `${VERB[action] ?? action} ${KIND_NAME[item.kind]}${published}: ${shorten(titleOf(item))}`;
}

export function auditVerb(action: AuditAction): string {
  return VERB[action] ?? action;
}

/** A summary is one line in a table; a long title is cut. */
export function shorten(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
