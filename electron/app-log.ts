import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The app's log file, `<data folder>/logs/app.log`, shared by the desktop app (main and
 * data process) and the web host. It holds startup failures and the stack traces of
 * unexpected (INTERNAL) command failures, never command inputs or outputs: those carry
 * children's data. Appends synchronously (failures are rare and must survive a crash right
 * after); above `maxBytes` the file is rotated to app.log.1 … app.log.<keep>.
 */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

export const appLogPath = (dataDir: string) => join(dataDir, 'logs', 'app.log');

export type LogLevel = 'ERROR' | 'WARN' | 'INFO';

export interface AppLog {
  readonly path: string;
  write(level: LogLevel, source: string, message: string): void;
  error(source: string, error: unknown): void;
}

/** The stack when there is one (it starts with the message), else the value as text. */
export const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);

export function openAppLog(dataDir: string, options: { maxBytes?: number; keep?: number } = {}): AppLog {
  const path = appLogPath(dataDir);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = Math.max(1, options.keep ?? LOG_KEEP);

  const rotateIfFull = () => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return;
    }
    if (size < maxBytes) return;
    // Two processes may rotate at once; a rename that finds nothing is fine.
    for (let i = keep - 1; i >= 1; i--) tryRename(`${path}.${i}`, `${path}.${i + 1}`);
    tryRename(path, `${path}.1`);
  };

  const write = (level: LogLevel, source: string, message: string) => {
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      rotateIfFull();
      appendFileSync(path, `${new Date().toISOString()} ${level} [${source}] pid=${process.pid} ${message}\n`, { mode: 0o600 });
    } catch {
      // A log that cannot be written (disk full, read-only folder) must not add a second failure.
    }
  };

  return { path, write, error: (source, error) => write('ERROR', source, describeError(error)) };
}

function tryRename(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // missing: nothing to rotate
  }
}

let processLog: AppLog | null = null;

/** The log that unexpected failures of this process go to (the data process and the web host set it). */
export function setProcessLog(log: AppLog | null): void {
  processLog = log;
}

export const currentProcessLog = () => processLog;

/** An unexpected failure: on stderr as before, and in the log file when one is set. Never pass inputs or records. */
export function logInternalError(source: string, error: unknown): void {
  console.error(`[${source}]`, describeError(error));
  processLog?.error(source, error);
}
