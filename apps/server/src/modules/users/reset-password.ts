import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { deleteUserSessions, forgetAccount, generatePassword, hashPassword } from '../auth/index.ts';
import { assertCanManageAccount } from './account-access.ts';
import { findUser, setPasswordHash } from './store.ts';

/** Sets a new password (given, or generated and returned once), lifts a lockout, ends open sessions. */
export async function resetPassword(
  db: Kysely<Database>,
  actor: Actor,
  tree: UnitTree,
  id: string,
  password: string | undefined,
): Promise<{ password: string }> {
  const newPassword = password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    const user = await findUser(trx, id);
    assertCanManageAccount(actor, user, tree);
    await setPasswordHash(trx, id, user.version, passwordHash);
    await deleteUserSessions(trx, id);
    // The owner, with the new password, is not kept waiting by anyone's failed guesses.
    await forgetAccount(trx, user.username);
    await recordAudit(trx, actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      after: { generated: password === undefined },
    });
  });
  return { password: newPassword };
}
