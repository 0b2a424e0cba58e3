import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The fidelity indicators computed from the demo program's records, before any review: the team lead opens the
// page for the last 90 days and reads the caseload size and the employer contact rate with their suggested scores.

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

test('the team lead reads the indicators of the demo program for a period, with suggested scores and the people behind them', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'coordination');
  const to = new Date();
  const from = new Date(to.getTime() - 89 * 86_400_000);
  await page.goto(`${DEMO_URL}/fidelity/indicators?from=${isoDay(from)}&to=${isoDay(to)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs de fidélité' })).toBeVisible();
  await expect(page.getByLabel('Du', { exact: true })).toHaveValue(isoDay(from));

  const s1 = page.getByTestId('indicator-S1');
  await expect(s1.getByRole('heading', { name: /S1 · Taille du portefeuille/ })).toBeVisible();
  await expect(s1.getByTestId('suggested-score-S1')).toHaveText(/Score suggéré : [1-5]/);
  await expect(s1).toContainText('personnes par ETP');
  const sv6 = page.getByTestId('indicator-Sv6');
  await expect(sv6.getByTestId('suggested-score-Sv6')).toHaveText(/Score suggéré : [1-5]/);
  await expect(sv6).toContainText('Contacts employeurs en face à face');
  // A partly computable item shows its evidence without a score.
  await expect(page.getByTestId('indicator-O6')).toContainText('Éléments pour les évaluateur·rices');
  await expectNoSeriousA11yViolations();

  // The people behind the caseload figure: numbered links to their records.
  await s1.getByRole('button', { name: /voir les personnes/ }).first().click();
  const first = s1.getByRole('link', { name: 'Personne 1' }).first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /\/participants\/[0-9a-f-]{36}$/);
  await expectNoSeriousA11yViolations();
});
