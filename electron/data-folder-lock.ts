import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';

/**
 * One app instance per data folder, whichever shell runs it (the desktop app's data process
 * or a web host): a lock file `<data folder>/instance.lock` holding the owner's pid and the
 * machine's boot time. A lock whose process is gone (crash, kill -9) or that was written
 * before the last reboot (its pid may now belong to another program) is stale and taken
 * over. Released on close and on a normal process exit.
 */
export const LOCK_FILE = 'instance.lock';

/** Boot times computed from the wall clock drift a little (clock adjustments); closer than this is the same boot. */
const SAME_BOOT_TOLERANCE_MS = 2 * 60_000;
/** An unreadable lock younger than this is being written right now by its owner. */
const UNREADABLE_GRACE_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  /** ms since the epoch, from the clock and the uptime: changes on reboot. */
  bootTime: number;
  startedAt: string;
  owner: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(`Thư mục dữ liệu ${dataDir} đang được một cửa sổ ứng dụng khác sử dụng; hãy đóng nó trước.`);
    this.name = 'DataFolderLockedError';
  }
}

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

export const lockFilePath = (dataDir: string) => join(dataDir, LOCK_FILE);

const currentBootTime = () => Date.now() - uptime() * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0 || typeof value.bootTime !== 'number') return null;
    return { pid: value.pid, host: String(value.host ?? ''), bootTime: value.bootTime, startedAt: String(value.startedAt ?? ''), owner: String(value.owner ?? '') };
  } catch {
    return null;
  }
}

/** Whether the lock's owner still runs: same boot of this machine and its pid alive. */
export function holderAlive(holder: LockHolder, now = currentBootTime()): boolean {
  if (Math.abs(holder.bootTime - now) > SAME_BOOT_TOLERANCE_MS) return false;
  return processAlive(holder.pid);
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside, checking that what was moved is the stale lock judged (not a
 * fresh one another starter wrote in between); a fresh one is put back.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.${Date.now()}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // already gone: someone else took it over
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // another lock exists by now; the next attempt reads it
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // nothing to clean
  }
}

/** Takes the data folder's lock or throws DataFolderLockedError naming the folder. */
export function acquireDataFolderLock(dataDir: string, owner: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = lockFilePath(dataDir);
  const mine: LockHolder = { pid: process.pid, host: hostname(), bootTime: currentBootTime(), startedAt: new Date().toISOString(), owner };
  const text = JSON.stringify(mine);
  let lastHolder: LockHolder | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(path, text)) return holdLock(path, text);
    const existing = readText(path);
    if (existing === null) continue; // removed in between: try again
    const holder = parseHolder(existing);
    lastHolder = holder;
    if (holder ? holderAlive(holder) : isRecent(path)) throw new DataFolderLockedError(dataDir, holder);
    takeOver(path, existing);
  }
  throw new DataFolderLockedError(dataDir, lastHolder);
}

function isRecent(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
}

function holdLock(path: string, text: string): DataFolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only our own lock: a folder wiped and reused by another instance keeps its lock.
    if (readText(path) !== text) return;
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return { path, release };
}
