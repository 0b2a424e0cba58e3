import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

import { DEMO_URL } from './urls';

export { DEMO_URL, FRESH_URL } from './urls';
export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

type A11yFixtures = {
  /** Runs axe (WCAG 2.1 A/AA) on the page as it is now; fails on any serious or critical violation. */
  expectNoSeriousA11yViolations: (page?: Page) => Promise<void>;
};

/** Standalone form, usable outside the fixture (e.g. in a helper taking a page). */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => v.impact && BLOCKING_IMPACTS.has(v.impact));
  const report = blocking
    .map((v) => {
      const targets = v.nodes.map((n) => `      ${n.target.map(String).join(' >> ')}`).join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets}`;
    })
    .join('\n');
  // Compare ids only: the message carries the details, the diff stays short.
  expect(
    blocking.map((v) => `${v.impact}: ${v.id}`),
    `serious/critical accessibility violations on ${page.url()}:\n${report}`,
  ).toEqual([]);
}

export const test = base.extend<A11yFixtures>({
  expectNoSeriousA11yViolations: async ({ page }, use) => {
    // A boxed step: a failure points at the spec line that called the helper.
    await use((target = page) =>
      base.step('no serious accessibility violations', () => expectNoSeriousA11yViolations(target), { box: true }),
    );
  },
});

export const DEMO_PASSWORD = 'demo-passerelle';

/** Signs in on the demo server as `<who>@demo.passerelle.test` (admin, coordination, conseil, soin, pair...). */
export async function signInToDemo(page: Page, who: string): Promise<void> {
  await page.goto(`${DEMO_URL}/login`);
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await page.getByLabel(/^Adresse e-mail/).fill(`${who}@demo.passerelle.test`);
  await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(`${DEMO_URL}/`);
}
