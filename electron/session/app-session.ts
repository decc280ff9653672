import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { createKeyFile, hasKeyFile, newDatabaseKey, removeUserWrap, setUserWrap, unlockWithPassword, unlockWithRecoveryKey } from '../../db/key-file';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase, type OpenOptions } from '../../db/open-database';
import { agencies, officials } from '../../db/schema';
import { insertRow, writeTx } from '../../db/write-path';
import { commands, isPublicCommand, type CommandOutput, type CommandParsedInput, type PublicCommandName } from '../../shared/commands';
import { CommandError, type ApiResult } from '../../shared/errors';
import type { AuthStatus } from '../../shared/schemas/auth';
import { validationError } from '../../shared/validation-error';
import { logInternalError } from '../app-log';
import { dispatch } from '../dispatch';
import { buildRecoverySheet } from '../documents/recovery-sheet-document';
import type { BackupAccess } from '../services/backup/access';
import { readManifest } from '../services/backup/backup-file';
import { startDueBackup } from '../services/backup/backup-service';
import { cancelJob, jobStatus, runningJob, waitForBackupJob } from '../services/backup/jobs';
import { startRestore } from '../services/backup/restore';
import { summaryOf } from '../services/backup/schedule';
import { packDocument } from '../documents/official-layout';
import { createServiceContext, todayInVietnam, type KeyVault, type ServiceContext } from '../services/context';
import { createFileStore, deriveFileKey, tempCopiesDir, type FileStore } from '../services/file-store';
import { hashPassword, verifyPassword } from '../services/password-hash';
import { invalid } from '../services/rows';
import { DEFAULT_IDLE_LOCK_MINUTES, getSettings, idleLockMinutes, storeSettings } from '../services/settings';
import { insertUser, recordLogin, storePassword, toSessionUser, userById, userByLogin } from '../services/users';
import { encryptBackups, finishSetup, rekeyFile, removeDatabaseFiles, stagingPath } from './encrypt-existing';
import { LoginThrottle } from './login-throttle';

export interface AppSessionOptions {
  dataDir: string;
  databasePath: string;
  migrationsFolder?: string;
  now?: () => Date;
  /** The automatic backup's checks while someone is signed in (default true; tests turn it off). */
  autoBackup?: boolean;
}

/** How often the automatic backup checks whether it is due, and its first check after the data opens. */
export const BACKUP_CHECK_MS = 30 * 60_000;
export const FIRST_BACKUP_CHECK_MS = 2 * 60_000;

interface Signed {
  userId: string;
  locked: boolean;
  lastSeen: number;
}

/** What a transport gets back: the answer, and the session key to keep (or `null` to forget). */
export interface SessionAnswer {
  result: ApiResult<unknown>;
  session?: string | null;
}

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng';

/**
 * The data of one app instance behind its sign-in (security.md): the encrypted database is
 * opened with the key a user's password unwraps, then each command runs for the signed-in
 * user of its session, with that user's role. Sessions are keyed by what the transport holds
 * (a cookie in browser mode, the window in Electron); a session idle longer than the unit's
 * lock time is locked.
 */
export class AppSession {
  private db: Db | null = null;
  private dbKey: Buffer | null = null;
  /** Stored files, encrypted with a key derived from the database key (file-store.ts). */
  private files: FileStore | null = null;
  private readonly sessions = new Map<string, Signed>();
  private readonly throttle: LoginThrottle;
  private readonly now: () => Date;
  private backupTimers: NodeJS.Timeout[] = [];

  constructor(private readonly options: AppSessionOptions) {
    this.now = options.now ?? (() => new Date());
    this.throttle = new LoginThrottle(() => this.now().getTime());
  }

  /** The open database, once a user has signed in since the start (tests, backups). */
  get database(): Db | null {
    return this.db;
  }

  /** Runs a command for the session `key`; `newKey` makes the key of a session this command opens. */
  async call(name: string, input: unknown, key: string | undefined, newKey: () => string): Promise<SessionAnswer> {
    try {
      if (isPublicCommand(name)) return await this.publicCommand(name, input, key, newKey);
      const ctx = this.contextFor(key);
      return { result: await dispatch(name, input, this.db!, ctx) };
    } catch (error) {
      if (error instanceof CommandError) return { result: { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } } };
      logInternalError(`session ${name}`, error);
      return { result: { ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn; dữ liệu chưa bị thay đổi. Vui lòng thử lại.' } } };
    }
  }

  /** The signed-in user's context, or FORBIDDEN in Vietnamese. */
  contextFor(key: string | undefined): ServiceContext {
    const signed = this.touch(key);
    if (!signed || !this.db) throw new CommandError('FORBIDDEN', 'Chưa đăng nhập: hãy đăng nhập để tiếp tục');
    if (signed.locked) throw new CommandError('FORBIDDEN', 'Ứng dụng đang khóa: nhập mật khẩu để mở khóa');
    const user = userById(this.db, signed.userId);
    if (!user || user.disabledAt) {
      this.sessions.delete(key!);
      throw new CommandError('FORBIDDEN', 'Tài khoản đã bị khóa hoặc không còn; hãy liên hệ người quản trị');
    }
    return createServiceContext(this.db, {
      actor: user.fullName,
      role: toSessionUser(user).role,
      userId: user.id,
      vault: this.vault(),
      dataDir: this.options.dataDir,
      files: this.files!,
      backup: this.backupAccess(),
      now: this.now,
    });
  }

  close(): void {
    this.sessions.clear();
    this.stopBackupChecks();
    if (this.db?.$client.open) this.db.$client.close();
    this.db = null;
    this.dbKey = null;
    this.files = null;
  }

  // ---- the sign-in commands ------------------------------------------------------------

  private async publicCommand(name: PublicCommandName, raw: unknown, key: string | undefined, newKey: () => string): Promise<SessionAnswer> {
    const parsed = commands[name].input.safeParse(raw ?? {});
    if (!parsed.success) return { result: { ok: false, error: validationError(parsed.error.issues) } };
    const input = parsed.data as never;
    const ok = (data: unknown, session?: string | null): SessionAnswer => ({ result: { ok: true, data }, ...(session !== undefined ? { session } : {}) });
    switch (name) {
      case 'auth.status':
        return ok(this.status(key));
      case 'auth.setup': {
        const { session, recoveryKey } = await this.setup(input, newKey);
        return ok({ status: this.status(session), recoveryKey } satisfies CommandOutput<'auth.setup'>, session);
      }
      case 'auth.recoverySheet':
        return ok(await this.recoverySheet(input, key));
      case 'auth.login': {
        const session = await this.login(input, newKey);
        return ok(this.status(session), session);
      }
      case 'auth.logout':
        if (key) this.sessions.delete(key);
        return ok(this.status(undefined), null);
      case 'auth.lock': {
        const signed = this.sessions.get(key ?? '');
        if (signed) signed.locked = true;
        return ok(this.status(key));
      }
      case 'auth.unlock':
        await this.unlock(input, key);
        return ok(this.status(key));
      case 'auth.changePassword':
        await this.changePassword(input, key);
        return ok(this.status(key));
      case 'auth.recover': {
        const session = await this.recover(input, newKey);
        return ok(this.status(session), session);
      }
      case 'auth.inspectBackup':
        this.requireFreshFolder();
        return ok(summaryOf(await readManifest(resolve((input as CommandParsedInput<'auth.inspectBackup'>).path)), this.backupAccess()));
      case 'auth.restoreBackup':
        return ok(await this.restoreAtSetup(input));
      // By job id (random): also read by the admin's page after a restore has signed everyone out.
      case 'auth.restoreStatus':
        return ok(jobStatus((input as CommandParsedInput<'auth.restoreStatus'>).jobId, 'restore'));
      case 'auth.cancelRestore':
        return ok(cancelJob((input as CommandParsedInput<'auth.cancelRestore'>).jobId, 'restore'));
    }
  }

  status(key: string | undefined): AuthStatus {
    const setup = !hasKeyFile(this.options.dataDir);
    const settings = this.db ? getSettings(this.db) : undefined;
    const base = {
      upgradeFromPlaintext: setup && existsSync(this.options.databasePath),
      idleLockMinutes: settings?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
      ...(settings?.unitName ? { unitName: settings.unitName } : {}),
    };
    if (setup) return { state: 'setup', ...base };
    const signed = this.touch(key, false);
    const user = signed && this.db ? userById(this.db, signed.userId) : undefined;
    if (!signed || !user || user.disabledAt) return { state: 'signed_out', ...base };
    return { state: signed.locked ? 'locked' : 'signed_in', user: toSessionUser(user), ...base };
  }

  /**
   * First start. The database is made complete under a staging name (a new encrypted file, or
   * an encrypted copy of the previous release's plaintext file with the admin added), then the
   * key file is written and the staging file takes the database's place. A failure before that
   * leaves the folder exactly as it was; a crash between is finished at the next start.
   */
  private async setup(input: CommandParsedInput<'auth.setup'>, newKey: () => string): Promise<{ session: string; recoveryKey: string }> {
    if (hasKeyFile(this.options.dataDir)) throw new CommandError('CONFLICT', 'Ứng dụng đã được thiết lập; hãy đăng nhập');
    if (runningJob(this.options.dataDir)) throw new CommandError('CONFLICT', 'Đang khôi phục từ bản sao lưu; hãy chờ xong rồi đăng nhập');
    const path = this.options.databasePath;
    const staging = stagingPath(path);
    removeDatabaseFiles(staging);
    const upgrading = existsSync(path);
    const userId = newId();
    const passwordHash = await hashPassword(input.password);
    const dbKey = newDatabaseKey();
    let db: Db | null = null;
    try {
      if (upgrading) {
        // Brought up to date as it is (with the usual copy aside), then copied and the copy encrypted.
        const plain = openDatabase(path, this.openOptions());
        try {
          plain.$client.prepare('VACUUM INTO ?').run(staging);
        } finally {
          plain.$client.close();
        }
        if (!rekeyFile(staging, dbKey)) throw new Error('the encrypted copy failed its integrity check');
      }
      const staged = openDatabase(staging, { ...this.openOptions(), key: dbKey });
      db = staged;
      const ctx = createServiceContext(staged, { actor: input.fullName, role: 'admin', dataDir: this.options.dataDir, files: this.fileStore(dbKey), now: this.now });
      writeTx(staged, () => {
        if (input.unitAgencyId && !staged.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.unitAgencyId)).get()) {
          invalid('unitAgencyId', 'Cơ quan không có trong danh bạ');
        }
        const agencyId = input.unitAgencyId ?? insertRow(staged, ctx, agencies, { name: input.unitName!, kind: 'labour' }).id;
        const official = insertRow(staged, ctx, officials, { fullName: input.fullName, position: input.position ?? null, agencyId });
        insertUser(staged, ctx, { id: userId, officialId: official.id, login: input.login, role: 'admin', passwordHash, mustChangePassword: false });
        storeSettings(staged, ctx, { unitAgencyId: agencyId, placeName: input.placeName });
      });
      staged.$client.close();
      db = null;
    } catch (error) {
      db?.$client.close();
      removeDatabaseFiles(staging);
      throw error;
    }
    const { recoveryKey } = createKeyFile(this.options.dataDir, { userId, login: input.login, password: input.password }, dbKey);
    finishSetup(path);
    const files = this.fileStore(dbKey);
    if (upgrading) {
      // Nothing of the previous release is left readable: its backups and its documents are encrypted too.
      encryptBackups(join(dirname(path), 'backups'), dbKey);
      files.encryptPlaintextFiles(join(this.options.dataDir, 'documents'));
    }
    this.openWith(dbKey);
    const session = newKey();
    this.sessions.set(session, { userId, locked: false, lastSeen: this.now().getTime() });
    return { session, recoveryKey };
  }

  private async recoverySheet(input: CommandParsedInput<'auth.recoverySheet'>, key: string | undefined) {
    const ctx = this.contextFor(key);
    if (ctx.role !== 'admin') throw new CommandError('FORBIDDEN', 'Chỉ người quản trị in được phiếu mã khôi phục');
    const settings = getSettings(this.db!);
    const admin = userById(this.db!, ctx.userId!)!;
    const bytes = await packDocument(
      buildRecoverySheet({ unitName: settings.unitName ?? '', placeName: settings.placeName, adminName: admin.fullName, adminLogin: admin.login, recoveryKey: input.recoveryKey, date: todayInVietnam(ctx) }),
    );
    return { fileName: 'Phieu ma khoi phuc du lieu.docx', base64: bytes.toString('base64') };
  }

  /** Opens the database with the key the password unwraps (first sign-in), or checks the password against it. */
  private async login(input: CommandParsedInput<'auth.login'>, newKey: () => string): Promise<string> {
    const throttleKey = `login:${input.login}`;
    this.throttle.check(throttleKey);
    const unlocked = unlockWithPassword(this.options.dataDir, input.login, input.password);
    if (!unlocked) this.refuse(throttleKey);
    this.openWith(unlocked!.dbKey);
    const user = userByLogin(this.db!, input.login);
    if (!user || user.id !== unlocked!.userId) this.refuse(throttleKey);
    if (user!.disabledAt) throw new CommandError('FORBIDDEN', 'Tài khoản đã bị khóa; hãy liên hệ người quản trị');
    this.throttle.succeed(throttleKey);
    recordLogin(this.db!, user!.id, this.now().toISOString());
    const session = newKey();
    this.sessions.set(session, { userId: user!.id, locked: false, lastSeen: this.now().getTime() });
    return session;
  }

  private async unlock(input: CommandParsedInput<'auth.unlock'>, key: string | undefined): Promise<void> {
    const signed = this.sessions.get(key ?? '');
    if (!signed || !this.db) throw new CommandError('FORBIDDEN', 'Phiên làm việc đã hết; hãy đăng nhập lại');
    const user = userById(this.db, signed.userId)!;
    const throttleKey = `login:${user.login}`;
    this.throttle.check(throttleKey);
    if (!(await verifyPassword(input.password, user.passwordHash))) this.refuse(throttleKey, 'Mật khẩu không đúng');
    this.throttle.succeed(throttleKey);
    signed.locked = false;
    signed.lastSeen = this.now().getTime();
  }

  private async changePassword(input: CommandParsedInput<'auth.changePassword'>, key: string | undefined): Promise<void> {
    const ctx = this.contextFor(key);
    const user = userById(this.db!, ctx.userId!)!;
    const throttleKey = `login:${user.login}`;
    this.throttle.check(throttleKey);
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      this.throttle.fail(throttleKey);
      throw new CommandError('VALIDATION', 'Mật khẩu hiện tại không đúng', [{ path: ['currentPassword'], message: 'Mật khẩu hiện tại không đúng' }]);
    }
    this.throttle.succeed(throttleKey);
    await this.setPassword(user.id, user.login, input.newPassword);
  }

  /** The recovery key opens the data and sets a new password for an account (usually the admin's). */
  private async recover(input: CommandParsedInput<'auth.recover'>, newKey: () => string): Promise<string> {
    this.throttle.check('recovery');
    const dbKey = unlockWithRecoveryKey(this.options.dataDir, input.recoveryKey);
    if (!dbKey) this.refuse('recovery', 'Mã khôi phục không đúng');
    this.openWith(dbKey!);
    const user = userByLogin(this.db!, input.login);
    if (!user) throw new CommandError('VALIDATION', 'Không có tài khoản với tên đăng nhập này', [{ path: ['login'], message: 'Không có tài khoản với tên đăng nhập này' }]);
    this.throttle.succeed('recovery');
    await this.setPassword(user.id, user.login, input.newPassword);
    const session = newKey();
    this.sessions.set(session, { userId: user.id, locked: false, lastSeen: this.now().getTime() });
    return session;
  }

  // ---- backups (services/backup) ----------------------------------------------------------

  /** What backups and restores need of this session: the data folder, the key held now, the swap. */
  private backupAccess(): BackupAccess {
    const currentKey = () => this.dbKey;
    return {
      dataDir: this.options.dataDir,
      databasePath: this.options.databasePath,
      migrationsFolder: this.options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER,
      get dbKey() {
        return currentKey();
      },
      replaceLiveData: (swap) => this.replaceLiveData(swap),
    };
  }

  /**
   * A restore's last step: no connection may be open while the files are swapped. On success every
   * session ends (the restored data opens at the next sign-in, with the backup's accounts and key);
   * when the swap fails (it has rolled back), the data opens again as it was and the sessions stay.
   */
  private replaceLiveData(swap: () => void): void {
    const setupState = !this.dbKey;
    if (setupState && (hasKeyFile(this.options.dataDir) || existsSync(this.options.databasePath))) {
      throw new CommandError('CONFLICT', 'Ứng dụng vừa được thiết lập trong lúc khôi phục; hãy đăng nhập rồi khôi phục từ trang Sao lưu và khôi phục');
    }
    const key = this.dbKey;
    this.stopBackupChecks();
    if (this.db?.$client.open) this.db.$client.close();
    this.db = null;
    this.dbKey = null;
    this.files = null;
    try {
      swap();
    } catch (error) {
      if (key) this.openWith(key);
      throw error;
    }
    this.sessions.clear();
  }

  /** Restoring instead of first-start setup: only on a fresh data folder. */
  private requireFreshFolder(): void {
    if (hasKeyFile(this.options.dataDir)) throw new CommandError('CONFLICT', 'Ứng dụng đã được thiết lập: hãy đăng nhập (quản trị viên) rồi khôi phục từ trang «Sao lưu và khôi phục»');
    if (existsSync(this.options.databasePath)) {
      throw new CommandError(
        'CONFLICT',
        'Thư mục dữ liệu đang có dữ liệu của phiên bản trước (chưa mã hóa): hãy thiết lập để nâng cấp dữ liệu đó trước, rồi khôi phục từ trang «Sao lưu và khôi phục» nếu cần',
      );
    }
  }

  /** A password of an account in the backup, or its recovery key, opens it; wrong ones are throttled like sign-ins. */
  private async restoreAtSetup(input: CommandParsedInput<'auth.restoreBackup'>) {
    this.requireFreshFolder();
    this.throttle.check('restore');
    try {
      const job = await startRestore(this.backupAccess(), { path: resolve(input.path), credentials: input.credentials, now: this.now });
      this.throttle.succeed('restore');
      return job;
    } catch (error) {
      if (error instanceof CommandError && error.issues?.some((i) => i.path[0] === 'credentials')) {
        const misses = this.throttle.fail('restore');
        if (misses >= 5) throw new CommandError('FORBIDDEN', `${error.message}. Đã nhập sai ${misses} lần: hãy chờ một lúc rồi thử lại.`);
      }
      throw error;
    }
  }

  /** The automatic backup, checked now and then while the data is open (the timers do not keep the process alive). */
  private startBackupChecks(): void {
    if (this.options.autoBackup === false || this.backupTimers.length > 0) return;
    const check = () => void this.startDueBackup();
    this.backupTimers = [setTimeout(check, FIRST_BACKUP_CHECK_MS), setInterval(check, BACKUP_CHECK_MS)];
    for (const timer of this.backupTimers) timer.unref();
  }

  private stopBackupChecks(): void {
    for (const timer of this.backupTimers) clearTimeout(timer);
    this.backupTimers = [];
  }

  /** Starts the automatic backup if it is due (the data open, nothing else running); returns its job id. */
  startDueBackup(): string | undefined {
    if (!this.db || !this.dbKey) return undefined;
    try {
      const ctx = createServiceContext(this.db, {
        actor: 'Ứng dụng (sao lưu tự động)',
        role: 'admin',
        dataDir: this.options.dataDir,
        files: this.files!,
        backup: this.backupAccess(),
        now: this.now,
      });
      return startDueBackup(this.db, ctx)?.jobId;
    } catch (error) {
      logInternalError('backup.schedule', error);
      return undefined;
    }
  }

  /**
   * At exit, before the database closes: the automatic backup if it is due, and whatever backup,
   * check or restore is running, awaited.
   */
  async finishBackups(): Promise<void> {
    if (this.options.autoBackup !== false) this.startDueBackup();
    const running = runningJob(this.options.dataDir);
    if (running) await waitForBackupJob(running.jobId);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private openOptions(): OpenOptions {
    return this.options.migrationsFolder ? { migrationsFolder: this.options.migrationsFolder } : {};
  }

  private openWith(dbKey: Buffer): void {
    if (this.db) {
      if (!this.dbKey!.equals(dbKey)) throw new Error('the key file wraps a key other than the open database key');
      return;
    }
    this.db = openDatabase(this.options.databasePath, { ...this.openOptions(), key: dbKey });
    this.dbKey = dbKey;
    this.files = this.fileStore(dbKey);
    this.startBackupChecks();
  }

  private fileStore(dbKey: Buffer): FileStore {
    return createFileStore({ fileKey: deriveFileKey(dbKey), tempDir: tempCopiesDir(this.options.dataDir) });
  }

  private refuse(throttleKey: string, message = WRONG): never {
    const misses = this.throttle.fail(throttleKey);
    throw new CommandError('FORBIDDEN', misses >= 5 ? `${message}. Đã nhập sai ${misses} lần: hãy chờ một lúc rồi thử lại.` : message);
  }

  private async setPassword(userId: string, login: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    writeTx(this.db!, () => {
      storePassword(this.db!, { now: this.now }, userId, passwordHash);
      setUserWrap(this.options.dataDir, this.dbKey!, { userId, login, password });
    });
  }

  private vault(): KeyVault {
    return {
      setPassword: (user) => setUserWrap(this.options.dataDir, this.dbKey!, user),
      removeUser: (userId) => removeUserWrap(this.options.dataDir, userId),
    };
  }

  /** The session of `key`, locked when it has been idle longer than the unit's lock time. */
  private touch(key: string | undefined, seen = true): Signed | undefined {
    const signed = key ? this.sessions.get(key) : undefined;
    if (!signed) return undefined;
    const now = this.now().getTime();
    const idleMs = (this.db ? idleLockMinutes(this.db) : DEFAULT_IDLE_LOCK_MINUTES) * 60_000;
    if (now - signed.lastSeen > idleMs) signed.locked = true;
    if (seen && !signed.locked) signed.lastSeen = now;
    return signed;
  }
}

/** A session key that cannot be guessed (browser cookie). */
export const randomSessionKey = (): string => randomBytes(32).toString('base64url');
