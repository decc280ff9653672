import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: typecheck, lint, build, vitest, Playwright; then one plain line
 * `N passed, N failed, N skipped` summed from the runners' JSON reports (kept in
 * reports/, which Playwright does not empty). A failed gate (typecheck, lint, build)
 * counts as one failure so the line never hides it.
 */
const REPORTS = 'reports';
mkdirSync(REPORTS, { recursive: true });
for (const f of ['vitest.json', 'playwright.json']) rmSync(`${REPORTS}/${f}`, { force: true });

const step = (label: string, command: string, args: string[]): boolean => {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
};

const failedGates: string[] = [];
if (!step('typecheck', 'tsc', ['--noEmit', '-p', '.'])) failedGates.push('typecheck');
if (!step('lint', 'eslint', ['.'])) failedGates.push('lint');
// Built before vitest too: the web host's integration tests serve the built interface from out/.
const built = step('build', 'electron-vite', ['build', '--logLevel', 'warn']);
if (!built) failedGates.push('build');
step('vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/vitest.json`]);
if (built) step('playwright', 'playwright', ['test']);

function readJson(path: string): Record<string, unknown> | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

const vitest = readJson(`${REPORTS}/vitest.json`) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean } | null;
const pw = readJson(`${REPORTS}/playwright.json`) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number }; errors?: unknown[] } | null;

let passed = 0;
let failed = failedGates.length;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitest.success && vitest.numFailedTests === 0) failed += 1;
} else failed += 1;
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected + (pw.errors?.length ?? 0);
  skipped += pw.stats.skipped;
} else if (built) failed += 1;

if (failedGates.length) console.log(`\nFailed checks: ${failedGates.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
