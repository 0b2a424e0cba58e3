import { defineConfig } from 'vitest/config';

// Root config: one vitest run covers both Node projects. Each project has its own
// vitest.config.ts (named `domain` and `server`, so `--project server` selects one).
// The web package is tested in the browser by Playwright (see playwright.config.ts).
export default defineConfig({
  test: {
    projects: ['packages/domain', 'packages/server'],
  },
});
