import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appLogPath, logInternalError, openAppLog, setProcessLog } from '../../electron/app-log';
import { DataFolderLockedError } from '../../electron/data-folder-lock';
import { describeStartupFailure, startupDialogText } from '../../electron/startup-error';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldte-log-'));
});
afterEach(() => {
  setProcessLog(null);
  rmSync(dir, { recursive: true, force: true });
});

describe('app log', () => {
  it('appends to <data folder>/logs/app.log with the time, level, source and stack', () => {
    const log = openAppLog(dir);
    expect(log.path).toBe(join(dir, 'logs', 'app.log'));
    log.write('INFO', 'startup', 'ready');
    log.error('dispatch x', new Error('boom'));
    const lines = readFileSync(log.path, 'utf8');
    expect(lines).toMatch(/^\d{4}-\d\d-\d\dT.*Z INFO \[startup\] pid=\d+ ready\n/);
    expect(lines).toContain('ERROR [dispatch x]');
    expect(lines).toContain('Error: boom\n    at ');
  });

  it('rotates above its size cap, keeping a fixed number of old files', () => {
    const log = openAppLog(dir, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.write('INFO', 't', `line ${i} ${'x'.repeat(40)}`);
    expect(readFileSync(log.path, 'utf8').length).toBeLessThan(300);
    expect(existsSync(`${log.path}.1`)).toBe(true);
    expect(existsSync(`${log.path}.2`)).toBe(true);
    expect(existsSync(`${log.path}.3`)).toBe(false);
    expect(readFileSync(log.path, 'utf8')).toContain('line 39');
  });

  it('sends unexpected failures to the process log (stderr too)', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    logInternalError('nowhere', new Error('before a log is set'));
    setProcessLog(openAppLog(dir));
    logInternalError('dispatch minors.create', new TypeError('x is undefined'));
    quiet.mockRestore();
    const text = readFileSync(appLogPath(dir), 'utf8');
    expect(text).toContain('[dispatch minors.create]');
    expect(text).toContain('TypeError: x is undefined');
    expect(text).not.toContain('before a log is set');
  });

  it('a log that cannot be written fails silently', () => {
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const log = openAppLog(notAFolder);
    expect(() => log.write('ERROR', 'x', 'y')).not.toThrow();
  });
});

describe('startup failure text', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  it.each([
    ['ENOSPC', 'đã đầy'],
    ['SQLITE_FULL', 'đã đầy'],
    ['EACCES', 'Không ghi được'],
    ['SQLITE_READONLY', 'Không ghi được'],
    ['SQLITE_BUSY', 'đang bị một chương trình khác khóa'],
    ['SQLITE_NOTADB', 'bị hỏng'],
    ['EADDRINUSE', 'Cổng mạng'],
    ['SQLITE_ERROR', 'Không mở hoặc không nâng cấp được'],
  ])('%s is told in Vietnamese', (code, words) => {
    expect(describeStartupFailure(err(code), '/d')).toContain(words);
  });

  it('a held folder is told as the lock says it; the dialog names the log file', () => {
    expect(describeStartupFailure(new DataFolderLockedError('/d', null), '/d')).toContain('đang được một cửa sổ ứng dụng khác sử dụng');
    expect(startupDialogText('Ổ đĩa đã đầy.', '/d/logs/app.log')).toContain('/d/logs/app.log');
  });
});
