import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// "Mes objectifs" (IMPE manual, chapter 2) and solution-focused conversations (chapter 3): a SMART goal written down
// with its small steps, a step ticked, a review added, the goal printed for the person; a conversation recorded with
// the miracle question, a scaling question and the next small step.

/** The demo person of conseil@'s caseload who has goals and conversations (demo-goals.ts): new records go there too. */
async function personWithGoals(page: Page): Promise<string> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=100`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: { id: string }[] };
  for (const p of items) {
    const goals = await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/goals`)).json();
    if (goals.items?.some((g: { status: string }) => g.status === 'achieved')) return p.id;
  }
  throw new Error('no demo person with an achieved goal');
}

test('a specialist writes down a SMART goal with small steps, ticks one, reviews it and prints it', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  const personId = await personWithGoals(page);
  await page.goto(`${DEMO_URL}/participants/${personId}/tools?tool=goals`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mes objectifs' })).toBeVisible();
  // The demo's goals: one achieved, one in progress with half its steps done.
  await expect(page.getByText('Atteint', { exact: true })).toBeVisible();
  await expect(page.getByText('2 petits pas faits sur 4')).toBeVisible();
  await expectNoSeriousA11yViolations();

  const goalText = `Appeler deux agences d'intérim ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Nouvel objectif' }).click();
  const form = page.getByRole('form', { name: 'Nouvel objectif' });
  // The manual's SMART prompts are there as help.
  await expect(form.getByText('Comment saurai-je que je l\'ai atteint ? Qu\'est-ce que je pourrai compter ou voir ?')).toBeVisible();
  await expectNoSeriousA11yViolations();
  // The goal is required: said in words, and the focus goes there.
  await form.getByRole('button', { name: "Noter l'objectif" }).click();
  await expect(form.getByLabel(/^Mon objectif/)).toBeFocused();

  await form.getByLabel(/^Mon objectif/).fill(goalText);
  await form.getByLabel(/^Spécifique/).fill('Deux agences du 7e arrondissement');
  await form.getByLabel(/^Mesurable/).fill('Deux appels notés dans mon carnet');
  await form.getByLabel(/^Réaliste/).fill('Un appel par jour, le matin');
  await form.getByRole('textbox', { name: 'Petit pas 1', exact: true }).fill('Trouver les numéros');
  await form.getByRole('button', { name: 'Ajouter un petit pas' }).click();
  await form.getByRole('textbox', { name: 'Petit pas 2', exact: true }).fill('Préparer ce que je vais dire');
  await form.getByLabel(/^Prochain bilan le/).fill('2030-01-15');
  await form.getByRole('button', { name: "Noter l'objectif" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Objectif enregistré.' })).toHaveCount(1);

  const card = page.getByRole('article', { name: goalText });
  await expect(card).toBeVisible();
  await expect(card.getByText('0 petit pas fait sur 2')).toBeVisible();
  await expect(card.getByText('Prochain bilan le 15/01/2030')).toBeVisible();

  // Ticking a step saves it at once.
  await card.getByRole('checkbox', { name: 'Trouver les numéros' }).click();
  await expect(card.getByText('1 petit pas fait sur 2')).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Trouver les numéros' })).toBeChecked();

  // A review: where I stand, the smallest change noticed.
  await card.getByRole('button', { name: 'Faire le bilan' }).click();
  const review = card.getByRole('form', { name: 'Faire le bilan' });
  await review.getByLabel(/^Où j'en suis/).fill("J'ai les numéros des deux agences.");
  await review.getByLabel(/^Le moindre changement que j'ai remarqué/).fill("J'ai osé appeler la première.");
  await expectNoSeriousA11yViolations();
  await review.getByRole('button', { name: 'Enregistrer le bilan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bilan enregistré.' })).toHaveCount(1);
  await expect(card.getByRole('heading', { name: 'Mes bilans' })).toBeVisible();
  await expect(card.getByText("J'ai osé appeler la première.")).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Printed for the person.
  await card.getByRole('link', { name: /^Imprimer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon objectif' })).toBeVisible();
  await expect(page.getByText(goalText)).toBeVisible();
  await expect(page.getByText('Trouver les numéros (fait)')).toBeVisible();
  await expect(page.getByText('Préparer ce que je vais dire (à faire)')).toBeVisible();
  await expectNoSeriousA11yViolations();
});

test('a specialist records a solution-focused conversation: the miracle question, a scale, the next small step', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  const personId = await personWithGoals(page);
  await page.goto(`${DEMO_URL}/participants/${personId}/tools?tool=conversations`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mes conversations' })).toBeVisible();
  // The demo asked the same scaling question twice: the later one shows the score before.
  await expect(page.getByText(/avant : 3\/10/)).toBeVisible();
  await expectNoSeriousA11yViolations();

  const topic = `Le premier jour ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle conversation' });
  await expect(form.getByRole('group', { name: 'La question miracle' })).toBeVisible();
  await expectNoSeriousA11yViolations();
  // An empty note is refused in plain words.
  await form.getByRole('button', { name: 'Enregistrer la conversation' }).click();
  await expect(form.getByText(/La note est vide/)).toBeVisible();

  await form.getByLabel(/^De quoi avons-nous parlé/).fill(topic);
  await form.getByLabel(/^Que remarqueriez-vous d'abord/).fill('Je prendrais mon petit déjeuner tranquillement.');
  await form.getByLabel('Question d\'échelle 1').fill('Confiance pour reprendre un travail');
  await form.getByLabel('Note de 0 à 10 (question 1)').fill('7');
  await form.getByLabel(/^Mon prochain petit pas/).fill('Appeler le restaurant jeudi');
  await form.getByLabel('Parole 1').fill('Je sais me lever tôt.');
  await form.getByRole('button', { name: 'Enregistrer la conversation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Conversation enregistrée.' })).toHaveCount(1);

  const card = page.getByRole('article', { name: new RegExp(topic) });
  await expect(card).toBeVisible();
  await expect(card.getByText('7/10')).toBeVisible();
  // The score the same question had the time before.
  await expect(card.getByText(/avant : 5\/10/)).toBeVisible();
  await expect(card.getByText('Je sais me lever tôt.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  await card.getByRole('link', { name: /^Imprimer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma conversation' })).toBeVisible();
  await expect(page.getByText('Appeler le restaurant jeudi')).toBeVisible();
  await expectNoSeriousA11yViolations();
});
