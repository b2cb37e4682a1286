import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { newId, nowIso } from '../lib/ids.ts';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the audit log. Call it with the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor | null,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
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
    })
    .execute();
}
