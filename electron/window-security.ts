/** Settings of the app window, in one place so a test can check them without Electron. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The app's own page: the development server's address, or the built `index.html` as a
 * `file:` URL (`pathToFileURL(<out>/renderer/index.html)`).
 */
export function isAppPage(url: string, appPage: string): boolean {
  try {
    const target = new URL(url);
    const page = new URL(appPage);
    // The router lives in the hash: any hash (and query) of the one page is the app.
    if (page.protocol === 'file:') {
      return target.protocol === 'file:' && target.host === page.host && decodeURIComponent(target.pathname) === decodeURIComponent(page.pathname);
    }
    const samePage = target.pathname === page.pathname || (page.pathname === '/' && target.pathname === '/index.html');
    return target.origin === page.origin && samePage;
  } catch {
    return false;
  }
}

/** An IPC call is answered only from the top frame of the app's own page (not a subframe, not a navigated-away page). */
export function isAppSender(frame: { url: string; isMainFrame: boolean } | null, appPage: string): boolean {
  return frame !== null && frame.isMainFrame && isAppPage(frame.url, appPage);
}
