import type { User, UserCreate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden } from '../../http/problem.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { auditView, findUser } from './queries.ts';

/** Only the installation's administrator makes another: a province's administrator cannot. */
export const SYSADMIN_ONLY = 'Chỉ quản trị hệ thống mới tạo hoặc sửa được tài khoản quản trị hệ thống.';

export async function createUser(db: Kysely<Database>, actor: Actor, input: UserCreate): Promise<User> {
  if (input.role === 'sysadmin' && actor.role !== 'sysadmin') throw forbidden(SYSADMIN_ONLY);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
    if (!unit) {
      throw badRequest('unit_not_found', 'Đơn vị được chọn không tồn tại.', [
        { field: 'unitId', message: 'Đơn vị không tồn tại' },
      ]);
    }
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken) throw conflict('username_taken', `Tên đăng nhập "${input.username}" đã có người dùng.`);
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        full_name: input.fullName,
        email: input.email ?? null,
        role: input.role,
        unit_id: input.unitId,
        password_hash: passwordHash,
        active: 1,
        last_login_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
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
