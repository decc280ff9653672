import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { storageStateFile } from './tests/e2e/accounts';

// A port range per run (workers inherit it from the runner's environment), so two runs on one machine do not collide.
process.env.E2E_PORT ??= String(4200 + ((process.pid % 70) * 10));
const basePort = Number(process.env.E2E_PORT);
// One launch secret for the run: the hosts take it from the environment, the browsers send it (web-host.ts).
process.env.LDTE_LAUNCH_SECRET ??= randomBytes(24).toString('base64url');
const launchHeaders = { 'x-ldte-key': process.env.LDTE_LAUNCH_SECRET };
/** Specs that test first-start setup get a host that is not set up, and a browser that is not signed in. */
const fresh = (spec: string) => spec.startsWith('setup');

/**
 * Each browser spec file gets its own web host on a fresh data folder, so every spec starts
 * from a first launch whatever the others created.
 */
const specs = readdirSync('tests/e2e').filter((f) => f.endsWith('.spec.ts') && !f.endsWith('.electron.spec.ts')).sort();
const portOf = (index: number) => basePort + index;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { locale: 'vi-VN', viewport: { width: 1366, height: 860 }, screenshot: 'only-on-failure' },
  projects: [
    ...specs.map((spec, i) => ({
      name: spec.replace('.spec.ts', ''),
      testMatch: spec,
      use: {
        baseURL: `http://127.0.0.1:${portOf(i)}`,
        launchOptions: chromium,
        extraHTTPHeaders: launchHeaders,
        ...(fresh(spec) ? {} : { storageState: storageStateFile(portOf(i)) }),
      },
    })),
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
  webServer: specs.map((spec, i) => ({
    command: 'tsx tests/e2e/serve.ts',
    url: `http://127.0.0.1:${portOf(i)}/api`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { E2E_PORT: String(portOf(i)), LDTE_CHECK_OUTPUTS: '1', ...(fresh(spec) ? { E2E_SETUP: 'fresh' } : {}) },
  })),
});
