import { formatTimeVn, type Me } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { HttpProblem } from '../../http/problem.ts';
import { nowIso } from '../../lib/ids.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-attempts.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  sessionTtlHours: number;
}

const invalid = () => new HttpProblem(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');

export async function login(db: Kysely<Database>, input: LoginInput): Promise<{ token: string; user: Me }> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (!user) {
    await verifyAgainstDummy(input.password);
    await recordAudit(db, null, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: null,
      after: { username: input.username, ip: input.ip, reason: 'unknown_user' },
    });
    throw invalid();
  }
  const now = Date.now();
  if (user.locked_until && Date.parse(user.locked_until) > now) {
    const minutes = Math.ceil((Date.parse(user.locked_until) - now) / 60_000);
    throw new HttpProblem(
      429,
      'login_locked',
      `Tài khoản tạm khóa do nhập sai mật khẩu ${MAX_FAILED_LOGINS} lần liên tiếp. Vui lòng thử lại sau ${formatTimeVn(user.locked_until)} (còn ${minutes} phút) hoặc liên hệ quản trị viên để mở khóa.`,
      { headers: { 'retry-after': String(minutes * 60) } },
    );
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    role: user.role as Actor['role'],
    unitId: user.unit_id,
    ip: input.ip,
  };
  if (!ok) {
    const failed = user.failed_logins + 1;
    const locks = failed >= MAX_FAILED_LOGINS;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_logins: locks ? 0 : failed,
          locked_until: locks ? new Date(now + LOCK_MINUTES * 60_000).toISOString() : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(
        trx,
        { ...actor, userId: '' },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: { failedLogins: failed, locked: locks },
        },
      );
    });
    if (locks) {
      throw new HttpProblem(
        429,
        'login_locked',
        `Bạn đã nhập sai mật khẩu ${MAX_FAILED_LOGINS} lần liên tiếp. Tài khoản tạm khóa ${LOCK_MINUTES} phút; vui lòng thử lại sau hoặc liên hệ quản trị viên.`,
        { headers: { 'retry-after': String(LOCK_MINUTES * 60) } },
      );
    }
    throw invalid();
  }
  if (user.active !== 1) {
    throw new HttpProblem(
      403,
      'account_disabled',
      'Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị viên của đơn vị.',
    );
  }
  const unit = await db.selectFrom('units').select('name').where('id', '=', user.unit_id).executeTakeFirst();
  const token = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: nowIso() })
      .where('id', '=', user.id)
      .execute();
    await recordAudit(trx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return createSession(trx, user.id, input.sessionTtlHours, input.ip, input.userAgent);
  });
  return {
    token,
    user: {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      email: user.email,
      role: actor.role,
      unitId: user.unit_id,
      unitName: unit?.name ?? '',
    },
  };
}
