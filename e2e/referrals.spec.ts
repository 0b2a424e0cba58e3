import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Referrals from the care team (orientations), on the demo installation: soin@ (CMP clinician) sends one,
// coordination@ (team lead) accepts it for Samuel (conseil@), soin@ sees it accepted.

test('a clinician sends a referral, the team lead accepts it, the clinician sees it accepted', async ({ browser, expectNoSeriousA11yViolations }) => {
  const lastName = `Orientée${Date.now()}`;
  // Two people, two sessions (axe needs pages of their own contexts).
  const clinician = await (await browser.newContext()).newPage();
  await signInToDemo(clinician, 'soin');
  await clinician.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Orientations' }).click();
  await expect(clinician.getByRole('heading', { level: 1, name: 'Orientations' })).toBeVisible();
  await expectNoSeriousA11yViolations(clinician);

  await clinician.goto(`${DEMO_URL}/referrals/new`);
  await expect(clinician.getByRole('heading', { level: 1, name: 'Nouvelle orientation' })).toBeVisible();
  await clinician.getByLabel(/^Prénom/).fill('Léa');
  await clinician.getByLabel(/^Nom/).fill(lastName);
  await clinician.getByLabel('Son souhait de travailler, avec ses mots').fill('Je voudrais travailler dans un jardin.');
  await clinician.getByLabel(/La personne accepte que l'équipe emploi/).check();
  await expect(clinician.getByLabel(/^Date du consentement/)).toBeVisible();
  await expectNoSeriousA11yViolations(clinician);
  await clinician.getByRole('button', { name: "Envoyer l'orientation" }).click();
  await expect(clinician.getByRole('heading', { level: 1, name: `Orientation de Léa ${lastName}` })).toBeVisible();
  await expect(clinician.getByText('En attente d\'une décision')).toBeVisible();
  // The referrer sees where it stands, never the team's decision controls.
  await expect(clinician.getByRole('button', { name: 'Accepter et créer la fiche' })).toHaveCount(0);
  const referralUrl = clinician.url();
  await expectNoSeriousA11yViolations(clinician);

  const lead = await (await browser.newContext()).newPage();
  await signInToDemo(lead, 'coordination');
  await lead.goto(`${DEMO_URL}/referrals`);
  const table = lead.getByRole('table', { name: 'Orientations' });
  await expect(table.getByRole('row').nth(1)).toContainText('En attente');
  await table.getByRole('link', { name: `${lastName} Léa` }).click();
  await expect(lead.getByRole('heading', { level: 1, name: `Orientation de Léa ${lastName}` })).toBeVisible();
  await expect(lead.getByText('Je voudrais travailler dans un jardin.')).toBeVisible();
  // Zero exclusion: exactly two reasons to decline.
  const reasons = lead.getByRole('radiogroup', { name: /Raison/ }).getByRole('radio');
  await expect(reasons).toHaveCount(2);
  await expectNoSeriousA11yViolations(lead);
  await lead.getByLabel('Conseiller·ère emploi accompagné').selectOption({ label: 'Samuel Conseiller' });
  await lead.getByRole('button', { name: 'Accepter et créer la fiche' }).click();
  await expect(lead.getByText(/Acceptée le .*, accompagnée par Samuel Conseiller/)).toBeVisible();
  await lead.getByRole('link', { name: `Ouvrir la fiche de Léa ${lastName}` }).click();
  await expect(lead.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();

  await clinician.goto(referralUrl);
  await expect(clinician.getByText(/Acceptée le .*, accompagnée par Samuel Conseiller/)).toBeVisible();
  await clinician.goto(`${DEMO_URL}/referrals`);
  await expect(clinician.getByRole('table', { name: 'Orientations' }).getByRole('row', { name: new RegExp(lastName) })).toContainText('Acceptée');
});

test('a referral is declined as unreachable only after the outreach the rule asks for', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'coordination');
  await page.goto(`${DEMO_URL}/referrals?status=pending`);
  await page.getByRole('table', { name: 'Orientations' }).getByRole('link', { name: 'Haddad Yasmine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orientation de Yasmine Haddad' })).toBeVisible();
  await expect(page.getByText('Aucune tentative notée.')).toBeVisible();
  await page.getByRole('radio', { name: 'Injoignable après plusieurs tentatives' }).check();
  await page.getByRole('button', { name: 'Ne pas donner suite' }).click();
  await expect(page.getByText(/demande au moins deux tentatives de contact notées/)).toBeVisible();
  await expectNoSeriousA11yViolations();
  await page.getByRole('button', { name: 'Noter la tentative' }).click();
  await expect(page.getByRole('list', { name: 'Tentatives de contact' }).getByRole('listitem')).toHaveCount(1);
});
