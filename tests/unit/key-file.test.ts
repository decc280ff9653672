import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyFile, KEY_FILE, normaliseRecoveryKey, removeUserWrap, setUserWrap, unlockWithPassword, unlockWithRecoveryKey } from '../../db/key-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldte-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the wrapped database key', () => {
  it('opens with the first user password and with the recovery key, and with nothing else', () => {
    const { dbKey, recoveryKey } = createKeyFile(dir, { userId: 'u1', login: 'Admin', password: 'mật khẩu dài 123' });
    expect(dbKey).toHaveLength(32);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(unlockWithPassword(dir, 'admin', 'mật khẩu dài 123')).toEqual({ dbKey, userId: 'u1' });
    expect(unlockWithPassword(dir, 'admin', 'mật khẩu dài 124')).toBeNull();
    expect(unlockWithPassword(dir, 'nobody', 'mật khẩu dài 123')).toBeNull();
    expect(unlockWithRecoveryKey(dir, recoveryKey.toLowerCase().replace(/-/g, ' '))).toEqual(dbKey);
    expect(unlockWithRecoveryKey(dir, recoveryKey.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
  });

  it('holds no key or password in the clear, and is readable by its owner only', () => {
    const { dbKey } = createKeyFile(dir, { userId: 'u1', login: 'admin', password: 'secret-password-1' });
    const text = readFileSync(join(dir, KEY_FILE), 'utf8');
    expect(text).not.toContain(dbKey.toString('hex'));
    expect(text).not.toContain(dbKey.toString('base64'));
    expect(text).not.toContain('secret-password-1');
    if (process.platform !== 'win32') expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('adds, replaces and removes a user wrap', () => {
    const { dbKey } = createKeyFile(dir, { userId: 'u1', login: 'admin', password: 'first password' });
    setUserWrap(dir, dbKey, { userId: 'u2', login: 'hoa', password: 'hoa password' });
    expect(unlockWithPassword(dir, 'HOA', 'hoa password')?.userId).toBe('u2');
    setUserWrap(dir, dbKey, { userId: 'u2', login: 'hoa', password: 'new password' });
    expect(unlockWithPassword(dir, 'hoa', 'hoa password')).toBeNull();
    expect(unlockWithPassword(dir, 'hoa', 'new password')?.dbKey).toEqual(dbKey);
    removeUserWrap(dir, 'u2');
    expect(unlockWithPassword(dir, 'hoa', 'new password')).toBeNull();
    expect(unlockWithPassword(dir, 'admin', 'first password')?.userId).toBe('u1');
  });

  it('reads a typed recovery key forgivingly', () => {
    expect(normaliseRecoveryKey(' abcd efgh-0o1i ')).toBe('ABCD-EFGH-0011');
  });
});
