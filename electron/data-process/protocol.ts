import type { ApiResult } from '../../shared/errors';

/**
 * Messages between the desktop app's main process and its data process (an Electron
 * utility process; a Node child process in tests). Plain structured-clone data.
 */
export type ToDataProcess =
  | { type: 'init'; dataDir: string; migrationsFolder?: string }
  /** `session` names who asks: the window the command came from (main checks the sender). */
  | { type: 'invoke'; id: number; name: string; input: unknown; session: string }
  | { type: 'shutdown' };

export type FromDataProcess =
  | { type: 'ready'; logPath: string }
  /** `message` is Vietnamese, for the error dialog; the details are in the log file. */
  | { type: 'startup-failed'; message: string; logPath: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'closed' };
