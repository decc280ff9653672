/**
 * Browser mode: the web host prints its address with a per-launch secret (`#k=…`, never sent
 * to the server by the browser). The page keeps it for this origin and sends it with every
 * command; the address bar loses it so it is not bookmarked or shared by accident.
 */
const STORAGE_KEY = 'ldte.launchKey';

export function takeLaunchKeyFromAddress(): void {
  const match = /(?:^#|&)k=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  localStorage.setItem(STORAGE_KEY, match[1]!);
  const rest = window.location.hash.replace(/(?:^#|&)k=[A-Za-z0-9_-]+/, '').replace(/^&/, '#');
  history.replaceState(null, '', window.location.pathname + window.location.search + (rest === '#' ? '' : rest));
}

export const launchKey = (): string => localStorage.getItem(STORAGE_KEY) ?? '';

/** The header the web host checks (electron/web-host.ts LAUNCH_HEADER). */
export const LAUNCH_HEADER = 'x-ldte-key';
