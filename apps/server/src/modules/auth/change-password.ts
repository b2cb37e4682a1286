import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import { nowIso } from '../../lib/ids.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { passwordOf, setPassword } from './store.ts';

export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await passwordOf(db, actor.userId);
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
    await setPassword(trx, actor.userId, passwordHash, user.version, nowIso());
    await recordAudit(trx, actor, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
