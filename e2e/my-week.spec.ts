import { expect, test, signInToDemo } from './fixtures';

// "Ma semaine" on the demo: the specialist's home page, what clears an item (a step done, a contact logged),
// setting an item aside and back; the team lead's view with the week's employer contacts; the settings page.

test('a specialist opens My week, marks an employer step done and sets an item aside', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^En retard/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Aujourd'hui/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Cette semaine/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link').first()).toHaveText('Ma semaine');
  await expect(nav.getByRole('link', { name: 'Ma file active' })).toHaveAttribute('href', '/caseload');
  await expectNoSeriousA11yViolations();

  // The employer step due today: one sentence says why, the employer is a link, "Fait" clears it.
  const step = page.getByRole('article', { name: 'Étape prévue avec un employeur — Hôtel Les Terrasses' });
  await expect(step.getByText(/prochaine étape « Envoyer deux CV pour le poste de plongeur·se » prévue le/)).toBeVisible();
  await expect(step.getByRole('link', { name: 'Hôtel Les Terrasses' })).toHaveAttribute('href', /^\/employers\/[0-9a-f-]{36}$/);
  await step.getByRole('button', { name: /^Marquer l'étape comme faite/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Étape marquée comme faite.' })).toBeAttached();
  await expect(step).toHaveCount(0);

  // Set a first-meeting item aside, find it in the collapsed section, and bring it back.
  const item = page.getByRole('article', { name: /^Première rencontre — / }).first();
  const name = (await item.getAttribute('aria-label')) ?? '';
  await item.getByRole('button', { name: /^Mettre de côté/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^Revient le/)).toBeVisible();
  await dialog.getByLabel(/^Raison/).fill('En vacances, rappeler au retour');
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Mettre de côté' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /^Afficher les éléments mis de côté/ }).click();
  const aside = page.getByRole('article', { name, exact: true });
  await expect(aside.getByText(/Mis de côté jusqu'au .* : En vacances, rappeler au retour/)).toBeVisible();
  await expectNoSeriousA11yViolations();
  await aside.getByRole('button', { name: /^Remettre dans la liste/ }).click();
  await expect(page.getByRole('article', { name, exact: true }).getByRole('button', { name: /^Mettre de côté/ })).toBeVisible();
});

test('a specialist logs a meeting with a new referral and the item leaves the list', async ({ page }) => {
  await signInToDemo(page, 'conseil');
  const item = page.getByRole('article', { name: /^Première rencontre — / }).first();
  const name = (await item.getAttribute('aria-label')) ?? '';
  await expect(item.getByText(/^Orienté·e le .* : première rencontre/)).toBeVisible();
  await item.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  const form = page.getByRole('region', { name: 'Noter un contact' });
  await form.getByRole('radiogroup', { name: 'Type de contact' }).getByText('En présence').click();
  await form.getByLabel("Étape de l'accompagnement").selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(form.getByRole('status')).toHaveText('Contact enregistré.');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma semaine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
});

test("the team lead sees the team's week and the employer contacts against the target", async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'coordination');
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Liste de' }).getByText('Équipe').click();
  await expect(page.getByRole('heading', { level: 1, name: "La semaine de l'équipe" })).toBeVisible();
  await expect(page.getByText('Suivi par Samuel Conseiller').first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Contacts employeurs en face à face de la semaine, par conseiller·ère' });
  await expect(table.getByRole('row', { name: /Inès Conseillère/ })).toContainText('Atteint');
  await expect(table.getByRole('row', { name: /Samuel Conseiller/ })).toContainText('Il en manque');
  await expectNoSeriousA11yViolations();

  await page.getByLabel('Conseiller·ère').selectOption({ label: 'Inès Conseillère' });
  await expect(page.getByText('Suivi par Samuel Conseiller')).toHaveCount(0);
  await expect(page.getByText('Suivi par Inès Conseillère').first()).toBeVisible();

  await page.getByRole('link', { name: 'Régler les délais' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Délais de « Ma semaine »' })).toBeVisible();
  await expect(page.getByLabel(/^Aller vers la personne sans contact depuis/)).toHaveValue('30 jours');
  await expectNoSeriousA11yViolations();
});

test('clinicians keep the caseload as their home page', async ({ page }) => {
  await signInToDemo(page, 'soin');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Ma semaine' })).toHaveCount(0);
  await expect(page.getByRole('table').or(page.getByRole('list')).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toHaveCount(0);
});
