import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, SECURE_WEB_PREFERENCES } from '../../electron/window-security';

const mainSource = readFileSync('electron/main/index.ts', 'utf8');
const preloadSource = readFileSync('electron/preload/index.ts', 'utf8');
const indexHtml = readFileSync('renderer/index.html', 'utf8');

describe('Electron window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node integration', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false });
  });

  it('creates the window with those preferences and blocks new windows and foreign navigation', () => {
    expect(mainSource).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES/);
    expect(mainSource).toMatch(/setWindowOpenHandler\([\s\S]*?action: 'deny'/);
    expect(mainSource).toMatch(/'will-navigate'[\s\S]*?isAppUrl[\s\S]*?preventDefault/);
    expect(mainSource).toMatch(/'will-redirect'[\s\S]*?isAppUrl[\s\S]*?preventDefault/);
    expect(mainSource).toMatch(/will-attach-webview[\s\S]*?preventDefault/);
    expect(mainSource).toContain('setPermissionRequestHandler');
  });

  it('serves a strict content security policy, in the header and in the page', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(mainSource).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    expect(indexHtml).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  });

  it('registers one ipc handler per command, checks the sender is the app, forwards to the data process', () => {
    expect(mainSource).toMatch(/for \(const name of commandNames\) \{\s*ipcMain\.handle\(`api:\$\{name\}`[\s\S]*?isAppUrl\(event\.senderFrame[\s\S]*?client\.invoke\(name, input, `window:\$\{event\.sender\.id\}`\)/);
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

  it('allows navigation only inside the app', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html#/co-so', 'file://')).toBe(true);
    expect(isAppUrl('https://example.com/', 'file://')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://evil.test/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', 'file://')).toBe(false);
  });
});
