import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { copyMigrations } from './db/copy-migrations';

/**
 * The migrations travel with the bundle (out/main/migrations): the data process finds them
 * beside itself (`__dirname`), whatever the working directory and whether or not db/ is
 * packaged.
 */
const migrationsBesideMain = (): Plugin => ({
  name: 'ldte-copy-migrations',
  writeBundle(output) {
    copyMigrations(resolve(__dirname, 'db/migrations'), resolve(output.dir ?? resolve(__dirname, 'out/main'), 'migrations'));
  },
});

export default defineConfig({
  main: {
    // Two entries: the shell (index) and the data process it forks (database and dispatch; better-sqlite3 stays external).
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'data-process': resolve(__dirname, 'electron/data-process/worker.ts'),
        },
      },
    },
    plugins: [migrationsBesideMain()],
  },
  preload: {
    build: { rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') } },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: { rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } },
    plugins: [react()],
  },
});
