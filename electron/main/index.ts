import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell, utilityProcess, type IpcMainInvokeEvent, type SaveDialogOptions, type WebContents } from 'electron';
import { commandNames } from '../../shared/commands';
import type { ApiResult } from '../../shared/errors';
import { appLogPath, openAppLog } from '../app-log';
import { DataProcessClient, DataProcessStartupError } from '../data-process/client';
import { noticeOverdueOnce } from './overdue-notice';
import { describeStartupFailure, STARTUP_DIALOG_TITLE, startupDialogText } from '../startup-error';
import { CONTENT_SECURITY_POLICY, isAppPage, isAppSender, SECURE_WEB_PREFERENCES } from '../window-security';

/**
 * The desktop shell. The database and dispatch run in a utility process
 * (out/main/data-process.js, built from electron/data-process/worker.ts), so SQLite work
 * and long exports never block this process; every `api:<command>` invoke is forwarded to
 * it. Migrations are read from out/main/migrations, copied there by the build.
 */
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appIndexFile = join(__dirname, '../renderer/index.html');
/** The one page the window shows: the dev server's address, or the built index.html (no other file: URL). */
const appPage = devUrl ?? pathToFileURL(appIndexFile).href;
const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng' } };

let mainWindow: BrowserWindow | null = null;
let data: DataProcessClient | null = null;
let shutdownStarted = false;

/** A startup (or data process) failure: the Vietnamese cause and the log's path, then quit. */
function failAndQuit(cause: string, logPath: string): void {
  dialog.showErrorBox(STARTUP_DIALOG_TITLE, startupDialogText(cause, logPath));
  shutdownStarted = true;
  app.quit();
}

async function startDataProcess(dataDir: string): Promise<DataProcessClient> {
  const child = utilityProcess.fork(join(__dirname, 'data-process.js'), [], { serviceName: 'ldte-data', stdio: 'inherit' });
  const client = new DataProcessClient(child);
  await client.start({ dataDir, migrationsFolder: join(__dirname, 'migrations') });
  client.onExit((code, expected) => {
    if (expected || shutdownStarted) return;
    const log = openAppLog(dataDir);
    log.write('ERROR', 'main', `data process ended unexpectedly (exit code ${String(code)})`);
    failAndQuit('Tiến trình dữ liệu của ứng dụng đã dừng bất ngờ; ứng dụng sẽ đóng. Hãy mở lại ứng dụng.', log.path);
  });
  return client;
}

/** The app's window that sent this request from the top frame of the app's own page, or undefined. */
function appWindowOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return window && isAppSender(frame && { url: frame.url, isMainFrame: frame.parent === null }, appPage) ? window : undefined;
}

/** Asks where to save these bytes and writes them there; answers { savedTo: path | null }. */
async function saveWhereChosen(window: BrowserWindow, options: SaveDialogOptions, base64: string): Promise<ApiResult<{ savedTo: string | null }>> {
  const chosen = await dialog.showSaveDialog(window, options);
  if (chosen.canceled || !chosen.filePath) return { ok: true, data: { savedTo: null } };
  try {
    await writeFile(chosen.filePath, Buffer.from(base64, 'base64'));
  } catch {
    return { ok: false, error: { code: 'CONFLICT', message: `Không lưu được tệp vào «${chosen.filePath}»: hãy chọn thư mục khác` } };
  }
  return { ok: true, data: { savedTo: chosen.filePath } };
}

function registerCommands(client: DataProcessClient): void {
  for (const name of commandNames) {
    ipcMain.handle(`api:${name}`, async (event, input: unknown) => {
      // Only the top frame of the app's own page, in one of the app's windows.
      if (!appWindowOf(event)) return FORBIDDEN;
      // Each window is one session of the signed-in user (the sender was checked above).
      const result = await client.invoke(name, input, `window:${event.sender.id}`);
      // After the first sign-in of this start: a system notification if something is overdue (issue 11).
      if (name === 'auth.login' && result.ok) void noticeOverdueOnce(client, `window:${event.sender.id}`);
      // The desktop's "open" shows the generated file in the system viewer (Word, LibreOffice, a PDF reader).
      if ((name === 'documents.open' || name === 'documents.pdf' || name === 'attachments.open') && result.ok) await shell.openPath((result.data as { path: string }).path);
      return result;
    });
  }
  // "Lưu bản sao…" (desktop only; a browser's download is that copy): the decrypted document is
  // written where the user chooses, in the clear by that choice. Answers { savedTo: path | null }.
  ipcMain.handle('api:documents.saveCopy', async (event, input: unknown) => {
    const window = appWindowOf(event);
    if (!window) return FORBIDDEN;
    const content = await client.invoke('documents.content', input, `window:${event.sender.id}`);
    if (!content.ok) return content;
    const { fileName, base64 } = content.data as { fileName: string; base64: string };
    return saveWhereChosen(window, { title: 'Lưu bản sao văn bản', defaultPath: fileName }, base64);
  });
  // A team file the renderer just received (a package, an invitation, a join request), saved
  // where the user chooses (USB stick, shared folder). The bytes are already encrypted with the
  // team key (the invitation with the code read aloud). Answers { savedTo: path | null }.
  ipcMain.handle('api:exchange.saveFile', async (event, input: unknown) => {
    const window = appWindowOf(event);
    if (!window) return FORBIDDEN;
    const { fileName, base64 } = (input ?? {}) as { fileName?: unknown; base64?: unknown };
    if (typeof fileName !== 'string' || typeof base64 !== 'string' || !/^[^/\\]{1,200}\.(ldtx|ldti)$/.test(fileName)) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Tệp trao đổi dữ liệu không hợp lệ' } };
    }
    const extension = fileName.endsWith('.ldti') ? 'ldti' : 'ldtx';
    return saveWhereChosen(
      window,
      {
        title: extension === 'ldti' ? 'Lưu tệp mời vào đoàn' : 'Lưu gói dữ liệu',
        defaultPath: fileName,
        filters: [{ name: extension === 'ldti' ? 'Tệp mời vào đoàn' : 'Gói dữ liệu của đoàn', extensions: [extension] }],
      },
      base64,
    );
  });
  // "Chọn thư mục…" / "Chọn tệp…" of the backup page: the folder a backup goes to (a USB stick),
  // or a backup file to check or restore. Only a path comes back; the data process does the work.
  ipcMain.handle('api:backup.choosePath', async (event, input: unknown) => {
    const window = appWindowOf(event);
    if (!window) return FORBIDDEN;
    const { kind } = (input ?? {}) as { kind?: unknown };
    const chosen =
      kind === 'file'
        ? await dialog.showOpenDialog(window, { title: 'Chọn bản sao lưu', properties: ['openFile'], filters: [{ name: 'Bản sao lưu', extensions: ['ldtb'] }] })
        : await dialog.showOpenDialog(window, { title: 'Chọn thư mục sao lưu', properties: ['openDirectory', 'createDirectory'] });
    return { ok: true, data: { path: chosen.canceled ? null : (chosen.filePaths[0] ?? null) } };
  });
}

/**
 * Every web contents (the window, and anything it might create): navigation only to the
 * app's own page, in any frame; no server redirect; no new window (web links open in the
 * system browser); no webview.
 */
function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:/.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url, appPage)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppPage(event.url, appPage)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    title: 'Kiểm tra lao động trẻ em',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') },
  });
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(appIndexFile);
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  try {
    data = await startDataProcess(dataDir);
  } catch (error) {
    if (error instanceof DataProcessStartupError) return failAndQuit(error.message, error.logPath || appLogPath(dataDir));
    const log = openAppLog(dataDir);
    log.error('startup', error);
    return failAndQuit(describeStartupFailure(error, dataDir), log.path);
  }
  registerCommands(data);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

// One instance per user: a second launch hands over to the first (which comes to the front) and ends.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.whenReady().then(start).catch((error: unknown) => {
    const log = openAppLog(app.getPath('userData'));
    log.error('startup', error);
    failAndQuit(describeStartupFailure(error, app.getPath('userData')), log.path);
  });

  app.on('web-contents-created', (_event, contents) => guardContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Let the data process close the database and release the data folder before the app ends.
  app.on('before-quit', (event) => {
    if (shutdownStarted || !data?.running) return;
    shutdownStarted = true;
    event.preventDefault();
    // An automatic backup due at exit (or one running) is finished first: up to ten minutes.
    void data.shutdown(10 * 60_000).finally(() => app.quit());
  });
}
