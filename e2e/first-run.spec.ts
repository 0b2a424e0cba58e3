import { expect, FRESH_URL, test } from './fixtures';

// First run on an empty installation: the setup form creates the program and its administrator (signed in
// at once), then a referral, a contact, the journey, and the switch to English. An axe check on every page.

const admin = {
  programName: 'Emploi accompagné Lyon Est',
  name: 'Camille Martin',
  email: 'camille.martin@example.org',
  password: 'une phrase de passe bien solide',
};

/** Today as the UI shows it: a calendar date in Paris, day first. */
const todayFr = () =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(new Date());

test('first run: setup, referral, contact, journey, then English', async ({ page, expectNoSeriousA11yViolations }) => {
  await page.goto(`${FRESH_URL}/`);
  await expect(page).toHaveURL(/\/(setup|login)$/);

  if (page.url().endsWith('/setup')) {
    // Every route leads to the setup form while no program exists.
    await expect(page.getByRole('heading', { level: 1, name: 'Installer Passerelle' })).toBeVisible();
    await expectNoSeriousA11yViolations();

    // A too-short password is refused in the form, with the reason next to the field.
    await page.getByLabel(/^Nom du dispositif/).fill(admin.programName);
    await page.getByLabel(/^Nom et prénom/).fill(admin.name);
    await page.getByLabel(/^Adresse e-mail/).fill(admin.email);
    await page.getByLabel(/^Mot de passe/).fill('court');
    await page.getByRole('button', { name: 'Créer le dispositif' }).click();
    await expect(page.getByText('Le mot de passe doit contenir au moins 10 caractères.')).toBeVisible();

    await page.getByLabel(/^Mot de passe/).fill(admin.password);
    await page.getByLabel(/^Confirmation du mot de passe/).fill(admin.password);
    await page.getByRole('button', { name: 'Créer le dispositif' }).click();
  } else {
    // A retry after the setup already happened: sign in with the account it created.
    await page.getByLabel(/^Adresse e-mail/).fill(admin.email);
    await page.getByLabel(/^Mot de passe/).fill(admin.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  // Signed in, on "Ma semaine"; the caseload is at /caseload.
  await expect(page).toHaveURL(`${FRESH_URL}/`);
  await page.goto(`${FRESH_URL}/caseload`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: `Menu du compte de ${admin.name}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /personnes?$/ })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A referral needs only a name and a date (today by default).
  await page.getByRole('main').getByRole('link', { name: 'Nouvelle orientation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle orientation' })).toBeVisible();
  await expectNoSeriousA11yViolations();
  await page.getByLabel(/^Prénom/).fill('Nadia');
  await page.getByLabel(/^Nom\b/).fill('Benali');
  await page.getByLabel('Orientée par').selectOption({ label: 'Équipe de soin' });
  await page.getByLabel(/^Service orienteur/).fill('CMP Villeurbanne');
  await page.getByRole('button', { name: "Enregistrer l'orientation" }).click();

  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nadia Benali' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Synthèse', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Identité et orientation' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Log a contact: phone, career profile stage, a note.
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  const form = page.getByRole('region', { name: 'Noter un contact' });
  await expect(form).toBeVisible();
  await expectNoSeriousA11yViolations();
  await form.getByRole('radiogroup', { name: 'Type de contact' }).getByText('Téléphone').click();
  await expect(form.getByRole('radio', { name: 'Téléphone' })).toBeChecked();
  await form.getByLabel("Étape de l'accompagnement").selectOption({ label: 'Profil professionnel' });
  await form.getByLabel('Notes').fill('Premier appel : elle souhaite travailler dans la logistique.');
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(form.getByRole('status')).toHaveText('Contact enregistré.');
  const contacts = page.getByRole('region', { name: 'Contacts enregistrés' });
  await expect(contacts.getByText('Premier appel : elle souhaite travailler dans la logistique.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The journey tells it as a sentence, with its date.
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  const journey = page.getByRole('region', { name: 'Parcours' });
  await expect(journey.getByText(`Contact par téléphone le ${todayFr()} (Profil professionnel)`)).toBeVisible();
  await expect(journey.getByText('Orientation enregistrée')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Switch to English: the same page speaks English, and <html lang> follows.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Journey', selected: true })).toBeVisible();
  await expect(page.getByText(/Contact by phone on .* \(Career profile\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'My caseload', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The choice is saved to the account: it survives a reload.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Journey', selected: true })).toBeVisible();
  await page.getByRole('link', { name: 'My caseload', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nadia Benali' })).toBeVisible();
  await expectNoSeriousA11yViolations();
});
