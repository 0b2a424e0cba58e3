import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The weekly integrated meeting on the demo installation: last Tuesday's meeting is held (three discussions, one
// shared with the care team, one kept by the team), this Tuesday's is planned, with a person flagged for it.

test('a specialist opens this week\'s meeting, records a discussion with a decision and an action item, then prints the agenda', async ({
  page,
  expectNoSeriousA11yViolations,
}) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/meetings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Réunion hebdomadaire' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique des réunions' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Prévue');
  await expect(history.getByRole('row').nth(2)).toContainText('Tenue');
  await expectNoSeriousA11yViolations();

  // This week's meeting (newest first): the agenda computed from the records, with the flagged person.
  await history.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Réunion du / })).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  const flagged = agenda.getByRole('region', { name: /Signalées par l'équipe/ });
  await expect(flagged).toContainText('Souhaite arrêter les recherches');
  await expect(agenda.getByRole('region', { name: /Pas vues depuis 30 jours/ })).toBeVisible();
  await expect(agenda.getByRole('region', { name: /Actions en cours des réunions précédentes/ })).toContainText('Préparer une simulation de droits');
  await expectNoSeriousA11yViolations();

  // Discuss the flagged person: notes kept by the team, a decision (always shared with the care team).
  const discuss = flagged.getByRole('button', { name: /^Évoquer / });
  const who = ((await discuss.getAttribute('aria-label')) ?? '').replace(/^Évoquer | pendant la réunion$/g, '');
  await discuss.click();
  const card = page.getByRole('region', { name: who });
  await card.getByLabel('Notes', { exact: true }).fill('Elle hésite : la fatigue du traitement pèse. On ne lâche pas, on ralentit.');
  await card.getByLabel('Décisions', { exact: true }).fill('Un rendez-vous par quinzaine ; point commun avec le CMP le mois prochain.');
  await page.getByRole('region', { name: 'Présences' }).getByRole('checkbox', { name: /^Inès Conseillère/ }).check();
  await page.locator('label', { hasText: /^Tenue$/ }).click();
  await expect(page.getByRole('radio', { name: 'Tenue' })).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
  await expect(page.getByText('Modifications enregistrées.').first()).toBeVisible();
  // The flag is resolved by the discussion; the agenda of this meeting keeps it.
  await expect(flagged).toContainText(who);

  // An action item with an owner and a due date.
  const items = page.getByRole('region', { name: 'Actions décidées' });
  await items.getByRole('textbox', { name: /^Action/ }).fill('Organiser le point commun avec le CMP');
  await items.getByLabel('Personne concernée').selectOption({ label: who });
  await items.getByLabel('Responsable').selectOption({ label: 'Inès Conseillère' });
  await items.getByLabel('Échéance').fill('2099-01-15');
  await items.getByRole('button', { name: "Ajouter l'action" }).click();
  await expect(items.getByRole('checkbox', { name: /Organiser le point commun avec le CMP/ })).toBeVisible();
  await expect(items).toContainText('responsable : Inès Conseillère');
  await expectNoSeriousA11yViolations();

  // The printable minutes: no navigation, no buttons on paper.
  await page.getByRole('link', { name: 'Imprimer le compte rendu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Compte rendu – réunion du / })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Un rendez-vous par quinzaine');
  await expectNoSeriousA11yViolations();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /^Compte rendu/ })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('a clinician reads the decisions about their people, never the team\'s private notes', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'soin');
  await page.goto(`${DEMO_URL}/meetings`);
  const history = page.getByRole('table', { name: 'Historique des réunions' });
  await expect(page.getByRole('main').getByRole('heading', { name: 'Prévoir une réunion' })).toHaveCount(0);
  // The oldest meeting, last week's (this week's may have been held by the test above).
  await history.getByRole('row').last().getByRole('link').click();
  await expect(page.getByText(/^Vue équipe de soin/)).toBeVisible();
  await expect(page.getByText('Rendez-vous de conseil en droits et revenus avant tout entretien.')).toBeVisible();
  await expect(page.getByText('Visite sur le lieu de travail vendredi', { exact: false })).toBeVisible();
  await expect(page.getByText(/dettes/)).toHaveCount(0);
  await expect(page.getByText(/visite à domicile/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ordre du jour' })).toHaveCount(0);
  await expectNoSeriousA11yViolations();
});
