// `samverka explain-work ID`: why each record is in the work — the match, its key, the reason, and any staff override.
import { errors } from '../core/errors.ts';
import { createApp } from '../app.ts';

export async function explainWorkCommand(id: string, options: { json?: boolean }): Promise<void> {
  const app = await createApp();
  try {
    const workId = id.includes(':') ? await app.catalogue.workOfRecord(id) : id;
    const explanation = workId ? await app.grouping.explainWork(workId) : null;
    if (!explanation) throw errors.notFound(id.includes(':') ? 'Record' : 'Work', id);
    if (options.json) {
      const records = explanation.records.map(({ record, decision, override }) => ({ id: record.id, title: record.title, year: record.year, decision, override }));
      process.stdout.write(`${JSON.stringify({ work: explanation.work, records })}\n`);
      return;
    }
    const { work } = explanation;
    const lines = [
      `${work.id}: ${work.title}${work.authors.length ? ` / ${work.authors.join('; ')}` : ''}`,
      `${work.recordIds.length} record(s) in ${work.libraries.length} librar${work.libraries.length === 1 ? 'y' : 'ies'}: ${work.libraries.join(', ')}`,
    ];
    for (const { record, decision, override } of explanation.records) {
      lines.push('', `  ${record.id}  ${record.title}${record.year ? ` (${record.year})` : ''}`);
      if (decision) lines.push(`    match: ${decision.match}${decision.key ? `  key: ${decision.key}` : ''}`, `    ${decision.reason}`);
      else lines.push('    (no decision stored: imported before decisions were kept)');
      if (override) lines.push(`    staff override: ${override.kind} (${override.createdAt})`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
  }
}
