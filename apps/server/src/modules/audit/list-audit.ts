import type { AuditEntry, AuditQuery } from '@tongket/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type ProvinceScope, withProvince } from './province-scope.ts';

const DEFAULT_LIMIT = 50;

type Scoped = Database & { province_units: { id: string }; province_rounds: { id: string } };

/**
 * An entry belongs to a province when its actor's unit lies in it, or the object it is about
 * does (a unit, an account, a round and what a round holds). Entries about the shared award
 * catalogue or the system itself belong to their actor's province only; those with neither (the
 * demo seeding, a sign-in under an unknown name) to no province: the system administrator sees them.
 * Accounts and units are read as they are now: an account moved to another province takes its
 * history along.
 */
function inProvince(eb: ExpressionBuilder<Scoped, 'audit_log'>) {
  const units = eb.selectFrom('province_units').select('province_units.id');
  const rounds = eb.selectFrom('province_rounds').select('province_rounds.id');
  const accounts = eb.selectFrom('users').select('users.id').where('users.unit_id', 'in', units);
  const conferences = eb
    .selectFrom('conferences')
    .select('conferences.id')
    .where('conferences.campaign_id', 'in', rounds);
  const type = (t: string) => eb('audit_log.entity_type', '=', t);
  return eb.or([
    eb('audit_log.actor_id', 'in', accounts),
    eb.and([type('unit'), eb('audit_log.entity_id', 'in', units)]),
    eb.and([type('user'), eb('audit_log.entity_id', 'in', accounts)]),
    eb.and([type('campaign'), eb('audit_log.entity_id', 'in', rounds)]),
    eb.and([
      type('assignment'),
      eb(
        'audit_log.entity_id',
        'in',
        eb.selectFrom('assignments').select('assignments.id').where('assignments.campaign_id', 'in', rounds),
      ),
    ]),
    eb.and([
      type('nomination'),
      eb(
        'audit_log.entity_id',
        'in',
        eb.selectFrom('nominations').select('nominations.id').where('nominations.campaign_id', 'in', rounds),
      ),
    ]),
    eb.and([
      type('decision'),
      eb(
        'audit_log.entity_id',
        'in',
        eb.selectFrom('decisions').select('decisions.id').where('decisions.campaign_id', 'in', rounds),
      ),
    ]),
    eb.and([type('conference'), eb('audit_log.entity_id', 'in', conferences)]),
    eb.and([
      type('conference_delegate'),
      eb(
        'audit_log.entity_id',
        'in',
        eb
          .selectFrom('conference_delegates')
          .select('conference_delegates.id')
          .where('conference_delegates.conference_id', 'in', conferences),
      ),
    ]),
  ]);
}

/** Newest first, paged by id (UUIDv7 ids sort by time); only the entries of `scope`'s province. */
export async function listAudit(
  db: Kysely<Database>,
  scope: ProvinceScope,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  let q = withProvince(db, scope?.provinceId ?? '')
    .selectFrom('audit_log')
    .selectAll('audit_log');
  if (scope) q = q.where(inProvince);
  if (query.actor) q = q.where('audit_log.actor_username', '=', query.actor.toLowerCase());
  if (query.action) q = q.where('audit_log.action', '=', query.action);
  if (query.entityType) q = q.where('audit_log.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('audit_log.entity_id', '=', query.entityId);
  if (query.from) q = q.where('audit_log.at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('audit_log.at', '<=', new Date(query.to).toISOString());
  if (query.cursor) q = q.where('audit_log.id', '<', query.cursor);
  const rows = await q
    .orderBy('audit_log.id', 'desc')
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
