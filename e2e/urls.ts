// Base URLs of the two servers started by playwright.config.ts (scripts/e2e-server.mjs).
// Kept apart from fixtures.ts so the config can import them without loading Playwright's test API.

/** Fresh server: empty database (first-run setup not done yet). */
export const FRESH_URL = 'http://127.0.0.1:3100';
/** Demo server: seeded with demo data (`main.ts demo`). */
export const DEMO_URL = 'http://127.0.0.1:3101';
