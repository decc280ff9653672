import { userInfo } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { openDatabase } from '../../db/open-database';
import { commandNames } from '../../shared/commands';
import { databasePath } from '../app-paths';
import { dispatch } from '../dispatch';
import { createServiceContext } from '../services/context';
import { CONTENT_SECURITY_POLICY, isAppUrl, SECURE_WEB_PREFERENCES } from '../window-security';

function registerCommands(): void {
  const db = openDatabase(databasePath(app.getPath('userData')), {
    migrationsFolder: join(app.getAppPath(), 'db/migrations'),
  });
  const ctx = createServiceContext(db, { actor: userInfo().username, dataDir: app.getPath('userData') });
  for (const name of commandNames) {
    ipcMain.handle(`api:${name}`, async (_event, input: unknown) => {
      const result = await dispatch(name, input, db, ctx);
      // The desktop's "open" shows the generated file in the system viewer (Word, LibreOffice, a PDF reader).
      if ((name === 'documents.open' || name === 'documents.pdf') && result.ok) await shell.openPath((result.data as { path: string }).path);
      return result;
    });
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    title: 'Kiểm tra lao động trẻ em',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') },
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const appOrigin = devUrl ? new URL(devUrl).origin : 'file://';
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:/.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
}

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  registerCommands();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
