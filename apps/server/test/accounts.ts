import type { Role } from '@tongket/domain';
import { insertUser } from '../src/modules/users/index.ts';
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
  return insertUser(server.db.kysely, {
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    unitId: await server.unitId(account.unitCode),
    passwordHash: password_hash,
  });
}
