/**
 * The automatic backup: its settings (this laptop's, in app_meta like the unit's settings), when
 * it is due, which old backups it deletes, and what a backup folder holds.
 *
 * Due: "daily" once per calendar day in Viet Nam (a backup at 23:00 and the next at 08:00 the
 * day after), "weekly" seven days after the last one (from the start of that day); the first is
 * due at once. The host checks now and then while someone is signed in, and at exit.
 *
 * Rotation keeps the last N automatic backups of this laptop in the folder. It never deletes a
 * backup made by hand, one made before a restore, another laptop's, a file it cannot read, nor a
 * copy made before an upgrade (`backups/*.sqlite`, db/backup.ts).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { UPGRADE_COPY } from '../../../db/backup';
import { appMeta } from '../../../db/schema';
import { CommandError } from '../../../shared/errors';
import type { BackupListItem, BackupSchedule, BackupSettings } from '../../../shared/schemas/backup';
import { BACKUP_SCHEDULES } from '../../../shared/schemas/backup';
import { APP_VERSION, BACKUPS_FOLDER, compareVersions, keyIdOf, knownMigrations, type BackupAccess } from './access';
import { BACKUP_EXTENSION, readManifest, type OpenedBackup } from './backup-file';

const KEYS = {
  folder: 'backup.folder',
  schedule: 'backup.schedule',
  keep: 'backup.keep',
  lastScheduledAt: 'backup.lastScheduledAt',
  /** JSON { at, message } of the last automatic backup that failed, cleared by the next that works. */
  lastScheduledFailure: 'backup.lastScheduledFailure',
} as const;
export const DEFAULT_SCHEDULE: BackupSchedule = 'daily';
export const DEFAULT_KEEP = 10;

const DAY = 86_400_000;
const VN = 7 * 3600_000;

function readMeta(db: Db): Map<string, string> {
  const rows = db.select({ key: appMeta.key, value: appMeta.value }).from(appMeta).where(inArray(appMeta.key, Object.values(KEYS))).all();
  return new Map(rows.map((r) => [r.key, r.value]));
}

function writeMeta(db: Db, now: Date, values: Partial<Record<keyof typeof KEYS, string>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    db.insert(appMeta)
      .values({ key: KEYS[name as keyof typeof KEYS], value, updatedAt: now.toISOString() })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
      .run();
  }
}

export function backupSettings(db: Db, dataDir: string): BackupSettings {
  const meta = readMeta(db);
  const schedule = meta.get(KEYS.schedule);
  const keep = Number(meta.get(KEYS.keep));
  return {
    folder: meta.get(KEYS.folder) || join(dataDir, BACKUPS_FOLDER),
    schedule: BACKUP_SCHEDULES.includes(schedule as BackupSchedule) ? (schedule as BackupSchedule) : DEFAULT_SCHEDULE,
    keep: Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP,
  };
}

export function storeBackupSettings(db: Db, now: Date, input: Partial<BackupSettings>): void {
  writeMeta(db, now, {
    ...(input.folder !== undefined ? { folder: input.folder } : {}),
    ...(input.schedule !== undefined ? { schedule: input.schedule } : {}),
    ...(input.keep !== undefined ? { keep: String(input.keep) } : {}),
  });
}

export function lastScheduledAt(db: Db): Date | undefined {
  const row = db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEYS.lastScheduledAt)).get();
  const at = row ? new Date(row.value) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

export const recordScheduledBackup = (db: Db, at: Date) => writeMeta(db, at, { lastScheduledAt: at.toISOString(), lastScheduledFailure: '' });

export const recordScheduledFailure = (db: Db, at: Date, message: string) => writeMeta(db, at, { lastScheduledFailure: JSON.stringify({ at: at.toISOString(), message }) });

export function scheduledFailure(db: Db): { at: string; message: string } | undefined {
  const row = db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEYS.lastScheduledFailure)).get();
  if (!row?.value) return undefined;
  try {
    const parsed = JSON.parse(row.value) as { at?: unknown; message?: unknown };
    return typeof parsed.at === 'string' && typeof parsed.message === 'string' ? { at: parsed.at, message: parsed.message } : undefined;
  } catch {
    return undefined;
  }
}

/** Midnight in Viet Nam of the day `at` falls on, as an instant. */
const startOfVietnamDay = (at: Date) => new Date(Math.floor((at.getTime() + VN) / DAY) * DAY - VN);

/** When the next automatic backup is due: undefined when off, now-or-earlier when never made. */
export function nextBackupDue(schedule: BackupSchedule, last: Date | undefined, now: Date): Date | undefined {
  if (schedule === 'off') return undefined;
  if (!last) return now;
  const day = startOfVietnamDay(last);
  return new Date(day.getTime() + (schedule === 'daily' ? 1 : 7) * DAY);
}

export function isBackupDue(schedule: BackupSchedule, last: Date | undefined, now: Date): boolean {
  const due = nextBackupDue(schedule, last, now);
  return due !== undefined && due.getTime() <= now.getTime();
}

// ---- what a folder holds ---------------------------------------------------------------------

/** Why this app cannot restore a backup (made by a newer version), or undefined. */
export function refusalOf(opened: OpenedBackup, migrationsFolder: string): string | undefined {
  const { manifest } = opened;
  if (compareVersions(manifest.appVersion, APP_VERSION) > 0) {
    return `Bản sao lưu được tạo bởi phiên bản ${manifest.appVersion} của ứng dụng, mới hơn phiên bản đang dùng (${APP_VERSION}); hãy cập nhật ứng dụng rồi khôi phục.`;
  }
  const known = knownMigrations(migrationsFolder);
  const latest = known.at(-1)?.when ?? 0;
  if (manifest.schemaMillis > latest || !known.some((m) => m.when === manifest.schemaMillis)) {
    return `Bản sao lưu có cấu trúc dữ liệu mới hơn phiên bản ứng dụng đang dùng (${manifest.schemaVersion}); hãy cập nhật ứng dụng rồi khôi phục.`;
  }
  return undefined;
}

export function summaryOf(opened: OpenedBackup, access: Pick<BackupAccess, 'dbKey' | 'migrationsFolder'>) {
  const { manifest } = opened;
  const stored = manifest.entries.filter((e) => e.path.includes('/'));
  const refusal = refusalOf(opened, access.migrationsFolder);
  return {
    path: opened.path,
    fileName: basename(opened.path),
    sizeBytes: opened.fileSize,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    device: manifest.device.label,
    ...(manifest.unitName ? { unitName: manifest.unitName } : {}),
    counts: manifest.counts,
    storedFiles: stored.length,
    storedBytes: stored.reduce((sum, e) => sum + e.size, 0),
    ...(refusal ? { refusal } : {}),
    sameKey: access.dbKey !== null && keyIdOf(access.dbKey) === manifest.keyId,
  };
}

/** The backup files of `folder`, newest first (a missing folder holds none). */
export async function listBackups(folder: string, access: Pick<BackupAccess, 'dbKey' | 'migrationsFolder'>): Promise<BackupListItem[]> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(BACKUP_EXTENSION));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') throw new CommandError('VALIDATION', `«${folder}» không phải là thư mục`);
    throw new CommandError('CONFLICT', `Không đọc được thư mục «${folder}»`);
  }
  const items: (BackupListItem & { sortKey: string })[] = [];
  for (const fileName of names) {
    const path = join(folder, fileName);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const sizeBytes = stat.size;
    const mtime = stat.mtime.toISOString();
    try {
      const summary = summaryOf(await readManifest(path), access);
      items.push({ path, fileName, sizeBytes, summary, sortKey: summary.createdAt });
    } catch (error) {
      items.push({ path, fileName, sizeBytes, damaged: error instanceof CommandError ? error.message : 'Không đọc được tệp', sortKey: mtime });
    }
  }
  return items.sort((a, b) => b.sortKey.localeCompare(a.sortKey)).map(({ sortKey: _, ...item }) => item);
}

/**
 * Deletes this laptop's automatic backups in `folder` beyond the newest `keep`; returns the names
 * deleted. Anything else in the folder is left alone.
 */
export async function rotateScheduledBackups(folder: string, keep: number, deviceId: string): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(BACKUP_EXTENSION));
  } catch {
    return [];
  }
  const ours: { path: string; createdAt: string }[] = [];
  for (const name of names) {
    try {
      const { manifest } = await readManifest(join(folder, name));
      if (manifest.kind === 'scheduled' && manifest.device.id === deviceId) ours.push({ path: join(folder, name), createdAt: manifest.createdAt });
    } catch {
      // Not ours to judge: a damaged or foreign file stays.
    }
  }
  ours.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const removed: string[] = [];
  for (const old of ours.slice(Math.max(1, keep))) {
    rmSync(old.path, { force: true });
    removed.push(basename(old.path));
  }
  return removed;
}

/** The copies made before an upgrade (db/backup.ts), newest first. */
export function upgradeCopies(dataDir: string): { fileName: string; createdAt: string; sizeBytes: number }[] {
  const dir = join(dataDir, BACKUPS_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => UPGRADE_COPY.test(n));
  } catch {
    return [];
  }
  return names
    .map((fileName) => {
      const stat = statSync(join(dir, fileName));
      return { fileName, createdAt: stat.mtime.toISOString(), sizeBytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
