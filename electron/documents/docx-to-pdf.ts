import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const WINDOWS_SOFFICE = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'];
const MAC_SOFFICE = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

/** LibreOffice's command if this machine has it, else null. */
export function findSoffice(): string | null {
  if (process.platform === 'win32') return WINDOWS_SOFFICE.find((p) => existsSync(p)) ?? null;
  if (process.platform === 'darwin' && existsSync(MAC_SOFFICE)) return MAC_SOFFICE;
  return spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0 ? 'soffice' : null;
}

/** Converts a .docx file to PDF in `outDir` with LibreOffice; returns the PDF's path. */
export async function convertDocxToPdf(soffice: string, docxPath: string, outDir: string): Promise<string> {
  // A profile of its own per run: parallel soffice processes sharing one profile fail or hang.
  const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 120_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(docxPath, '.docx')}.pdf`);
}
