import type { Submission } from '@tongket/domain';
import { diffWords } from 'diff';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { problem } from '../../http/problem.ts';
import type { AssignmentContext } from './assignment-access.ts';
import { parseContent, selectSubmissionsBySeq, toSubmissionSummary } from './assignment-store.ts';
import { htmlToText } from './report-content.ts';

/** Word-level changes of each section (and the body) that differs from the previous submission. */
function diffContents(previous: Submission['content'], current: Submission['content']) {
  const out: NonNullable<Submission['diff']> = {};
  const keys = new Set([...Object.keys(previous.sections), ...Object.keys(current.sections)]);
  const texts = (c: Submission['content'], key: string) =>
    htmlToText(key === 'body' ? c.body : (c.sections[key] ?? ''));
  for (const key of [...keys, 'body']) {
    const before = texts(previous, key);
    const after = texts(current, key);
    if (before === after) continue;
    out[key] = diffWords(before, after).map((part) => ({
      value: part.value,
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
    }));
  }
  return out;
}

/** One submission as it was sent, with what changed since the one before. */
export async function getSubmission(
  db: Kysely<Database>,
  ctx: AssignmentContext,
  seq: number,
): Promise<Submission> {
  const rows = await selectSubmissionsBySeq(db, ctx.assignment.id, [seq - 1, seq]);
  const row = rows.find((r) => r.seq === seq);
  if (!row) throw problem('not_found', { case: 'submission', seq });
  const previous = rows.find((r) => r.seq === seq - 1);
  const content = parseContent(row.content);
  return {
    ...toSubmissionSummary(row),
    content,
    diff: previous ? diffContents(parseContent(previous.content), content) : null,
  };
}
