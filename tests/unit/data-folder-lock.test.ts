import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderLockedError, lockFilePath } from '../../electron/data-folder-lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldte-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bootTime = () => Date.now() - uptime() * 1000;
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('data folder lock', () => {
  it('is held by one owner at a time and refused to a second in one Vietnamese line', () => {
    const lock = acquireDataFolderLock(dir, 'web');
    const holder = JSON.parse(readFileSync(lockFilePath(dir), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, owner: 'web' });
    let refused: unknown;
    try {
      acquireDataFolderLock(dir, 'desktop');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataFolderLockedError);
    expect((refused as Error).message).toBe(`Thư mục dữ liệu ${dir} đang được một cửa sổ ứng dụng khác sử dụng; hãy đóng nó trước.`);
    expect((refused as Error).message).not.toContain('\n');
    lock.release();
    expect(existsSync(lockFilePath(dir))).toBe(false);
    lock.release(); // twice is harmless
    acquireDataFolderLock(dir, 'desktop').release();
  });

  it('takes over the lock of a process that is gone (crash, kill -9)', () => {
    writeFileSync(lockFilePath(dir), JSON.stringify({ pid: deadPid(), host: 'x', bootTime: bootTime(), startedAt: '', owner: 'web' }));
    const lock = acquireDataFolderLock(dir, 'web');
    expect(JSON.parse(readFileSync(lockFilePath(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock written before the last reboot even if its pid now runs another program', () => {
    writeFileSync(lockFilePath(dir), JSON.stringify({ pid: process.pid, host: 'x', bootTime: bootTime() - 3 * 86_400_000, startedAt: '', owner: 'web' }));
    acquireDataFolderLock(dir, 'web').release();
  });

  it('treats an unreadable lock as being written (refused) until it is old, then as stale', () => {
    writeFileSync(lockFilePath(dir), '{"pid":');
    expect(() => acquireDataFolderLock(dir, 'web')).toThrow(DataFolderLockedError);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFilePath(dir), old, old);
    acquireDataFolderLock(dir, 'web').release();
  });

  it('never removes a lock that is not its own', () => {
    const lock = acquireDataFolderLock(dir, 'web');
    const other = JSON.stringify({ pid: process.pid, host: 'x', bootTime: bootTime(), startedAt: 'later', owner: 'desktop' });
    writeFileSync(lockFilePath(dir), other);
    lock.release();
    expect(readFileSync(lockFilePath(dir), 'utf8')).toBe(other);
  });

  it('is released when its process exits normally', () => {
    const script = `require(${JSON.stringify(join(process.cwd(), 'electron/data-folder-lock.ts'))}).acquireDataFolderLock(${JSON.stringify(dir)}, 'web'); console.log('held');`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(run.stdout).toContain('held');
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });
});
