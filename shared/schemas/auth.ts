import * as z from 'zod';
import { Id, optionalText, requiredText } from './common';
import { ExpectedVersion } from './patch';
import { RoleSchema } from './user';

/** Sign-in names: letters, digits, dot, dash, underscore; compared without case. */
export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới');

export const PASSWORD_MIN = 8;
export const Password = z.string().min(PASSWORD_MIN, `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự`).max(200);

export const SessionUser = z.object({
  id: Id,
  login: z.string(),
  fullName: z.string(),
  officialId: Id,
  role: RoleSchema,
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** What the app shows before anything else: first-start setup, sign-in, the lock, or the work. */
export const AUTH_STATES = ['setup', 'signed_out', 'locked', 'signed_in'] as const;

export const AuthStatus = z.object({
  state: z.enum(AUTH_STATES),
  /** The database was made by a release without encryption; setup encrypts it. */
  upgradeFromPlaintext: z.boolean(),
  user: SessionUser.optional(),
  unitName: z.string().optional(),
  /** Minutes without input before the app locks itself (set by the admin). */
  idleLockMinutes: z.number().int(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const SetupInput = z.object({
  fullName: requiredText(200),
  position: optionalText(200),
  login: Login,
  password: Password,
  /** The unit using the app: an agency of the directory, or a new one by name. */
  unitAgencyId: Id.optional(),
  unitName: optionalText(300),
  /** Địa danh of documents when a record has no province (e.g. "Lạng Sơn"). */
  placeName: requiredText(100),
}).superRefine((v, ctx) => {
  if (!v.unitAgencyId && !v.unitName) ctx.addIssue({ code: 'custom', path: ['unitName'], message: 'Chọn hoặc nhập đơn vị sử dụng ứng dụng' });
});

/** Shown once: the printed sheet is the only copy. */
export const SetupResult = z.object({ status: AuthStatus, recoveryKey: z.string() });

export const LoginInput = z.object({ login: Login, password: z.string().min(1, 'Nhập mật khẩu').max(200) });
export const UnlockInput = z.object({ password: z.string().min(1, 'Nhập mật khẩu').max(200) });
export const ChangePasswordInput = z
  .object({ currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200), newPassword: Password })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại' });
export const RecoverInput = z.object({ recoveryKey: z.string().trim().min(20, 'Nhập đủ mã khôi phục').max(80), login: Login, newPassword: Password });

/** The recovery sheet as a Word document, for printing right after setup. */
export const RecoverySheet = z.object({ fileName: z.string(), base64: z.string() });
export const RecoverySheetInput = z.object({ recoveryKey: z.string().min(20).max(80) });

// ---- users (admin) -----------------------------------------------------------------

export const User = z.object({
  id: Id,
  login: z.string(),
  role: RoleSchema,
  officialId: Id,
  fullName: z.string(),
  agencyName: z.string(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.string().optional(),
  version: z.number().int(),
});
export type User = z.infer<typeof User>;

export const UserCreateInput = z.object({
  /** An official of the directory; each official has at most one account. */
  officialId: Id,
  login: Login,
  role: RoleSchema,
  /** Given to the person, who must change it at first sign-in. */
  temporaryPassword: Password,
});
export const UserUpdateInput = z.object({ id: Id, expectedVersion: ExpectedVersion, role: RoleSchema.optional(), disabled: z.boolean().optional() });
export const ResetPasswordInput = z.object({ id: Id, temporaryPassword: Password });

// ---- settings (admin) --------------------------------------------------------------

export const Settings = z.object({
  unitAgencyId: Id.optional(),
  unitName: z.string().optional(),
  placeName: z.string(),
  idleLockMinutes: z.number().int(),
  /** Years after an inspection when children's identities are reduced (security.md "Retention"). */
  retentionYears: z.number().int(),
  /** Follow-up visits of a child's case: the first within so many months of opening, the second within so many (issue 11). */
  followUpFirstVisitMonths: z.number().int(),
  followUpSecondVisitMonths: z.number().int(),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsUpdateInput = z.object({
  unitAgencyId: Id.optional(),
  placeName: requiredText(100).optional(),
  idleLockMinutes: z.number().int().min(1, 'Ít nhất 1 phút').max(240, 'Nhiều nhất 240 phút').optional(),
  retentionYears: z.number().int().min(1, 'Ít nhất 1 năm').max(50, 'Nhiều nhất 50 năm').optional(),
  followUpFirstVisitMonths: z.number().int().min(1, 'Ít nhất 1 tháng').max(12, 'Nhiều nhất 12 tháng').optional(),
  followUpSecondVisitMonths: z.number().int().min(1, 'Ít nhất 1 tháng').max(24, 'Nhiều nhất 24 tháng').optional(),
});
