// `samverka explain-work ID`: why each record is in the work — the match, its key and the reason.
import { errors } from '../core/errors.ts';
import { createApp } from '../app.ts';

export async function explainWorkCommand(id: string, options: { json?: boolean }): Promise<void> {
  const app = await createApp();
  try {
    const workId = id.includes(':') ? await app.catalogue.workOfRecord(id) : id;
    const view = workId ? await app.catalogue.getWork(workId) : null;
    if (!view) throw errors.notFound(id.includes(':') ? 'Record' : 'Work', id);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ work: view.work, decisions: view.decisions })}\n`);
      return;
    }
    const { work } = view;
    console.log(`${work.id}: ${work.title}${work.authors.length ? ` / ${work.authors.join('; ')}` : ''}`);
    console.log(`${work.recordIds.length} record(s) in ${work.libraries.length} librar${work.libraries.length === 1 ? 'y' : 'ies'}: ${work.libraries.join(', ')}`);
    for (const decision of view.decisions) {
      const record = view.records.find((r) => r.id === decision.recordId);
      console.log(`\n  ${decision.recordId}${record ? `  ${record.title}${record.year ? ` (${record.year})` : ''}` : ''}`);
      console.log(`    match: ${decision.match}${decision.key ? `  key: ${decision.key}` : ''}`);
      console.log(`    ${decision.reason}`);
    }
  } finally {
    await app.close();
  }
}
