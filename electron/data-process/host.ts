import { appLogPath, logInternalError, setProcessLog } from '../app-log';
import { describeStartupFailure, logStartupFailure } from '../startup-error';
import type { FromDataProcess, ToDataProcess } from './protocol';
import { openDataService, type DataService } from './service';

/** How the data process talks to its parent: Electron's parentPort, or Node's IPC channel in tests. */
export interface ParentChannel {
  send(message: FromDataProcess): void;
  onMessage(listener: (message: ToDataProcess) => void): void;
}

/**
 * The data process's request loop: `init` opens the data service (answering `ready` or
 * `startup-failed` with a Vietnamese cause and the log path), each `invoke` answers a
 * `result` with the same id (several may run at once), `shutdown` closes the database and
 * releases the folder. Returns a function that closes the service (for the exit handler).
 */
export function serveDataProcess(channel: ParentChannel, hooks: { onShutdown?: () => void } = {}): () => void {
  let service: DataService | null = null;

  const close = () => {
    const s = service;
    service = null;
    s?.close();
  };

  channel.onMessage((message) => {
    switch (message.type) {
      case 'init': {
        if (service) return channel.send({ type: 'ready', logPath: service.log.path });
        const logPath = appLogPath(message.dataDir);
        try {
          service = openDataService({ dataDir: message.dataDir, owner: 'desktop', migrationsFolder: message.migrationsFolder });
          setProcessLog(service.log);
          service.log.write('INFO', 'startup', 'data process ready');
          channel.send({ type: 'ready', logPath });
        } catch (error) {
          logStartupFailure(message.dataDir, error);
          channel.send({ type: 'startup-failed', message: describeStartupFailure(error, message.dataDir), logPath });
        }
        return;
      }
      case 'invoke': {
        const { id, name, input, session } = message;
        const s = service;
        if (!s) {
          return channel.send({ type: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message: 'Dữ liệu của ứng dụng chưa được mở.' } } });
        }
        // A window has one session: signing in from it opens the session named after it.
        s.call(name, input, session, () => session).then(
          ({ result }) => channel.send({ type: 'result', id, result }),
          (error: unknown) => {
            // dispatch maps every failure itself; this is a last guard so no request is left unanswered.
            logInternalError('data-process', error);
            channel.send({ type: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn' } } });
          },
        );
        return;
      }
      case 'shutdown':
        // The automatic backup when it is due (and any backup or restore running) before the database closes.
        void (service?.finishBackups() ?? Promise.resolve())
          .catch((error: unknown) => logInternalError('data-process', error))
          .finally(() => {
            close();
            channel.send({ type: 'closed' });
            hooks.onShutdown?.();
          });
        return;
    }
  });
  return close;
}
