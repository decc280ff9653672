import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'ldte-inspection';
export const DATABASE_FILE = 'ldte.sqlite';

/** The same per-user folder Electron's `app.getPath('userData')` gives this app. */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

export const databasePath = (dataDir: string) => join(dataDir, DATABASE_FILE);
