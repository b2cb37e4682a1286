import type { SpeechCandidate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { speechAssignmentRows } from '../assignments/index.ts';

export interface SpeechAssignment extends SpeechCandidate {
  minMinutes: number | null;
  maxMinutes: number | null;
}

const DEFAULT_MINUTES = { speech: 10, documentary: 15 } as const;

/**
 * Every speech and documentary the round asked for, with its status and the length its unit gave
 * (the last submission's, else the plan's upper bound): the accepted ones drop into the agenda.
 */
export async function speechAssignments(
  db: Kysely<Database>,
  tree: UnitTree,
  campaignId: string,
  inAgenda: ReadonlySet<string>,
): Promise<SpeechAssignment[]> {
  const rows = await speechAssignmentRows(db, campaignId);
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return rows
    .map((r): SpeechAssignment => {
      const kind = r.kind === 'media' ? 'documentary' : 'speech';
      const content = r.lastSubmission;
      const topic = (content?.topic || r.topic).trim();
      const unitName = tree.byId.get(r.unit_id)?.name ?? '';
      // A documentary's topic usually names it already ("Phóng sự công tác phòng chống dịch …").
      const title =
        kind === 'documentary'
          ? /^phóng sự/i.test(topic)
            ? topic
            : `Phóng sự: ${topic || `phóng sự của ${unitName}`}`
          : topic
            ? `Tham luận: ${topic}`
            : `Tham luận của ${unitName}`;
      return {
        assignmentId: r.id,
        kind,
        unitId: r.unit_id,
        unitName,
        topic,
        title,
        durationMinutes: content?.durationMinutes ?? r.max_minutes ?? DEFAULT_MINUTES[kind],
        status: r.status,
        inAgenda: inAgenda.has(r.id),
        minMinutes: r.min_minutes,
        maxMinutes: r.max_minutes,
      };
    })
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'documentary' ? -1 : 1) ||
        (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
    );
}
