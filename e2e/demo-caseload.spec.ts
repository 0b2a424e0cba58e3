import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The demo installation (seeded by `main.ts demo`): each role's pages, with an axe check on each, and the
// contact form on a phone-sized screen.

test('the sign-in page is accessible and says why a sign-in fails', async ({ page, expectNoSeriousA11yViolations }) => {
  await page.goto(`${DEMO_URL}/`);
  await expect(page).toHaveURL(`${DEMO_URL}/login`);
  await expectNoSeriousA11yViolations();
  await page.getByLabel(/^Adresse e-mail/).fill('conseil@demo.passerelle.test');
  await page.getByLabel(/^Mot de passe/).fill('not the password');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  await expectNoSeriousA11yViolations();
});

test('a specialist sees their caseload and every tab of a record', async ({ page, expectNoSeriousA11yViolations }) => {
  // Thirteen tabs, an axe check on each: longer than one page's default 30 s.
  test.setTimeout(90_000);
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/caseload`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ma file active' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Personnes accompagnées' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).not.toHaveCount(1);
  expect(await table.getByRole('row').count()).toBeGreaterThan(5);
  await expectNoSeriousA11yViolations();

  // Search narrows the list (the query lives in the address).
  const firstName = (await table.getByRole('rowheader').first().innerText()).trim();
  await page.getByLabel('Rechercher une personne').fill(firstName.split(' ')[1] ?? firstName);
  await expect(page).toHaveURL(/\?.*q=/);
  await expect(table.getByRole('link', { name: firstName })).toBeVisible();

  await table.getByRole('link', { name: firstName }).click();
  await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Sections du dossier' }).getByRole('tab');
  const names = await tabs.allInnerTexts();
  expect(names).toEqual([
    'Synthèse',
    'Profil professionnel',
    "Pistes d'emploi",
    "Recherche d'emploi",
    'Emplois',
    'Contacts',
    'Notes',
    'Entourage',
    'Droits et revenus',
    'Bien-être',
    'Outils',
    'Consentements',
    'Dossier partagé',
    'Parcours',
  ]);
  const contentOf: Record<string, string> = {
    Synthèse: "Statut de l'accompagnement",
    'Profil professionnel': 'Projet professionnel',
    Consentements: 'Enregistrer un consentement',
    Contacts: 'Contacts enregistrés',
    'Droits et revenus': 'Plans enregistrés',
    Parcours: 'Orientation enregistrée',
    "Pistes d'emploi": "Pistes d'emploi",
    "Recherche d'emploi": 'Plan de recherche',
    Emplois: 'Enregistrer un emploi',
    Notes: 'Écrire une note',
    Entourage: 'Famille et proches',
    'Dossier partagé': "Aperçu : ce que voit l'équipe de soin",
    'Bien-être': 'Bien-être et satisfaction',
    Outils: 'Ma semaine type',
  };
  for (const name of names) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
    await expect(page.getByRole('tabpanel').getByText(contentOf[name], { exact: true }).first()).toBeVisible();
    await expectNoSeriousA11yViolations();
  }
});

test('a team lead sees caseload sizes and can reassign', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'coordination');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Équipe' })).toBeVisible();
  const overview = page.getByRole('table', { name: 'Taille des files actives par conseiller·ère' });
  await expect(overview).toBeVisible();
  // Caseload size against the limit, in words as well as colour.
  await expect(overview.getByText(/ \/ 20$/).first()).toBeVisible();
  await expect(overview.getByText(/Dans la limite|Proche de la limite|Au-delà de la limite/).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Personnes accompagnées du dispositif' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réaffecter', exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations();

  // Bulk reassignment: tick one person, choose the specialist, confirm.
  const people = page.getByRole('table', { name: 'Personnes accompagnées du dispositif' });
  const row = people.getByRole('row').filter({ hasText: 'Samuel Conseiller' }).last();
  const name = (await row.getByRole('rowheader').innerText()).trim();
  await row.getByRole('checkbox', { name: `Sélectionner ${name}` }).check();
  await expect(page.getByText('1 personne sélectionnée')).toBeVisible();
  await page.getByLabel('Réaffecter à…').selectOption({ label: 'Inès Conseillère' });
  await page.getByRole('button', { name: 'Réaffecter', exact: true }).click();
  await expect(page.getByText('1 personne réaffectée.').first()).toBeVisible();
  await expect(people.getByRole('row').filter({ hasText: name })).toContainText('Inès Conseillère');

  // The access log tab exists for a team lead.
  await page.getByRole('table', { name: 'Personnes accompagnées du dispositif' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: "Historique d'accès" }).click();
  await expect(page.getByRole('table', { name: 'Accès au dossier' })).toBeVisible();
  await expectNoSeriousA11yViolations();
});

test('an administrator manages programs and accounts', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expect(page.getByRole('table', { name: "Dispositifs de l'installation" })).toBeVisible();
  const users = page.getByRole('table', { name: 'Comptes et rôles' });
  await expect(users.getByText('conseil@demo.passerelle.test')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // No opening animation, so axe sees the dialog as it settles.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await users.getByRole('button', { name: 'Modifier les rôles de Samuel Conseiller' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier les rôles de Samuel Conseiller' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
});

test('the account page offers the password change and the language', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.getByRole('button', { name: /^Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Changer de mot de passe' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Langue' })).toBeVisible();
  await expectNoSeriousA11yViolations();
});

test('with the keyboard alone: skip link, then into a record', async ({ page }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/caseload`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ma file active' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu principal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link', { name: 'Nouvelle orientation' })).toBeFocused();

  // Tabs move with the arrow keys and carry their own address.
  await page.getByRole('table', { name: 'Personnes accompagnées' }).getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Synthèse', selected: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Synthèse' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Profil professionnel', selected: true })).toBeFocused();
  await expect(page).toHaveURL(/\/profile$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the quick contact form fits the screen and saves', async ({ page, expectNoSeriousA11yViolations }) => {
    await signInToDemo(page, 'conseil');
    await page.goto(`${DEMO_URL}/caseload`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ma file active' })).toBeVisible();
    // Cards instead of a wide table; the menu hides behind the burger.
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ouvrir le menu' })).toBeVisible();
    await expectNoSeriousA11yViolations();

    await page.getByRole('list', { name: 'Personnes accompagnées' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const form = page.getByRole('region', { name: 'Noter un contact' });
    await expect(form).toBeVisible();

    // Sensible defaults: today, 30 minutes, with the person.
    await expect(form.getByLabel(/^Date/)).not.toHaveValue('');
    await expect(form.getByLabel('Durée (minutes)')).toHaveValue('30');
    await expect(form.getByRole('checkbox', { name: 'La personne' })).toBeChecked();

    // Nothing sticks out sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const submit = form.getByRole('button', { name: 'Enregistrer le contact' });
    const box = await submit.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBeTruthy();
    await expectNoSeriousA11yViolations();

    await form.getByRole('radiogroup', { name: 'Type de contact' }).getByText('Message').tap();
    await expect(form.getByRole('radio', { name: 'Message' })).toBeChecked();
    await form.getByText('Entourage', { exact: true }).tap();
    await expect(form.getByRole('checkbox', { name: 'Entourage' })).toBeChecked();
    await form.getByLabel('Notes').fill('SMS de rappel pour le rendez-vous de jeudi.');
    await submit.tap();
    await expect(form.getByRole('status')).toHaveText('Contact enregistré.');
    await expect(page.getByText('SMS de rappel pour le rendez-vous de jeudi.')).toBeVisible();
  });
});
