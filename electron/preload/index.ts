import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door: one typed invoke per command of the table, over per-command
 * channels the main process registered. No raw ipcRenderer is exposed.
 */
const COMMAND_NAME = /^[a-z]+\.[a-zA-Z]+$/;

contextBridge.exposeInMainWorld('api', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (typeof name !== 'string' || !COMMAND_NAME.test(name)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Không có lệnh «${String(name)}»` } });
    }
    return ipcRenderer.invoke(`api:${name}`, input);
  },
});
