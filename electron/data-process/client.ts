import type { ApiResult } from '../../shared/errors';
import { appLogPath } from '../app-log';
import type { FromDataProcess, ToDataProcess } from './protocol';

/**
 * The main process's side of the data process: what Electron's UtilityProcess offers (and a
 * Node ChildProcess once `send` is mapped to `postMessage`).
 */
export interface DataProcessPort {
  postMessage(message: ToDataProcess): void;
  on(event: 'message', listener: (message: FromDataProcess) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
}

/** The data process could not open the data folder; `message` is the Vietnamese cause. */
export class DataProcessStartupError extends Error {
  constructor(
    message: string,
    readonly logPath: string,
  ) {
    super(message);
    this.name = 'DataProcessStartupError';
  }
}

export const DATA_PROCESS_GONE: ApiResult<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Tiến trình dữ liệu của ứng dụng đã dừng; hãy mở lại ứng dụng. Thao tác vừa rồi có thể chưa được lưu.' },
};

/**
 * Forwards commands to the data process and matches each answer to its request by id, so
 * the main process never touches SQLite and stays responsive during a long export.
 */
export class DataProcessClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: ApiResult<unknown>) => void>();
  private readyWaiter: { resolve: (logPath: string) => void; reject: (error: Error) => void } | null = null;
  private closedWaiters: (() => void)[] = [];
  private exited = false;
  private exitCode: number | null = null;
  private readonly exitListeners: ((code: number | null, expected: boolean) => void)[] = [];
  private shuttingDown = false;
  private logPath = '';

  constructor(private readonly port: DataProcessPort) {
    port.on('message', (message) => this.receive(message));
    port.on('exit', (code) => this.handleExit(code));
  }

  /** Opens the data folder in the data process; rejects with DataProcessStartupError. */
  start(init: Omit<Extract<ToDataProcess, { type: 'init' }>, 'type'>): Promise<string> {
    return new Promise((resolve, reject) => {
      this.logPath = appLogPath(init.dataDir);
      if (this.exited) return reject(this.goneError());
      this.readyWaiter = { resolve, reject };
      this.port.postMessage({ type: 'init', ...init });
    });
  }

  invoke(name: string, input: unknown, session: string): Promise<ApiResult<unknown>> {
    if (this.exited) return Promise.resolve(DATA_PROCESS_GONE);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.port.postMessage({ type: 'invoke', id, name, input, session });
    });
  }

  /** Called when the data process ends; `expected` is false for a crash. */
  onExit(listener: (code: number | null, expected: boolean) => void): void {
    this.exitListeners.push(listener);
  }

  private handleExit(code: number | null): void {
    if (this.exited) return;
    this.exited = true;
    this.exitCode = code;
    for (const resolve of this.pending.values()) resolve(DATA_PROCESS_GONE);
    this.pending.clear();
    this.readyWaiter?.reject(this.goneError());
    this.readyWaiter = null;
    for (const done of this.closedWaiters) done();
    this.closedWaiters = [];
    for (const listener of this.exitListeners) listener(code, this.shuttingDown);
  }

  get running(): boolean {
    return !this.exited;
  }

  /** Asks the data process to close the database and release the folder; resolves when it did (or after `timeoutMs`). */
  shutdown(timeoutMs = 3000): Promise<void> {
    if (this.exited) return Promise.resolve();
    this.shuttingDown = true;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.closedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.port.postMessage({ type: 'shutdown' });
    });
  }

  private receive(message: FromDataProcess): void {
    switch (message.type) {
      case 'result': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.result);
        return;
      }
      case 'ready':
        this.readyWaiter?.resolve(message.logPath);
        this.readyWaiter = null;
        return;
      case 'startup-failed':
        this.readyWaiter?.reject(new DataProcessStartupError(message.message, message.logPath));
        this.readyWaiter = null;
        return;
      case 'closed':
        for (const done of this.closedWaiters) done();
        this.closedWaiters = [];
        return;
    }
  }

  private goneError(): DataProcessStartupError {
    return new DataProcessStartupError(`Tiến trình dữ liệu của ứng dụng đã dừng ngay khi khởi động (mã ${String(this.exitCode)}).`, this.logPath);
  }
}
