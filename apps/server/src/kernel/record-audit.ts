import type { Kysely } from 'kysely';
import { namedQuery } from '../db/prepared-query.ts';
import type { AuditLogTable, Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { newId, nowIso } from '../lib/ids.ts';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Every change writes one: compiled once. */
const insertAudit = namedQuery<AuditLogTable>((db, p) =>
  db.insertInto('audit_log').values({
    id: p.id,
    at: p.at,
    actor_id: p.actor_id,
    actor_username: p.actor_username,
    action: p.action,
    entity_type: p.entity_type,
    entity_id: p.entity_id,
    before_json: p.before_json,
    after_json: p.after_json,
    ip: p.ip,
  }),
);

/**
 * Appends one entry to the audit log. Call it with the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor | null,
  event: AuditEvent,
): Promise<void> {
  await insertAudit(db, {
    id: newId(),
    at: nowIso(),
    actor_id: actor?.userId || null,
    actor_username: actor?.username ?? null,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    before_json: event.before === undefined || event.before === null ? null : JSON.stringify(event.before),
    after_json: event.after === undefined || event.after === null ? null : JSON.stringify(event.after),
    ip: actor?.ip ?? null,
  });
}
