import type { User, UserPatch } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound, versionConflict } from '../../http/problem.ts';
import { nowIso } from '../../lib/ids.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { SYSADMIN_ONLY } from './create-user.ts';
import { auditView, findUser } from './queries.ts';

export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: UserPatch,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, id);
    if (!before) throw notFound('Không tìm thấy tài khoản.');
    if (before.version !== patch.version) throw versionConflict('Tài khoản');
    if ((patch.role === 'sysadmin' || before.role === 'sysadmin') && actor.role !== 'sysadmin') {
      throw forbidden(SYSADMIN_ONLY);
    }
    if (patch.unitId !== undefined) {
      const unit = await trx
        .selectFrom('units')
        .select('id')
        .where('id', '=', patch.unitId)
        .executeTakeFirst();
      if (!unit) {
        throw badRequest('unit_not_found', 'Đơn vị được chọn không tồn tại.', [
          { field: 'unitId', message: 'Đơn vị không tồn tại' },
        ]);
      }
    }
    const losesAdmin =
      before.role === 'admin' &&
      before.active &&
      (patch.active === false || (patch.role && patch.role !== 'admin'));
    if (losesAdmin) {
      const admins = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
      if (Number(admins.n) <= 1) {
        throw conflict(
          'last_admin',
          'Không thể khóa hoặc đổi vai trò của quản trị viên cuối cùng đang hoạt động.',
        );
      }
    }
    const result = await trx
      .updateTable('users')
      .set({
        ...(patch.fullName !== undefined && { full_name: patch.fullName }),
        ...(patch.email !== undefined && { email: patch.email }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.unitId !== undefined && { unit_id: patch.unitId }),
        ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        version: before.version + 1,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('version', '=', patch.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw versionConflict('Tài khoản');
    // A disabled account or a changed role must not keep acting through sessions opened before.
    if (patch.active === false || (patch.role !== undefined && patch.role !== before.role)) {
      await deleteUserSessions(trx, id);
    }
    const after = (await findUser(trx, id)) as User;
    await recordAudit(trx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
