import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The partner services register and a person's care services (« Soins »), on the demo installation.

test('a team lead adds a partner service and a referent, then sets a person\'s care services', async ({ page, expectNoSeriousA11yViolations }) => {
  // Several pages and dialogs, each checked with axe: longer than the default budget on a busy machine.
  test.setTimeout(120_000);
  await signInToDemo(page, 'coordination');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Services partenaires' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Services partenaires' })).toBeVisible();
  const register = page.getByRole('list', { name: 'Services partenaires' });
  await expect(register.getByRole('heading', { name: 'CMP Lyon 3e' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Référent·e·s de CMP Lyon 3e' })).toContainText('Dr Morel · Psychiatre');
  await expectNoSeriousA11yViolations();

  // A new service: a bad phone number is refused with the field's message, nothing is lost.
  const name = `Équipe mobile psychiatrie précarité ${Date.now()}`;
  await page.getByRole('button', { name: 'Nouveau service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau service partenaire' });
  await dialog.getByLabel(/^Nom du service/).fill(name);
  await dialog.getByLabel('Type de service').selectOption({ label: 'Service hospitalier' });
  await dialog.getByLabel('Téléphone').fill('pas un numéro');
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Ajouter le service' }).click();
  await expect(dialog.getByText('Numéro de téléphone invalide.')).toBeVisible();
  await expect(dialog.getByLabel(/^Nom du service/)).toHaveValue(name);
  await dialog.getByLabel('Téléphone').fill('04 72 00 11 22');
  await dialog.getByRole('button', { name: 'Ajouter le service' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Service « ${name} » enregistré.`).first()).toBeVisible();
  await expect(register.getByRole('heading', { name })).toBeVisible();

  // Its referent.
  await page.getByRole('button', { name: `Ajouter un·e référent·e à ${name}` }).click();
  const referentDialog = page.getByRole('dialog', { name: /^Nouveau·elle référent·e/ });
  await referentDialog.getByLabel(/^Nom/).fill('Mme Aubry');
  await referentDialog.getByLabel(/^Profession/).fill('Infirmière');
  await referentDialog.getByLabel('Adresse e-mail').fill('aubry@empp.example.org');
  await referentDialog.getByRole('button', { name: 'Ajouter un·e référent·e' }).click();
  await expect(referentDialog).toHaveCount(0);
  await expect(page.getByRole('list', { name: `Référent·e·s de ${name}` })).toContainText('Mme Aubry · Infirmière');

  // A person of the program: their « Soins » card, set from the register.
  const people = await page.request.get(`${DEMO_URL}/api/participants?limit=1&status=job_search`);
  const personId = (await people.json()).items[0].id as string;
  await page.goto(`${DEMO_URL}/participants/${personId}`);
  const card = page.getByRole('region', { name: 'Soins' });
  await expect(card).toBeVisible();
  await expectNoSeriousA11yViolations();
  await card.getByRole('button', { name: 'Modifier les soins' }).click();
  const careDialog = page.getByRole('dialog', { name: 'Soins : service orienteur et référent·e·s' });
  await careDialog.getByLabel('Service orienteur').selectOption({ label: name });
  await careDialog.getByRole('group', { name }).getByLabel('Mme Aubry · Infirmière').check();
  await expectNoSeriousA11yViolations();
  await careDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(careDialog).toHaveCount(0);
  await expect(card).toContainText(name);
  await expect(card).toContainText('Mme Aubry · Infirmière');
  await expect(card.getByRole('link', { name: 'aubry@empp.example.org' })).toHaveAttribute('href', 'mailto:aubry@empp.example.org');

  // The timeline says so.
  await page.goto(`${DEMO_URL}/participants/${personId}/timeline`);
  await expect(page.getByText(`Soins mis à jour (service orienteur : ${name})`)).toBeVisible();
});

test('an administrator puts a clinician in a partner service', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'admin');
  await page.goto(`${DEMO_URL}/admin`);
  const row = page.getByRole('row', { name: /Dr Hélène Soignante/ });
  await expect(row).toContainText('Référent·e soin · CMP Lyon 3e');
  await row.getByRole('button', { name: 'Modifier les rôles de Dr Hélène Soignante' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier les rôles de Dr Hélène Soignante' });
  const service = dialog.getByLabel(/^Service partenaire/);
  await expect(service).toHaveValue(/.+/);
  await expect(service.locator('option:checked')).toHaveText('CMP Lyon 3e');
  await expectNoSeriousA11yViolations();
});

test('the clinician of the CMP sees the people the CMP follows, and the register, read-only', async ({ page }) => {
  await signInToDemo(page, 'soin');
  const people = await page.request.get(`${DEMO_URL}/api/participants?limit=100`);
  expect((await people.json()).total).toBeGreaterThan(3);
  await page.goto(`${DEMO_URL}/services`);
  await expect(page.getByRole('heading', { level: 1, name: 'Services partenaires' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nouveau service' })).toHaveCount(0);
});
