import { logInternalError } from '../app-log';
import { serveDataProcess, type ParentChannel } from './host';
import type { FromDataProcess, ToDataProcess } from './protocol';

/**
 * Entry of the desktop app's data process (bundled to out/main/data-process.js and started
 * by the main process with `utilityProcess.fork`). It never imports electron: in Electron it
 * talks over `process.parentPort`; started with Node's `child_process.fork` (tests), over
 * the IPC channel.
 */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function parentChannel(): ParentChannel {
  const parentPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message: FromDataProcess) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToDataProcess)),
    };
  }
  if (process.send) {
    return {
      send: (message: FromDataProcess) => void process.send!(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as ToDataProcess)),
    };
  }
  throw new Error('The data process must be started by the app (utilityProcess.fork or child_process.fork).');
}

// After `shutdown` the answer is flushed before the process ends.
const close = serveDataProcess(parentChannel(), { onShutdown: () => setTimeout(() => process.exit(0), 50) });
process.on('exit', close);
process.on('SIGTERM', () => {
  close();
  process.exit(0);
});
process.on('uncaughtException', (error) => {
  logInternalError('data-process', error);
  close();
  process.exit(1);
});
// Started under Node (tests), the process ends with its parent's channel.
if (!(process as unknown as { parentPort?: unknown }).parentPort) process.on('disconnect', () => process.exit(0));
