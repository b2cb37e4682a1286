import { z } from 'zod';
import { roleSchema } from './roles.ts';
import { cleanText } from './text.ts';

export const PASSWORD_MIN_LENGTH = 8;

export const usernameSchema = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, {
      message: 'Tên đăng nhập gồm 2–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    }),
  )
  // What a client may send (case and surrounding spaces are forgiven), for the API document.
  .meta({ pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9._-]{1,39}\\s*$' });

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự` })
  .max(200, { message: 'Mật khẩu quá dài (tối đa 200 ký tự)' });

const fullNameSchema = z
  .string()
  .transform((s) => cleanText(s).trim())
  .pipe(z.string().min(1, { message: 'Họ và tên không được để trống' }).max(200));

const optionalEmail = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.toLowerCase() : null))
  .pipe(z.email({ message: 'Địa chỉ thư điện tử không hợp lệ' }).nullable());

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  unitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  fullName: fullNameSchema,
  email: optionalEmail.optional(),
  role: roleSchema,
  unitId: z.string().min(1),
  password: passwordSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userPatchSchema = z.strictObject({
  version: z.number().int(),
  fullName: fullNameSchema.optional(),
  email: optionalEmail.optional(),
  role: roleSchema.optional(),
  unitId: z.string().min(1).optional(),
  active: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;

export const resetPasswordSchema = z.strictObject({
  /** Omit to have the server generate a temporary password, shown once. */
  password: passwordSchema.optional(),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const loginSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, { message: 'Nhập tên đăng nhập' }).max(100),
  password: z.string().min(1, { message: 'Nhập mật khẩu' }).max(200),
});

/** The signed-in user as the web shell needs it. */
export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  unitId: z.string(),
  unitName: z.string(),
});
export type Me = z.infer<typeof meSchema>;
