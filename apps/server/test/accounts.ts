import type { Role } from '@tongket/domain';
import { newId, nowIso } from '../src/lib/ids.ts';
import type { TestServer } from './harness.ts';

/**
 * An account the demo lacks (a system administrator, Bình Dương's administrator or reviewer),
 * written straight into the database with the demo password: no route may make some of these,
 * and a test should not depend on the route that makes the others.
 */
export async function addAccount(
  server: TestServer,
  account: { username: string; fullName: string; role: Role; unitCode: string },
): Promise<string> {
  const { password_hash } = await server.db.kysely
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const id = newId();
  const now = nowIso();
  await server.db.kysely
    .insertInto('users')
    .values({
      id,
      username: account.username,
      full_name: account.fullName,
      email: null,
      role: account.role,
      unit_id: await server.unitId(account.unitCode),
      password_hash,
      active: 1,
      last_login_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
