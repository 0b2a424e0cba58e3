// Base URLs of the servers started by playwright.config.ts (scripts/e2e-server.mjs).
// Kept apart from fixtures.ts so the config can import them without loading Playwright's test API.

/**
 * Playwright workers; each has its own demo server, so specs running at once never share data. `npm test` runs two
 * (E2E_WORKERS=2); one spec run by hand needs only one, and one demo server to seed.
 */
export const E2E_WORKERS = Math.min(4, Math.max(1, Number(process.env.E2E_WORKERS) || 1));

/** Fresh server: empty database (first-run setup not done yet). */
export const FRESH_URL = 'http://127.0.0.1:3100';

/**
 * Demo server of this worker (`main.ts demo`): 3101 for the first worker, 3102 for the second. Playwright sets
 * TEST_PARALLEL_INDEX in each worker process before it loads the spec files.
 */
export const DEMO_URL = `http://127.0.0.1:${3101 + Number(process.env.TEST_PARALLEL_INDEX ?? 0)}`;
