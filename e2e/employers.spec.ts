import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The employer register and the job development log, on the demo installation.

test('a specialist finds an employer a colleague saw lately, then adds one and logs a visit', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Employeurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Employeurs' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Employeurs' });
  await expect(table.getByRole('row')).not.toHaveCount(1);
  await expectNoSeriousA11yViolations();

  // Search without accents; the colleague's recent visit is announced on the employer's page.
  await page.getByLabel('Rechercher un employeur').fill('boulangerie au pain dore');
  await expect(page).toHaveURL(/\?.*q=/);
  await table.getByRole('link', { name: 'Boulangerie Au Pain Doré' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Au Pain Doré' })).toBeVisible();
  await expect(page.getByText(/Inès Conseillère l'a contacté le/)).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A new employer: an invalid SIRET is refused with the field's message, then the name alone is enough.
  await page.getByRole('link', { name: 'Tous les employeurs' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Nouvel employeur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel employeur' })).toBeVisible();
  const name = `Traiteur Saveurs d'ici ${Date.now()}`;
  await page.getByLabel(/^Nom/).fill(name);
  await page.getByLabel(/^SIRET/).fill('123 456 789 00012');
  await page.getByRole('button', { name: "Enregistrer l'employeur" }).click();
  await expect(page.getByText('Numéro SIRET invalide (14 chiffres avec clé de contrôle).')).toBeVisible();
  await expect(page.getByLabel(/^SIRET/)).toBeFocused();
  await page.getByLabel(/^SIRET/).fill('');
  await page.getByRole('button', { name: "Enregistrer l'employeur" }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Aucun contact enregistré.')).toBeVisible();

  // A face-to-face visit, logged in a few fields, shows in the log.
  const form = page.getByRole('region', { name: 'Enregistrer un contact' });
  await expect(form.getByRole('switch', { name: /En face à face/ })).toBeChecked();
  await form.getByLabel('Objet').fill("Visite de l'atelier");
  await form.getByLabel('Ce qui a été appris sur les besoins de recrutement').fill('Commis de cuisine pour les fêtes');
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Contact enregistré.').first()).toBeVisible();
  const log = page.getByRole('list', { name: "Contacts avec l'employeur" });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log).toContainText("Visite de l'atelier");
  await expect(log).toContainText('Face à face');
  await expect(log).toContainText('Commis de cuisine pour les fêtes');
  await expectNoSeriousA11yViolations();
});

test('a clinician has no employer register', async ({ page }) => {
  await signInToDemo(page, 'soin');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Employeurs' })).toHaveCount(0);
});

test('on a phone: employer cards, and a contact logged for a participant', async ({ page, expectNoSeriousA11yViolations }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToDemo(page, 'emploi');
  await page.goto(`${DEMO_URL}/employers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Employeurs' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Employeurs' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await page.getByLabel("Étape de la relation").selectOption({ label: 'En contact' });
  await expect(cards.getByRole('link', { name: 'Hôtel Les Terrasses' })).toBeVisible();
  await expect(cards.getByRole('link', { name: 'Boulangerie Au Pain Doré' })).toHaveCount(0);
  await expectNoSeriousA11yViolations();

  await cards.getByRole('link', { name: 'Hôtel Les Terrasses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hôtel Les Terrasses' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Enregistrer un contact' });
  await form.getByText('Pour une personne', { exact: true }).click();
  const picker = form.getByLabel(/^Personne accompagnée/);
  await expect(picker).toBeVisible();
  // Without a person the form says what is missing.
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(form.getByText('Choisissez la personne accompagnée.')).toBeVisible();
  await picker.selectOption({ index: 1 });
  const person = (await picker.locator('option:checked').innerText()).trim();
  await form.getByLabel('Objet').fill('Point après entretien');
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Contact enregistré.').first()).toBeVisible();
  const log = page.getByRole('list', { name: "Contacts avec l'employeur" });
  // Not necessarily first: a demo contact of the same day may have been seeded at a later hour than now.
  const logged = log.getByRole('listitem').filter({ hasText: 'Point après entretien' });
  await expect(logged).toHaveCount(1);
  // The picker reads "Last First", the log "First Last".
  for (const word of person.split(' ')) await expect(logged).toContainText(word);

  await form.getByText('Sensibilisation', { exact: true }).click();
  await form.getByRole('button', { name: 'Ajouter un participant' }).click();
  await expect(form.getByLabel('Fonction')).toBeVisible();
  await expectNoSeriousA11yViolations();
});
