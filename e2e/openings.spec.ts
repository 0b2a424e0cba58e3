import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Job openings and explained matching, on the demo installation.

test('a specialist records an opening, sees whom it fits and why, and finds it among that person\'s job leads', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/openings`);
  await expect(page.getByRole('heading', { level: 1, name: "Offres d'emploi" })).toBeVisible();
  const table = page.getByRole('table', { name: "Offres d'emploi" });
  await expect(table.getByRole('link', { name: 'Commis de cuisine', exact: true })).toBeVisible();
  // Open ones by default: the filled summer job is not listed until every status is asked for.
  await expect(table.getByRole('link', { name: "Vendeur·se (remplacement d'été)" })).toHaveCount(0);
  await expectNoSeriousA11yViolations();

  await page.getByRole('main').getByRole('link', { name: 'Nouvelle offre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Nouvelle offre d'emploi" })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The employer comes from the register, the commune from the geography.
  const title = `Commis de cuisine ${Date.now()}`;
  await page.getByRole('combobox', { name: 'Employeur', exact: true }).fill('Hôtel');
  await page.getByRole('option', { name: /Hôtel Les Terrasses/ }).click();
  await page.getByLabel(/^Intitulé du poste/).fill(title);
  await page.getByLabel(/^Domaine professionnel/).selectOption('G16');
  await page.getByLabel(/^Heures par semaine/).fill('24');
  await page.getByRole('checkbox', { name: 'Matins' }).check();
  await page.getByRole('combobox', { name: 'Commune', exact: true }).fill('villeurb');
  await page.getByRole('option', { name: 'Villeurbanne (69)' }).click();
  await expect(page.getByText(/Intercommunalité : Métropole de Lyon/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'en équipe' }).check();
  await page.getByRole('button', { name: "Enregistrer l'offre" }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const people = page.getByRole('list', { name: 'Personnes pour qui cette offre convient' });
  const best = people.getByRole('listitem').first();
  await expect(best).toContainText(/Adéquation \d+ %/);
  await expect(best).toContainText('Correspond');
  await expect(best).toContainText(/Lieu : /);
  await expectNoSeriousA11yViolations();

  // The best-placed person's job leads list the new opening, with the same explanation.
  const person = best.getByRole('link').first();
  const name = (await person.textContent()) ?? '';
  await person.click();
  await expect(page.getByRole('tab', { name: "Pistes d'emploi" })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(name).first()).toBeVisible();
  const leads = page.getByRole('list', { name: "Pistes d'emploi" });
  const lead = leads.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(lead).toContainText(/Adéquation \d+ %/);
  await expect(lead).toContainText(/Lieu : /);
  await expectNoSeriousA11yViolations();

  // Filled: it leaves the open list and the person's leads.
  await lead.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Marquer comme pourvue' }).click();
  await expect(page.getByText('Pourvue').first()).toBeVisible();
  await page.goto(`${DEMO_URL}/openings?status=filled`);
  await expect(page.getByRole('table', { name: "Offres d'emploi" }).getByRole('link', { name: title })).toBeVisible();
});
