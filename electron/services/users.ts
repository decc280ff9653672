import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { agencies, officials, users } from '../../db/schema';
import { writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { SessionUser, User } from '../../shared/schemas/auth';
import type { Role } from '../../shared/schemas/user';
import { writeAudit } from './audit';
import type { KeyVault, ServiceContext } from './context';
import { hashPassword } from './password-hash';
import { invalid, notFound } from './rows';

export type UserRow = typeof users.$inferSelect;

function selectUsers(db: Db) {
  return db
    .select({
      id: users.id,
      login: users.login,
      role: users.role,
      officialId: users.officialId,
      fullName: officials.fullName,
      agencyName: agencies.name,
      mustChangePassword: users.mustChangePassword,
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
      version: users.version,
    })
    .from(users)
    .innerJoin(officials, eq(officials.id, users.officialId))
    .innerJoin(agencies, eq(agencies.id, officials.agencyId));
}

type Selected = ReturnType<ReturnType<typeof selectUsers>['all']>[number];

const toUser = ({ disabledAt, lastLoginAt, role, ...rest }: Selected): User => ({
  ...rest,
  role: role as Role,
  disabled: disabledAt !== null,
  ...(lastLoginAt ? { lastLoginAt } : {}),
});

export function listUsers(db: Db): User[] {
  return selectUsers(db).orderBy(asc(users.login)).all().map(toUser);
}

function requireUser(db: Db, id: string): User {
  const row = selectUsers(db).where(eq(users.id, id)).get();
  return row ? toUser(row) : notFound('tài khoản');
}

/** The account behind a sign-in name, with what a session needs to know of it. */
export function userByLogin(db: Db, login: string): (UserRow & { fullName: string }) | undefined {
  return db
    .select({ user: users, fullName: officials.fullName })
    .from(users)
    .innerJoin(officials, eq(officials.id, users.officialId))
    .where(eq(users.login, login.trim().toLowerCase()))
    .all()
    .map(({ user, fullName }) => ({ ...user, fullName }))[0];
}

export function userById(db: Db, id: string): (UserRow & { fullName: string }) | undefined {
  return db
    .select({ user: users, fullName: officials.fullName })
    .from(users)
    .innerJoin(officials, eq(officials.id, users.officialId))
    .where(eq(users.id, id))
    .all()
    .map(({ user, fullName }) => ({ ...user, fullName }))[0];
}

export const toSessionUser = (u: UserRow & { fullName: string }): SessionUser => ({
  id: u.id,
  login: u.login,
  fullName: u.fullName,
  officialId: u.officialId,
  role: u.role as Role,
  mustChangePassword: u.mustChangePassword,
});

function vaultOf(ctx: ServiceContext): KeyVault {
  if (!ctx.vault) throw new CommandError('FORBIDDEN', 'Chỉ quản lý được tài khoản khi đã đăng nhập vào ứng dụng');
  return ctx.vault;
}

/** Inserts an account row (setup and the admin's "create"); the caller wraps the database key for it. */
export function insertUser(db: Db, ctx: Pick<ServiceContext, 'now'>, user: { id?: string; officialId: string; login: string; role: Role; passwordHash: string; mustChangePassword: boolean }): string {
  const now = ctx.now().toISOString();
  const id = user.id ?? newId();
  db.insert(users).values({ ...user, id, createdAt: now, updatedAt: now }).run();
  return id;
}

export async function createUser(db: Db, input: CommandParsedInput<'users.create'>, ctx: ServiceContext): Promise<User> {
  const vault = vaultOf(ctx);
  const passwordHash = await hashPassword(input.temporaryPassword);
  return writeTx(db, () => {
    const official = db
      .select({ id: officials.id })
      .from(officials)
      .where(and(eq(officials.id, input.officialId), isNull(officials.deletedAt)))
      .get();
    if (!official) invalid('officialId', 'Cán bộ không có trong danh bạ (hoặc đã bị xóa)');
    if (db.select({ id: users.id }).from(users).where(eq(users.officialId, input.officialId)).get()) invalid('officialId', 'Cán bộ này đã có tài khoản');
    if (db.select({ id: users.id }).from(users).where(eq(users.login, input.login)).get()) invalid('login', 'Tên đăng nhập đã được dùng');
    const id = insertUser(db, ctx, { officialId: input.officialId, login: input.login, role: input.role, passwordHash, mustChangePassword: true });
    vault.setPassword({ userId: id, login: input.login, password: input.temporaryPassword });
    writeAudit(db, ctx, { action: 'create', entity: 'user', entityId: id, note: `tài khoản ${input.login}, vai trò ${input.role}` });
    return requireUser(db, id);
  });
}

/** At least one admin keeps an active account: nobody could manage users otherwise. */
function checkAdminsRemain(db: Db, exceptId: string): void {
  const [others] = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, exceptId)))
    .all();
  if (others!.n === 0) throw new CommandError('CONFLICT', 'Đây là tài khoản quản trị cuối cùng đang hoạt động; hãy giao quyền quản trị cho tài khoản khác trước');
}

export function updateUser(db: Db, input: CommandParsedInput<'users.update'>, ctx: ServiceContext): User {
  return writeTx(db, () => {
    const row = db.select().from(users).where(eq(users.id, input.id)).get() ?? notFound('tài khoản');
    if (input.expectedVersion !== undefined && row.version !== input.expectedVersion) {
      throw new CommandError('CONFLICT', 'Tài khoản vừa được sửa; hãy tải lại danh sách trước khi sửa tiếp');
    }
    if (input.disabled && input.id === ctx.userId) invalid('disabled', 'Không thể tự khóa tài khoản đang dùng');
    const losesAdmin = row.role === 'admin' && ((input.role !== undefined && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin) checkAdminsRemain(db, input.id);
    const disabledAt = input.disabled === undefined ? row.disabledAt : input.disabled ? (row.disabledAt ?? ctx.now().toISOString()) : null;
    db.update(users)
      .set({ role: input.role ?? row.role, disabledAt, updatedAt: ctx.now().toISOString(), version: row.version + 1 })
      .where(eq(users.id, input.id))
      .run();
    writeAudit(db, ctx, { action: 'update', entity: 'user', entityId: input.id, note: `vai trò ${input.role ?? row.role}${disabledAt ? ', đã khóa' : ''}` });
    return requireUser(db, input.id);
  });
}

export async function resetPassword(db: Db, input: CommandParsedInput<'users.resetPassword'>, ctx: ServiceContext): Promise<User> {
  const vault = vaultOf(ctx);
  const passwordHash = await hashPassword(input.temporaryPassword);
  return writeTx(db, () => {
    const row = db.select().from(users).where(eq(users.id, input.id)).get() ?? notFound('tài khoản');
    db.update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: ctx.now().toISOString(), version: row.version + 1 })
      .where(eq(users.id, input.id))
      .run();
    vault.setPassword({ userId: row.id, login: row.login, password: input.temporaryPassword });
    writeAudit(db, ctx, { action: 'update', entity: 'user', entityId: input.id, note: 'đặt mật khẩu tạm' });
    return requireUser(db, input.id);
  });
}

/** A new password chosen by the user (or set through the recovery key). */
export function storePassword(db: Db, ctx: Pick<ServiceContext, 'now'>, userId: string, passwordHash: string): void {
  db.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: ctx.now().toISOString() }).where(eq(users.id, userId)).run();
}

export function recordLogin(db: Db, userId: string, at: string): void {
  db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId)).run();
}
