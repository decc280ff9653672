/**
 * Renders generated .docx bytes through LibreOffice (soffice) and poppler (pdftotext, pdftoppm),
 * so document tests check what a reader would actually see.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { convertDocxToPdf, findSoffice } from '../../electron/documents/docx-to-pdf';

const run = promisify(execFile);

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const soffice = findSoffice();
export const hasSoffice = soffice !== null && onPath('pdftotext') && onPath('pdftoppm');

/** Converts the .docx to PDF in a fresh temp dir; the caller removes `dir`. */
async function convertToPdf(docx: Buffer): Promise<{ dir: string; pdf: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'docx-render-'));
  const input = join(dir, 'document.docx');
  await writeFile(input, docx);
  return { dir, pdf: await convertDocxToPdf(soffice ?? 'soffice', input, dir) };
}

/** Text of the rendered PDF, laid out as on the page (`pdftotext -layout`). */
export async function renderDocxToPdfText(docx: Buffer): Promise<string> {
  const { dir, pdf } = await convertToPdf(docx);
  try {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Renders every page to `<outPrefix>-<n>.png` at `dpi` (70 by default) and returns the paths,
 * e.g. renderDocxToPng(buf, '/tmp/plan') → ['/tmp/plan-1.png', '/tmp/plan-2.png'].
 */
export async function renderDocxToPng(docx: Buffer, outPrefix: string, dpi = 70): Promise<string[]> {
  const { dir, pdf } = await convertToPdf(docx);
  try {
    await run('pdftoppm', ['-png', '-r', String(dpi), pdf, outPrefix]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const folder = dirname(outPrefix);
  const stem = basename(outPrefix);
  const pages = (await readdir(folder)).filter((name) => new RegExp(`^${escapeRegExp(stem)}-\\d+\\.png$`).test(name));
  return pages.sort((a, b) => pageOf(a) - pageOf(b)).map((name) => join(folder, name));
}

function pageOf(name: string): number {
  return Number(/-(\d+)\.png$/.exec(name)?.[1] ?? 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
