import { z } from 'zod';
import { say } from './lang.ts';
import { INVALID_EMAIL } from './messages.ts';
import { roleSchema } from './roles.ts';
import { cleanText } from './text.ts';

export const PASSWORD_MIN_LENGTH = 8;

export const usernameSchema = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]{1,39}$/,
        say(
          'Tên đăng nhập gồm 2–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
          'A username has 2–40 unaccented letters, digits, dots, hyphens or underscores',
        ),
      ),
  )
  // What a client may send (case and surrounding spaces are forgiven), for the API document.
  .meta({ pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9._-]{1,39}\\s*$' });

export const passwordSchema = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    say(
      `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    ),
  )
  .max(200, say('Mật khẩu quá dài (tối đa 200 ký tự)', 'The password is too long (at most 200 characters)'));

const fullNameSchema = z
  .string()
  .transform((s) => cleanText(s).trim())
  .pipe(z.string().min(1, say('Họ và tên không được để trống', 'The full name must not be empty')).max(200));

const optionalEmail = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.toLowerCase() : null))
  .pipe(z.email(INVALID_EMAIL).nullable());

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
  username: z.string().trim().toLowerCase().min(1, say('Nhập tên đăng nhập', 'Enter your username')).max(100),
  password: z.string().min(1, say('Nhập mật khẩu', 'Enter your password')).max(200),
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
