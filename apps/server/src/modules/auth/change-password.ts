import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['password_hash', 'version'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw badRequest('wrong_password', undefined, [
      {
        field: 'currentPassword',
        message: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is incorrect' },
      },
    ]);
  }
  if (currentPassword === newPassword) {
    throw badRequest('same_password', undefined, [
      {
        field: 'newPassword',
        message: {
          vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
          en: 'The new password must differ from the current one',
        },
      },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, version: user.version + 1, updated_at: nowIso() })
      .where('id', '=', actor.userId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
