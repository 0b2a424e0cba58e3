import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// IPS fidelity on the demo installation: the team lead completes this quarter's draft review (the suggested
// scores where the records give one, by hand elsewhere), saves, finalises, then compares it with last year's.

test('the team lead completes and finalises the draft fidelity review, then compares it with last year', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(150_000);
  await signInToDemo(page, 'coordination');
  await page.goto(`${DEMO_URL}/fidelity`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fidélité IPS' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Fidélité IPS' })).toHaveAttribute('aria-current', 'page');
  const list = page.getByRole('table', { name: /Revues de fidélité du dispositif/ });
  await expect(list.getByRole('row').filter({ hasText: 'Finalisée' })).toContainText('89 / 125');
  await expect(list.getByRole('row').filter({ hasText: 'Finalisée' })).toContainText('Fidélité moyenne');
  await expectNoSeriousA11yViolations();

  // The draft: the reviewers' items are scored, the computed ones remain.
  await list.getByRole('row').filter({ hasText: 'Brouillon' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Revue de fidélité du/ })).toBeVisible();
  await expect(page.getByTestId('review-total')).toContainText('provisoire');
  await expect(page.getByText('valeur non confirmée : réglable par le programme').first()).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Take every score the records suggest, then score by hand what they cannot tell.
  const suggestions = page.getByRole('button', { name: /Reprendre le score suggéré/ });
  await expect(page.getByTestId('indicator-S1')).toBeVisible();
  await expect(suggestions.first()).toBeVisible();
  const taken = await suggestions.count();
  for (const button of await suggestions.all()) await button.click();
  await expect(page.getByText(/Score suggéré par les dossiers, repris dans la revue/)).toHaveCount(taken);
  const items = page.locator('article.fidelity-item');
  await expect(items).toHaveCount(25);
  for (const item of await items.all()) {
    if (await item.getByRole('radio', { name: 'Non noté' }).isChecked()) await item.getByRole('radio', { name: '4', exact: true }).check();
  }
  await expect(page.getByTestId('review-total')).toHaveText(/^\d+ \/ 125$/);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Revue enregistrée.').first()).toBeVisible();

  await page.getByRole('button', { name: 'Finaliser' }).click();
  await expect(page.getByText('Revue finalisée.').first()).toBeVisible();
  await expect(page.getByText('Cette revue est finalisée : elle n\'est plus modifiable.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rouvrir la revue' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Compare the two reviews: the chart per section and per item, and the table with the change per item.
  await page.goto(`${DEMO_URL}/fidelity`);
  await expect(list.getByRole('checkbox')).toHaveCount(2);
  for (const box of await list.getByRole('checkbox').all()) await box.check();
  await page.getByRole('link', { name: 'Comparer les revues cochées' }).click();
  await expect(page).toHaveURL(/\/fidelity\/compare\?ids=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer des revues de fidélité' })).toBeVisible();
  await expect(page.getByTestId('compare-sections-chart').locator('.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('compare-items-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  const byItem = page.getByRole('table', { name: /Scores par item/ });
  await expect(byItem.getByRole('row')).toHaveCount(26);
  await expect(byItem.getByRole('row', { name: /O3/ })).toContainText('+1');
  await expectNoSeriousA11yViolations();
});
