import type { AuditEntry, AuditQuery } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const DEFAULT_LIMIT = 50;

/** Newest first, paged by id (UUIDv7 ids sort by time). */
export async function listAudit(
  db: Kysely<Database>,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  let q = db.selectFrom('audit_log').selectAll();
  if (query.actor) q = q.where('actor_username', '=', query.actor.toLowerCase());
  if (query.action) q = q.where('action', '=', query.action);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.from) q = q.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('at', '<=', new Date(query.to).toISOString());
  if (query.cursor) q = q.where('id', '<', query.cursor);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorUsername: r.actor_username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
      ip: r.ip,
    })),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
