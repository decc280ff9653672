import { describe, expect, it } from 'vitest';
import { APP_FOLDER_NAME, defaultUserDataDir } from '../../electron/app-paths';
import pkg from '../../package.json';

describe('data folder', () => {
  it('is the per-user folder Electron gives this app (its package name)', () => {
    expect(pkg.name).toBe(APP_FOLDER_NAME);
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/home/u/.config' })).toBe(`/home/u/.config/${APP_FOLDER_NAME}`);
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' })).toContain(APP_FOLDER_NAME);
  });
});
