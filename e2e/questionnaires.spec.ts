import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Participant-reported outcomes: a WHO-5 handed over to the person ("mode personne"), then read back with the chart.

type Person = { id: string; firstName: string; lastName: string };

/** A person of the demo who already has a WHO-5 (so, with a new one, the chart has two points). */
async function personWithWho5(page: Page): Promise<Person> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=100`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: Person[] };
  for (const p of items) {
    const list = await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/questionnaires`)).json();
    if (list.items.some((q: { kind: string }) => q.kind === 'who5')) return p;
  }
  throw new Error('no demo person with a WHO-5');
}

test('a specialist hands a WHO-5 over in person mode, then sees the score and the chart', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  const person = await personWithWho5(page);

  await page.goto(`${DEMO_URL}/participants/${person.id}/wellbeing`);
  await expect(page.getByRole('heading', { level: 2, name: 'Bien-être et satisfaction' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'WHO-5', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations();

  await page.getByRole('button', { name: 'Mode personne : Bien-être (WHO-5)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Questionnaire en mode personne' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Commencer' }).click();

  // Going on without an answer is refused in plain words.
  await dialog.getByRole('button', { name: 'Suivant' }).click();
  await expect(dialog.getByText('Choisissez une réponse pour continuer.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // 4 + 3 + 4 + 2 + 3 = 16, so 64 out of 100.
  const answers = ['La plupart du temps', 'Plus de la moitié du temps', 'La plupart du temps', 'Moins de la moitié du temps', 'Plus de la moitié du temps'];
  for (const [i, answer] of answers.entries()) {
    await expect(dialog.getByText(`Question ${i + 1} sur 5`)).toBeVisible();
    await dialog.getByRole('radio', { name: answer, exact: true }).click();
    await dialog.getByRole('button', { name: i === answers.length - 1 ? 'Terminer' : 'Suivant' }).click();
  }
  await expect(dialog.getByRole('heading', { name: 'Merci !' })).toBeVisible();
  // The person never sees a score.
  await expect(dialog.getByText('64')).toHaveCount(0);
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: "Rendre l'écran" }).click();
  await expect(dialog).toBeHidden();

  // Back with the specialist: the score, its reading, the chart and the history row.
  await expect(page.getByTestId('who5-latest-score')).toHaveText('64 / 100');
  await expect(page.getByText('Évolution du score WHO-5')).toBeVisible();
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  const firstRow = page.locator('section[aria-labelledby="who5-history-title"] tbody tr').first();
  await expect(firstRow).toContainText('64');
  await expect(firstRow).toContainText('Rempli par la personne');
  await expectNoSeriousA11yViolations();

  // The timeline says it without the score.
  await page.goto(`${DEMO_URL}/participants/${person.id}/timeline`);
  await expect(page.getByText('Questionnaire de bien-être (WHO-5) rempli').first()).toBeVisible();
});
