// Who "last changed by" is: staff accounts are a coordinator's to list, but every editor may read their library's
// audit log, whose lines name the actor's e-mail — one read gives the names a page needs.
import type { Actor } from '../../../core/content.ts';
import type { ContentEditor } from '../../../services/content/content-editor.ts';

const LINES_READ = 500;

export async function editorNames(editor: ContentEditor, actor: Actor): Promise<ReadonlyMap<string, string>> {
  const names = new Map<string, string>([[actor.id, actor.email]]);
  const library = actor.role === 'coordinator' ? undefined : actor.library;
  if (library === null) return names;
  for (const line of await editor.auditLog(actor, { library, limit: LINES_READ })) {
    if (line.actorId && line.actorEmail && !names.has(line.actorId)) names.set(line.actorId, line.actorEmail);
  }
  return names;
}
