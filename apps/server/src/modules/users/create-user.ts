import type { User, UserCreate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { hashPassword } from '../auth/index.ts';
import { assertCanGrantAccount } from './account-access.ts';
import { auditView, findUser, insertUser, usernameTaken } from './store.ts';

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  input: UserCreate,
): Promise<User> {
  assertCanGrantAccount(actor, input, tree);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await usernameTaken(trx, input.username))
      throw conflict('username_taken', { username: input.username });
    const id = await insertUser(trx, {
      username: input.username,
      fullName: input.fullName,
      email: input.email,
      role: input.role,
      unitId: input.unitId,
      passwordHash,
    });
    const user = (await findUser(trx, id)) as User;
    await recordAudit(trx, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      after: auditView(user),
    });
    return user;
  });
}
