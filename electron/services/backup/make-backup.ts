/**
 * Making a backup file of the data open now (backup-file.ts): a consistent snapshot of the
 * encrypted database taken on a worker thread (db-worker.ts), the key file, and every stored file
 * as it is on disk (already encrypted), then the file read back and checked, so a bad USB stick
 * is found now and not on the day of a restore.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KEY_FILE } from '../../../db/key-file';
import type { BackupKind } from '../../../shared/schemas/backup';
import { PART_SUFFIX } from '../file-store';
import { APP_VERSION, DATABASE_ENTRY, keyIdOf, knownMigrations, STORED_FOLDERS, workFolder, type BackupAccess } from './access';
import { BACKUP_EXTENSION, BackupWriter, readManifest, readPayload, sizeOf, type Manifest } from './backup-file';
import { snapshotDatabase } from './db-worker';

/** How a job reports: a stage and a progress (0–1); throws Cancelled when asked to stop. */
export interface Progress {
  step(stage: string, progress?: number): Promise<void>;
}

export interface MadeBackup {
  path: string;
  manifest: Manifest;
  sizeBytes: number;
}

const FILE_PREFIX: Record<BackupKind, string> = {
  manual: 'sao-luu',
  scheduled: 'sao-luu-tu-dong',
  before_restore: 'truoc-khi-khoi-phuc',
};

/** `sao-luu-2026-11-23-1530.ldtb` (Viet Nam time), with `-2`, `-3`… when taken. */
export function backupFileName(kind: BackupKind, at: Date, taken: (name: string) => boolean = () => false): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString();
  const stamp = `${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
  let name = `${FILE_PREFIX[kind]}-${stamp}${BACKUP_EXTENSION}`;
  for (let n = 2; taken(name); n++) name = `${FILE_PREFIX[kind]}-${stamp}-${n}${BACKUP_EXTENSION}`;
  return name;
}

/** The stored files of the data folder (relative paths with `/`), unfinished `.part` files aside. */
export function storedFiles(dataDir: string): { entry: string; path: string; size: number }[] {
  const found: { entry: string; path: string; size: number }[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else if (stat.isFile() && !name.endsWith(PART_SUFFIX)) found.push({ entry: `${prefix}${name}`, path, size: stat.size });
    }
  };
  for (const folder of STORED_FOLDERS) walk(join(dataDir, folder), `${folder}/`);
  return found;
}

/**
 * Checks that `folder` can take a file; throws the file system's error. A missing folder is made
 * when the folder holding it exists, never a whole chain (a USB stick that is not plugged in is
 * not recreated as folders on the laptop's own disk).
 */
export function ensureWritableFolder(folder: string): void {
  if (!existsSync(folder)) {
    if (!existsSync(dirname(folder))) throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
    mkdirSync(folder);
  }
  if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  const probe = join(folder, `.ldte-probe-${randomBytes(4).toString('hex')}`);
  rmSync(probe, { force: true });
  mkdirSync(probe);
  rmSync(probe, { recursive: true, force: true });
}

/**
 * Writes a backup of the live data into `folder` and checks it by reading it back. Progress goes
 * from `from` to `to` of the job's bar. On failure or cancel nothing is left behind (no `.part`,
 * no snapshot).
 */
export async function makeBackup(
  access: BackupAccess,
  options: { folder: string; kind: BackupKind; now: Date },
  progress: Progress,
  span: { from: number; to: number } = { from: 0, to: 1 },
): Promise<MadeBackup> {
  const key = access.dbKey;
  if (!key) throw new Error('no database key: nothing to back up');
  const at = (f: number) => span.from + (span.to - span.from) * f;
  const work = workFolder(access.dataDir);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  const snapshot = join(work, `snapshot-${randomBytes(6).toString('hex')}.sqlite`);
  ensureWritableFolder(options.folder);
  const path = join(options.folder, backupFileName(options.kind, options.now, (name) => existsSync(join(options.folder, name))));
  let writer: BackupWriter | undefined;
  let taking: Promise<unknown> | undefined;
  try {
    // 1. The snapshot, on the worker; its growth is the progress (the live file's size is about what it will be).
    const expected = Math.max(1, ((await sizeOf(access.databasePath)) ?? 0) + ((await sizeOf(`${access.databasePath}-wal`)) ?? 0));
    await progress.step('Đang chụp cơ sở dữ liệu…', at(0.01));
    const snapshotting = snapshotDatabase(access.databasePath, snapshot, key);
    taking = snapshotting;
    let done = false;
    const facts = snapshotting.finally(() => (done = true));
    while (!done) {
      await Promise.race([facts.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 200))]);
      const size = (await sizeOf(snapshot)) ?? 0;
      await progress.step('Đang chụp cơ sở dữ liệu…', at(0.3 * Math.min(0.95, size / expected)));
    }
    const { counts, schemaMillis, deviceId, deviceLabel, unitName } = await facts;

    // 2. The file: the snapshot, the key file, the stored files.
    const keyFile = readFileSync(join(access.dataDir, KEY_FILE));
    const files = storedFiles(access.dataDir);
    const snapshotSize = statSync(snapshot).size;
    const total = Math.max(1, snapshotSize + keyFile.length + files.reduce((sum, f) => sum + f.size, 0));
    let written = 0;
    const tick = async (bytes: number) => {
      written += bytes;
      await progress.step(written <= snapshotSize ? 'Đang ghi cơ sở dữ liệu vào bản sao lưu…' : 'Đang ghi các tệp đã lưu (văn bản, ảnh, tệp đính kèm)…', at(0.3 + 0.4 * (written / total)));
    };
    writer = await BackupWriter.create(path);
    await writer.addFile(DATABASE_ENTRY, snapshot, tick);
    // Removed off the event loop (unlinking hundreds of megabytes may take a moment).
    await rm(snapshot, { force: true });
    await writer.addBytes(KEY_FILE, keyFile);
    for (const file of files) {
      try {
        await writer.addFile(file.entry, file.path, tick);
      } catch (error) {
        // A file removed since the listing (a temporary report replaced) is no longer part of the data.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const schemaVersion = knownMigrations(access.migrationsFolder).find((m) => m.when === schemaMillis)?.tag ?? String(schemaMillis);
    const manifest = await writer.finish({
      appVersion: APP_VERSION,
      schemaVersion,
      schemaMillis,
      createdAt: options.now.toISOString(),
      kind: options.kind,
      device: { id: deviceId, label: deviceLabel },
      ...(unitName ? { unitName } : {}),
      keyId: keyIdOf(key),
      counts,
    });
    writer = undefined;

    // 3. Read back and checked.
    const opened = await readManifest(path);
    let checked = 0;
    await readPayload(opened, () => null, async (bytes) => {
      checked += bytes;
      await progress.step('Đang đọc lại để kiểm tra bản sao lưu…', at(0.7 + 0.3 * (checked / Math.max(1, manifest.payload.size))));
    });
    return { path, manifest, sizeBytes: opened.fileSize };
  } catch (error) {
    // A cancel while the worker copies: its copy is removed once it has finished with it.
    await taking?.catch(() => undefined);
    await writer?.abort();
    // A backup cancelled or failed after its file got its name (while read back) is removed too.
    if (!writer && existsSync(path) && basename(path).endsWith(BACKUP_EXTENSION)) rmSync(path, { force: true });
    throw error;
  } finally {
    rmSync(snapshot, { force: true });
  }
}
