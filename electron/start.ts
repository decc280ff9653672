import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary';

/**
 * `npm start`: build, then open the desktop app; where the Electron binary cannot be
 * obtained (no access to its download server), say so in one line and run the same app
 * in browser mode instead.
 */
function run(command: string, args: string[], timeoutMs?: number): number {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, shell: process.platform === 'win32' });
  return result.status ?? 1;
}

if (run('electron-vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

if (!electronBinary()) spawnSync('install-electron', [], { stdio: 'ignore', timeout: 180_000, shell: process.platform === 'win32' });

if (electronBinary()) {
  const child = spawn('electron-vite', ['preview', '--skipBuild'], { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Không tải được Electron trên máy này — mở ứng dụng ở chế độ trình duyệt.');
  const args = ['electron/web-host.ts', ...process.argv.slice(2)];
  const child = spawn('tsx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
