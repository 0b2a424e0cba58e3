import { defineConfig, devices } from '@playwright/test';
import { E2E_WORKERS, FRESH_URL } from './e2e/urls';

const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

// Browser tests. `npx playwright install` cannot download browsers here: Debian's chromium
// package is used instead (CHROMIUM_PATH overrides). scripts/e2e-server.mjs starts a fresh
// server (empty data), then one demo server per worker, seeded in parallel: two workers run
// two spec files at a time, each against its own demo data (e2e/urls.ts).
export default defineConfig({
  testDir: 'e2e',
  outputDir: '.tmp/playwright-results',
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // Two workers share the 2 cores with two demo servers: the longest journeys (benefits, fidelity) need more than 30 s.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // `npm test` passes --reporter=list,json and PLAYWRIGHT_JSON_OUTPUT_FILE; run alone, the
  // JSON report still lands in .tmp/playwright.json.
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: FRESH_URL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      name: 'fresh',
      command: 'node scripts/e2e-server.mjs',
      url: `${FRESH_URL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      name: 'demo',
      command: `node scripts/e2e-server.mjs --demo --instances ${E2E_WORKERS}`,
      // Every instance answers /api/health (the script polls them all, then prints this line).
      wait: { stdout: /e2e demo servers ready/ },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
