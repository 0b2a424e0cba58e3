import { defineConfig } from 'vitest/config';

// API/integration tests. Each test file opens its own database: embedded PGlite
// (~300 MB per instance) unless TEST_DATABASE_URL points at a PostgreSQL server
// (the switch lives in the server's test helper). Two workers at most: the CI
// machine has 2 cores, and more PGlite instances would only fight over them.
export default defineConfig({
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // One migrated database template per run (PGlite tarball or PostgreSQL template database).
    globalSetup: ['test/support/database-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // Own group so its worker limit does not clash with the domain project's
    // (vitest refuses projects with different maxWorkers in one group).
    sequence: { groupOrder: 1 },
  },
});
