import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppPage, isAppSender, SECURE_WEB_PREFERENCES } from '../../electron/window-security';

const mainSource = readFileSync('electron/main/index.ts', 'utf8');
const preloadSource = readFileSync('electron/preload/index.ts', 'utf8');
const indexHtml = readFileSync('renderer/index.html', 'utf8');

describe('Electron window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node integration', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false });
  });

  it('creates the window with those preferences; every web contents blocks new windows, foreign navigation in any frame, every redirect, webviews', () => {
    expect(mainSource).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES/);
    expect(mainSource).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => guardContents\(contents\)\)/);
    const guard = /function guardContents\([\s\S]*?\n\}/.exec(mainSource)![0];
    expect(guard).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(guard).toMatch(/'will-navigate', \(event\) => \{\s*if \(!isAppPage\(event\.url, appPage\)\) event\.preventDefault\(\);/);
    expect(guard).toMatch(/'will-frame-navigate', \(event\) => \{\s*if \(!isAppPage\(event\.url, appPage\)\) event\.preventDefault\(\);/);
    expect(guard).toContain("contents.on('will-redirect', (event) => event.preventDefault());");
    expect(guard).toContain("contents.on('will-attach-webview', (event) => event.preventDefault());");
    // The app's page is the built index.html itself (or the dev server), not any file: URL.
    expect(mainSource).toContain("const appPage = devUrl ?? pathToFileURL(appIndexFile).href;");
    expect(mainSource).toContain('void win.loadFile(appIndexFile);');
    expect(mainSource).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
  });

  it('serves a strict content security policy, in the header and in the page', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(mainSource).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    expect(indexHtml).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  });

  it('registers one ipc handler per command, checks the sender is the app, forwards to the data process', () => {
    // The sender check: an app window, the top frame, the app's own page.
    const check = /function appWindowOf\([\s\S]*?\n\}/.exec(mainSource)![0];
    expect(check).toContain('BrowserWindow.fromWebContents(event.sender)');
    expect(check).toContain('isAppSender(frame && { url: frame.url, isMainFrame: frame.parent === null }, appPage)');
    expect(mainSource).toMatch(
      /for \(const name of commandNames\) \{\s*ipcMain\.handle\(`api:\$\{name\}`[\s\S]*?if \(!appWindowOf\(event\)\) return FORBIDDEN;[\s\S]*?client\.invoke\(name, input, `window:\$\{event\.sender\.id\}`\)/,
    );
    // Every IPC handler, not only the command table's, checks its sender first.
    const handlers = mainSource.split('ipcMain.handle(').slice(1);
    expect(handlers.length).toBeGreaterThanOrEqual(4);
    for (const handler of handlers) expect(handler.slice(0, 300)).toMatch(/appWindowOf\(event\)[^\n]*\n?[^\n]*return FORBIDDEN;/);
    expect(mainSource).not.toMatch(/ipcMain\.on\(/);
    expect(mainSource).toMatch(/utilityProcess\.fork\(join\(__dirname, 'data-process\.js'\)/);
    // The shell itself never opens the database.
    expect(mainSource).not.toMatch(/openDatabase|better-sqlite3|dispatch\(/);
  });

  it('runs one instance (a second launch focuses the first) and reports a failed start in a dialog naming the log', () => {
    expect(mainSource).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);/);
    expect(mainSource).toMatch(/'second-instance'[\s\S]*?\.focus\(\)/);
    expect(mainSource).toMatch(/dialog\.showErrorBox\(STARTUP_DIALOG_TITLE, startupDialogText\(cause, logPath\)\)/);
  });

  it('exposes only a typed invoke in the preload, never ipcRenderer itself', () => {
    expect(preloadSource).toMatch(/exposeInMainWorld\('api', \{\s*invoke\(/);
    expect(preloadSource).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });

  it('allows navigation only to the app\'s own page: no other local file, no web page', () => {
    const page = 'file:///opt/ldte/resources/app.asar/out/renderer/index.html';
    expect(isAppPage(`${page}#/co-so`, page)).toBe(true);
    expect(isAppPage(`${page}?x=1#/ke-hoach/1`, page)).toBe(true);
    expect(isAppPage('file:///opt/ldte/resources/app.asar/out/renderer/../renderer/index.html', page)).toBe(true); // the same file
    // A dropped or linked local HTML file would otherwise get window.api.
    expect(isAppPage('file:///home/user/Downloads/evil.html', page)).toBe(false);
    expect(isAppPage('file:///opt/ldte/resources/app.asar/out/renderer/other.html', page)).toBe(false);
    expect(isAppPage('file://evil-share/opt/ldte/resources/app.asar/out/renderer/index.html', page)).toBe(false);
    expect(isAppPage('https://example.com/', page)).toBe(false);
    expect(isAppPage('not a url', page)).toBe(false);
    expect(isAppPage('file:///opt/%E0%A4%A', page)).toBe(false);
    // Development: the dev server's page only.
    expect(isAppPage('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppPage('http://localhost:5173/index.html#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppPage('http://localhost:5173/@fs/etc/passwd', 'http://localhost:5173/')).toBe(false);
    expect(isAppPage('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppPage('http://evil.test/', 'http://localhost:5173/')).toBe(false);
  });

  it('answers IPC only from the top frame of the app\'s page', () => {
    const page = 'file:///app/out/renderer/index.html';
    expect(isAppSender({ url: `${page}#/co-so`, isMainFrame: true }, page)).toBe(true);
    expect(isAppSender({ url: `${page}#/co-so`, isMainFrame: false }, page)).toBe(false);
    expect(isAppSender({ url: 'file:///tmp/dropped.html', isMainFrame: true }, page)).toBe(false);
    expect(isAppSender({ url: 'https://example.com/', isMainFrame: true }, page)).toBe(false);
    expect(isAppSender(null, page)).toBe(false);
  });
});
