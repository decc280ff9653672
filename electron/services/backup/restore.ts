/**
 * Checking and restoring a backup.
 *
 * A restore never touches the live data until the restored data is complete and verified:
 * 1. the manifest is read and the versions compared (a backup of a newer app is refused);
 * 2. the key: the data open now if the backup was made from it, else a password of an account in
 *    the backup or its recovery key (always on a fresh data folder), checked against the backup's
 *    key file before the long work starts;
 * 3. the payload is read once into `backup-work/restore-new` beside the live files, every entry's
 *    hash and the payload's hash checked (a flipped or missing byte stops here);
 * 4. SQLite checks the restored database with its key, and its rows per table must be the
 *    manifest's;
 * 5. the live data is backed up first (kind `before_restore`, never rotated away);
 * 6. the session closes the database and the files are swapped by renames inside the data folder,
 *    under a journal: a failure rolls back at once, a crash is rolled back (or finished, once every
 *    file was in place) at the next start (`recoverInterruptedRestore`). Then everyone signs in
 *    again, with the accounts of the backup.
 * Until step 6 a cancel or a failure leaves the live data as it was and removes what was prepared.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KEY_FILE, unlockWithPassword, unlockWithRecoveryKey } from '../../../db/key-file';
import { CommandError } from '../../../shared/errors';
import type { BackupJob, BackupSummary, RestoreCredentials } from '../../../shared/schemas/backup';
import { currentProcessLog } from '../../app-log';
import { removeTempCopies } from '../file-store';
import { DATABASE_ENTRY, keyIdOf, STORED_FOLDERS, workFolder, type BackupAccess } from './access';
import { Cancelled, entryFile, MESSAGES, readEntry, readManifest, readPayload, type OpenedBackup } from './backup-file';
import { checkDatabase, DatabaseWorkerError } from './db-worker';
import { failureMessage, startJob, type JobControl } from './jobs';
import { makeBackup } from './make-backup';
import { refusalOf, summaryOf } from './schedule';

/** What a backup may put in the data folder: the database, the key file, the stored-file folders. */
const RESTORED_ROOTS = [DATABASE_ENTRY, KEY_FILE, ...STORED_FOLDERS.map((f) => `${f}/`)];

const damaged = (detail: string) => new CommandError('CONFLICT', `${MESSAGES.damaged} (${detail})`);

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

// ---- the key ---------------------------------------------------------------------------------

/**
 * The key of the backup's data: the data open now when the backup was made from it, else the one
 * the credentials unwrap from the backup's key file. Refused with a message on the field.
 */
async function keyForBackup(access: BackupAccess, opened: OpenedBackup, credentials: RestoreCredentials | undefined): Promise<Buffer> {
  const { manifest } = opened;
  if (access.dbKey && keyIdOf(access.dbKey) === manifest.keyId) return access.dbKey;
  if (!credentials) {
    throw new CommandError('VALIDATION', 'Bản sao lưu này được tạo từ dữ liệu khác (máy khác hoặc lần thiết lập khác): nhập tên đăng nhập và mật khẩu của một tài khoản trong bản sao lưu, hoặc mã khôi phục của nó', [
      { path: ['credentials', 'login'], message: 'Nhập tên đăng nhập của một tài khoản trong bản sao lưu (hoặc mã khôi phục)' },
    ]);
  }
  const keys = await readEntry(opened, KEY_FILE);
  const dir = join(workFolder(access.dataDir), `keys-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let key: Buffer | null;
  try {
    writeFileSync(join(dir, KEY_FILE), keys, { mode: 0o600 });
    try {
      key = credentials.recoveryKey
        ? unlockWithRecoveryKey(dir, credentials.recoveryKey)
        : (unlockWithPassword(dir, credentials.login ?? '', credentials.password ?? '')?.dbKey ?? null);
    } catch {
      throw damaged('tệp khóa dữ liệu');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!key) {
    throw credentials.recoveryKey
      ? new CommandError('VALIDATION', 'Mã khôi phục không đúng với bản sao lưu này', [{ path: ['credentials', 'recoveryKey'], message: 'Mã khôi phục không đúng với bản sao lưu này' }])
      : new CommandError('VALIDATION', 'Tên đăng nhập hoặc mật khẩu không đúng với các tài khoản trong bản sao lưu', [
          { path: ['credentials', 'password'], message: 'Tên đăng nhập hoặc mật khẩu không đúng với các tài khoản trong bản sao lưu' },
        ]);
  }
  if (keyIdOf(key) !== manifest.keyId) throw damaged('khóa dữ liệu không khớp');
  return key;
}

function refuseIfNewer(access: BackupAccess, opened: OpenedBackup): void {
  const refusal = refusalOf(opened, access.migrationsFolder);
  if (refusal) throw new CommandError('CONFLICT', refusal);
}

// ---- the database of a backup --------------------------------------------------------------

/** SQLite's check of a restored database, and its rows against the manifest; returns the problem or null. */
async function databaseProblem(path: string, key: Buffer, opened: OpenedBackup, thorough: boolean): Promise<string | null> {
  let checked;
  try {
    checked = await checkDatabase(path, key, thorough);
  } catch (error) {
    if (error instanceof DatabaseWorkerError) return 'cơ sở dữ liệu trong bản sao lưu không mở được bằng khóa của nó';
    throw error;
  }
  if (checked.check !== 'ok') return 'cơ sở dữ liệu trong bản sao lưu có lỗi';
  const expected = opened.manifest.counts;
  const tables = new Set([...Object.keys(expected), ...Object.keys(checked.counts)]);
  if ([...tables].some((t) => expected[t] !== checked.counts[t])) return 'số bản ghi không khớp với danh mục của bản sao lưu';
  if (checked.schemaMillis !== opened.manifest.schemaMillis) return 'phiên bản cấu trúc dữ liệu không khớp với danh mục';
  return null;
}

// ---- check -----------------------------------------------------------------------------------

/**
 * "Kiểm tra bản sao lưu": reads the whole file and checks every hash; when the backup was made
 * from the data open now, also opens its database (in a work folder) and runs SQLite's integrity
 * check. The live data is not touched.
 */
export async function startCheck(access: BackupAccess, path: string): Promise<BackupJob> {
  const opened = await readManifest(path);
  const summary: BackupSummary = summaryOf(opened, access);
  return startJob(
    access.dataDir,
    'check',
    'Đang đọc bản sao lưu…',
    async (control) => {
      const key = access.dbKey && summary.sameKey ? access.dbKey : null;
      const temp = join(workFolder(access.dataDir), `check-${randomBytes(6).toString('hex')}`);
      try {
        let read = 0;
        const size = Math.max(1, opened.manifest.payload.size);
        await readPayload(opened, (entry) => (key && entry.path === DATABASE_ENTRY ? join(temp, DATABASE_ENTRY) : null), async (bytes) => {
          read += bytes;
          await control.step('Đang đọc và đối chiếu mã kiểm tra từng phần…', 0.85 * (read / size));
        });
        const report = [
          `Tệp đầy đủ, không hỏng: ${opened.manifest.entries.length} mục (${MB(opened.manifest.payload.size)}) khớp mã kiểm tra SHA-256 của bản sao lưu.`,
        ];
        if (key) {
          await control.step('Đang kiểm tra toàn vẹn cơ sở dữ liệu…', 0.86);
          const problem = await databaseProblem(join(temp, DATABASE_ENTRY), key, opened, true);
          if (problem) throw damaged(problem);
          report.push('Cơ sở dữ liệu mở được và không có lỗi (kiểm tra toàn vẹn của SQLite); số bản ghi từng bảng khớp với danh mục.');
        } else {
          report.push(
            'Bản sao lưu được tạo từ dữ liệu khác (máy khác hoặc lần thiết lập khác): cơ sở dữ liệu trong đó chỉ mở được bằng mật khẩu của một tài khoản trong bản sao lưu hoặc mã khôi phục của nó, và được kiểm tra khi khôi phục.',
          );
        }
        if (summary.refusal) report.push(summary.refusal);
        return { stage: 'Đã kiểm tra xong', file: path, summary, report };
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    },
    'Không kiểm tra được bản sao lưu. Vui lòng thử lại.',
  );
}

// ---- restore ---------------------------------------------------------------------------------

export interface RestoreOptions {
  path: string;
  credentials?: RestoreCredentials;
  /** Where the live data is backed up first; absent on a fresh data folder (nothing to keep). */
  previousDataFolder?: string;
  now: () => Date;
}

const stagingFolder = (dataDir: string) => join(workFolder(dataDir), 'restore-new');
const asideFolder = (dataDir: string) => join(workFolder(dataDir), 'restore-old');
const journalFile = (dataDir: string) => join(workFolder(dataDir), 'restore-journal.json');

/**
 * Starts a restore: what can be refused at once is refused before the job (not a backup, damaged
 * manifest, newer version, wrong password), then the job prepares, checks, backs up the live data
 * and swaps.
 */
export async function startRestore(access: BackupAccess, options: RestoreOptions): Promise<BackupJob> {
  const opened = await readManifest(options.path);
  refuseIfNewer(access, opened);
  const key = await keyForBackup(access, opened, options.credentials);
  const summary = summaryOf(opened, access);
  return startJob(access.dataDir, 'restore', 'Đang đọc bản sao lưu…', (control) => restoreWork(access, opened, key, summary, options, control), 'Không khôi phục được; dữ liệu hiện tại vẫn giữ nguyên. Vui lòng thử lại.');
}

async function restoreWork(access: BackupAccess, opened: OpenedBackup, key: Buffer, summary: BackupSummary, options: RestoreOptions, control: JobControl): Promise<Partial<BackupJob>> {
  const staging = stagingFolder(access.dataDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    // 3. Prepared beside the live files, every byte checked.
    let read = 0;
    const size = Math.max(1, opened.manifest.payload.size);
    await readPayload(opened, (entry) => entryFile(staging, entry.path, RESTORED_ROOTS), async (bytes) => {
      read += bytes;
      await control.step('Đang chuẩn bị dữ liệu từ bản sao lưu (đối chiếu mã kiểm tra)…', 0.5 * (read / size));
    });
    if (!existsSync(join(staging, DATABASE_ENTRY)) || !existsSync(join(staging, KEY_FILE))) throw damaged('thiếu cơ sở dữ liệu hoặc tệp khóa');

    // 4. The restored database opens with its key and holds what the manifest says.
    await control.step('Đang kiểm tra cơ sở dữ liệu trong bản sao lưu…', 0.52);
    const problem = await databaseProblem(join(staging, DATABASE_ENTRY), key, opened, false);
    if (problem) throw damaged(problem);

    // 5. The live data, backed up first.
    let previousDataBackup: string | undefined;
    if (options.previousDataFolder && access.dbKey && existsSync(access.databasePath)) {
      const folder = options.previousDataFolder;
      try {
        const made = await makeBackup(access, { folder, kind: 'before_restore', now: options.now() }, {
          step: (stage, progress) => control.step(`Sao lưu dữ liệu hiện tại trước khi thay: ${stage.charAt(0).toLowerCase()}${stage.slice(1)}`, progress),
        }, { from: 0.6, to: 0.95 });
        previousDataBackup = made.path;
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        throw new CommandError(
          'CONFLICT',
          `Chưa khôi phục, dữ liệu hiện tại vẫn giữ nguyên: không sao lưu được dữ liệu hiện tại vào thư mục sao lưu tự động «${folder}» (${failureMessage(error, 'lỗi khi ghi tệp')}). Hãy chọn lại thư mục này ở phần «Sao lưu tự động» rồi thử lại.`,
        );
      }
    }

    // 6. The point of no return: the files are swapped while no connection is open.
    await control.step('Đang thay dữ liệu…', 0.97);
    control.cancellable = false;
    access.replaceLiveData(() => swapIn(access, staging));
    removeTempCopies(access.dataDir);
    currentProcessLog()?.write('INFO', 'restore', `data restored from a backup made ${opened.manifest.createdAt} (app ${opened.manifest.appVersion}, ${opened.manifest.schemaVersion})`);
    return { stage: 'Đã khôi phục xong. Hãy đăng nhập lại.', file: opened.path, summary, ...(previousDataBackup ? { previousDataBackup } : {}) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// ---- the swap ----------------------------------------------------------------------------------

interface Journal {
  phase: 'swapping' | 'done';
  items: { name: string; existed: boolean }[];
}

function writeJournal(dataDir: string, journal: Journal): void {
  const path = journalFile(dataDir);
  writeFileSync(`${path}.tmp`, JSON.stringify(journal), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

/** The live files a restore replaces (the database's journal files are set aside and dropped). */
function liveItems(access: Pick<BackupAccess, 'databasePath'>, staging: string): { name: string; staged?: string }[] {
  const db = basename(access.databasePath);
  return [
    { name: db, staged: join(staging, DATABASE_ENTRY) },
    { name: `${db}-wal` },
    { name: `${db}-shm` },
    { name: `${db}-journal` },
    { name: KEY_FILE, staged: join(staging, KEY_FILE) },
    ...STORED_FOLDERS.map((f) => ({ name: f, staged: join(staging, f) })),
  ];
}

/**
 * Puts the prepared data in place by renames inside the data folder: each live item set aside,
 * then each prepared one moved in, under the journal. Any failure rolls back before it throws.
 * Runs while the session has the database closed.
 */
export function swapIn(access: Pick<BackupAccess, 'dataDir' | 'databasePath'>, staging: string): void {
  const { dataDir } = access;
  const aside = asideFolder(dataDir);
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside, { recursive: true, mode: 0o700 });
  const items = liveItems(access, staging);
  const journal: Journal = { phase: 'swapping', items: items.map((i) => ({ name: i.name, existed: existsSync(join(dataDir, i.name)) })) };
  writeJournal(dataDir, journal);
  try {
    for (const item of journal.items) if (item.existed) renameSync(join(dataDir, item.name), join(aside, item.name));
    for (const item of items) if (item.staged && existsSync(item.staged)) renameSync(item.staged, join(dataDir, item.name));
  } catch (error) {
    rollBack(dataDir, journal);
    throw error;
  }
  writeJournal(dataDir, { ...journal, phase: 'done' });
  rmSync(aside, { recursive: true, force: true });
  rmSync(journalFile(dataDir), { force: true });
}

function rollBack(dataDir: string, journal: Journal): void {
  const aside = asideFolder(dataDir);
  for (const item of [...journal.items].reverse()) {
    const live = join(dataDir, item.name);
    const kept = join(aside, item.name);
    if (existsSync(kept)) {
      rmSync(live, { recursive: true, force: true });
      renameSync(kept, live);
    } else if (!item.existed) {
      rmSync(live, { recursive: true, force: true });
    }
  }
  rmSync(journalFile(dataDir), { force: true });
}

/**
 * At start, before the database opens: a restore cut short between its first and last rename is
 * rolled back (the previous data comes back whole), one that had put every file in place is
 * finished; then the work folder (snapshots, a prepared restore, checks) is emptied.
 */
export function recoverInterruptedRestore(dataDir: string): 'none' | 'rolled_back' | 'finished' {
  const path = journalFile(dataDir);
  let outcome: 'none' | 'rolled_back' | 'finished' = 'none';
  if (existsSync(path)) {
    let journal: Journal | null;
    try {
      journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    } catch {
      journal = null;
    }
    // Written whole or not at all (renamed into place); unreadable, nothing is touched.
    if (!journal) return 'none';
    if (journal.phase === 'swapping') {
      rollBack(dataDir, journal);
      outcome = 'rolled_back';
    } else outcome = 'finished';
  }
  rmSync(workFolder(dataDir), { recursive: true, force: true });
  return outcome;
}
