import { usernameSchema } from '@tongket/domain';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { DatabaseTooNewError, migrateToLatest, migrationPlan } from './db/migrate.ts';
import { systemActor } from './http/actor.ts';
import { recordAudit } from './kernel/record-audit.ts';
import { bumpUnitsVersion } from './kernel/unit-queries.ts';
import { devSignCommand } from './lib/dev-sign.ts';
import { newId, nowIso } from './lib/ids.ts';
import { generatePassword, hashPassword } from './modules/auth/index.ts';
import { BackupError, createBackup, restoreBackup } from './modules/backup/index.ts';
import { insertUser } from './modules/users/index.ts';

const USAGE = `Cách dùng:
  npm run cli -- create-admin <tên-đăng-nhập> [--unit <mã-đơn-vị>] [--system]
      Tạo tài khoản quản trị của tỉnh chứa đơn vị đó và in mật khẩu tạm (đổi ngay sau khi đăng
      nhập). Đặt TONGKET_ADMIN_PASSWORD để tự chọn mật khẩu. Không có --unit: dùng đơn vị gốc đầu
      tiên. --system: tài khoản quản trị hệ thống (quản lý mọi tỉnh: thêm tỉnh, đơn vị, tài khoản).
      Cơ sở dữ liệu chưa có đơn vị nào: tạo đơn vị "Quản trị hệ thống" (mã ADMIN) và tài khoản
      quản trị hệ thống, để người đó thêm tỉnh đầu tiên.

  npm run cli -- migrate [--dry-run]
      Cập nhật cấu trúc dữ liệu lên phiên bản của bản cài này (máy chủ cũng tự làm khi khởi động).
      --dry-run: chỉ in những bước sẽ chạy, không thay đổi gì.

  npm run cli -- backup [--out <thư-mục>]
      Sao lưu toàn bộ dữ liệu (cơ sở dữ liệu và tệp đính kèm) vào một tệp .zip trong thư mục
      (mặc định BACKUP_DIR, nếu không đặt thì DATA_DIR/backups). Chạy được khi máy chủ đang hoạt động.

  npm run cli -- restore <tệp-sao-lưu>
      Khôi phục một bản sao lưu vào thư mục dữ liệu trống (DATA_DIR), hoặc vào schema trống của
      PostgreSQL (DATABASE_URL). Mọi mã SHA-256 và số dòng được kiểm tra trước; bản sao lưu hỏng
      hoặc không khớp bị từ chối và không có gì bị thay đổi. Bản sao lưu của SQLite khôi phục được
      vào PostgreSQL và ngược lại: cách chuyển một bản cài sang loại cơ sở dữ liệu kia.

  npm run cli -- dev-sign <launchUrl | fetchUrl uploadUrl> --cert <cert.pem> --key <key.pem>
        [--chain <ca.pem>] --name "<người ký>" [--agency] [--image <ảnh.png>]
      CHỈ ĐỂ PHÁT TRIỂN, KIỂM THỬ: chương trình ký thử theo giao thức ký số (tải văn bản qua đường
      dẫn dùng một lần, ký bằng chứng thư và khóa trong tệp, gửi lại). --agency: chữ ký phát hành
      của văn thư (dấu cơ quan). Chỉ chạy khi đặt TONGKET_DEV_SIGNER=1, không bao giờ khi
      NODE_ENV=production.`;

async function migrate(args: string[]): Promise<number> {
  const unknownFlag = args.find((a) => a !== '--dry-run');
  if (unknownFlag) {
    console.error(`Không hiểu tham số "${unknownFlag}".\n\n${USAGE}`);
    return 2;
  }
  const db = openDatabase(loadConfig());
  try {
    const plan = await migrationPlan(db);
    if (plan.unknown.length > 0) {
      console.error(new DatabaseTooNewError(plan.unknown, plan.latest).message);
      return 1;
    }
    if (args.includes('--dry-run')) {
      if (plan.pending.length === 0) {
        console.log(`Cơ sở dữ liệu (${db.location}) đã ở phiên bản ${plan.latest}; không có gì để cập nhật.`);
      } else {
        console.log(`Sẽ chạy ${plan.pending.length} bước cập nhật cấu trúc trên ${db.location}:`);
        for (const name of plan.pending) console.log(`  ${name}`);
        console.log('Chưa thay đổi gì (--dry-run).');
      }
      return 0;
    }
    const ran = await migrateToLatest(db);
    console.log(
      ran.length === 0
        ? `Cơ sở dữ liệu (${db.location}) đã ở phiên bản ${plan.latest}; không có gì để cập nhật.`
        : `Đã chạy ${ran.length} bước cập nhật cấu trúc trên ${db.location}: ${ran.join(', ')}.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function createAdmin(args: string[]): Promise<number> {
  const parsed = usernameSchema.safeParse(args[0] ?? '');
  if (!parsed.success) {
    console.error(`Tên đăng nhập không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}\n\n${USAGE}`);
    return 2;
  }
  const username = parsed.data;
  const unitFlag = args.indexOf('--unit');
  const unitCode = unitFlag >= 0 ? args[unitFlag + 1]?.toUpperCase() : undefined;
  const unknownFlag = args
    .slice(1)
    .find((a, i, rest) => a !== '--system' && a !== '--unit' && rest[i - 1] !== '--unit');
  if (unknownFlag) {
    console.error(`Không hiểu tham số "${unknownFlag}".\n\n${USAGE}`);
    return 2;
  }
  let role: 'admin' | 'sysadmin' = args.includes('--system') ? 'sysadmin' : 'admin';
  const password = process.env.TONGKET_ADMIN_PASSWORD || generatePassword(14);
  if (password.length < 8) {
    console.error('TONGKET_ADMIN_PASSWORD phải có ít nhất 8 ký tự.');
    return 2;
  }
  const db = openDatabase(loadConfig());
  try {
    await migrateToLatest(db);
    const passwordHash = await hashPassword(password);
    const actor = systemActor('cli');
    const result = await db.kysely.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      if (existing) return `Tài khoản "${username}" đã tồn tại; không thay đổi gì.`;
      let unit = unitCode
        ? await trx.selectFrom('units').select(['id', 'name']).where('code', '=', unitCode).executeTakeFirst()
        : await trx
            .selectFrom('units')
            .select(['id', 'name'])
            .where('parent_id', 'is', null)
            .orderBy('sort_order')
            .orderBy('code')
            .executeTakeFirst();
      if (unitCode && !unit) return `Không có đơn vị mã "${unitCode}".`;
      const now = nowIso();
      if (!unit) {
        // Nobody but a system administrator could add the first province.
        role = 'sysadmin';
        unit = { id: newId(), name: 'Quản trị hệ thống' };
        await trx
          .insertInto('units')
          .values({
            id: unit.id,
            code: 'ADMIN',
            name: unit.name,
            short_name: null,
            kind: 'other',
            parent_id: null,
            email: null,
            active: 1,
            sort_order: 0,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await bumpUnitsVersion(trx);
      }
      const id = await insertUser(
        trx,
        { username, fullName: 'Quản trị hệ thống', role, unitId: unit.id, passwordHash },
        { now },
      );
      await recordAudit(trx, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        after: { username, role, unitId: unit.id },
      });
      return null;
    });
    if (result) {
      console.error(result);
      return 1;
    }
    const kind = role === 'sysadmin' ? 'quản trị hệ thống' : 'quản trị của tỉnh';
    console.log(`Đã tạo tài khoản ${kind} "${username}" (${db.location}).`);
    if (!process.env.TONGKET_ADMIN_PASSWORD) console.log(`Mật khẩu tạm: ${password}`);
    return 0;
  } finally {
    await db.close();
  }
}

const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`;

/** Prints what went wrong in the operator's words; anything unexpected keeps its stack. */
function failed(err: unknown): number {
  console.error(err instanceof BackupError ? err.message : err);
  return 1;
}

async function backup(args: string[]): Promise<number> {
  const outFlag = args.indexOf('--out');
  const extra = args.filter((a, i) => a !== '--out' && i !== outFlag + 1);
  if ((outFlag >= 0 && !args[outFlag + 1]) || extra.length > 0 || (outFlag < 0 && args.length > 0)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const outDir = outFlag >= 0 ? (args[outFlag + 1] as string) : config.backupDir;
  try {
    const result = await createBackup(config, outDir, (message) => console.log(message));
    const { manifest } = result;
    const files = manifest.members.length - 1;
    console.log(
      `Đã sao lưu vào ${result.archive} (${mb(result.size)}; lược đồ ${manifest.schemaVersion}; ${Object.keys(manifest.tables).length} bảng; ${files} tệp đính kèm) trong ${seconds(result.totalMs)}.`,
    );
    return 0;
  } catch (err) {
    return failed(err);
  }
}

async function restore(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  try {
    const result = await restoreBackup(config, args[0] as string, (message) => console.log(message));
    const rows = Object.values(result.manifest.tables).reduce((a, b) => a + b, 0);
    console.log(
      `Đã khôi phục bản sao lưu lúc ${result.manifest.createdAt} vào ${result.location}: ${Object.keys(result.manifest.tables).length} bảng, ${rows} dòng, ${result.files} tệp đính kèm, trong ${seconds(result.totalMs)}.`,
    );
    return 0;
  } catch (err) {
    return failed(err);
  }
}

const [command, ...rest] = process.argv.slice(2);
let code: number;
switch (command) {
  case 'create-admin':
    code = await createAdmin(rest);
    break;
  case 'migrate':
    code = await migrate(rest);
    break;
  case 'backup':
    code = await backup(rest);
    break;
  case 'restore':
    code = await restore(rest);
    break;
  case 'dev-sign':
    code = await devSignCommand(rest, USAGE);
    break;
  default:
    console.error(USAGE);
    code = command ? 2 : 0;
}
process.exit(code);
