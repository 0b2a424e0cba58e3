import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Benefits counselling on the demo installation: a specialist compares three jobs for a person, sees the year
// month by month, switches the six-month cumulation off and on, saves the plan with the person's decision and
// opens the one-page print; an axe check on each page.

/** Exactly `hours.length` jobs in the form, with these weekly hours. */
async function setJobs(page: Page, hours: number[]) {
  const jobs = page.getByRole('group', { name: /^Emploi \d$/ });
  await expect(jobs.first()).toBeVisible();
  while ((await jobs.count()) < hours.length) await page.getByRole('button', { name: 'Ajouter un emploi à comparer' }).click();
  while ((await jobs.count()) > hours.length) await page.getByRole('button', { name: `Retirer l'emploi ${await jobs.count()}` }).click();
  for (const [i, h] of hours.entries()) await jobs.nth(i).getByLabel(/^Heures par semaine/).fill(String(h));
}

test('a specialist compares three jobs, saves the plan and prints it', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/caseload`);
  const person = page.getByRole('table', { name: 'Personnes accompagnées' }).getByRole('link').first();
  const name = (await person.innerText()).trim();
  await person.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: 'Droits et revenus' }).click();
  await expect(page).toHaveURL(/\/benefits$/);
  await expect(page.getByRole('heading', { name: 'Plans enregistrés' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nouvelle simulation' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The situation without the job: 34 years old, 80 %, tenant with 240 EUR of housing benefit, no salary.
  await page.getByLabel(/^Âge \(au premier mois simulé\)/).fill('34');
  await expect(page.getByRole('radio', { name: '80 % ou plus' })).toBeChecked();
  await page.getByLabel(/^Aide au logement par mois/).fill('240');
  await setJobs(page, [10, 20, 24]);
  await page.getByRole('button', { name: 'Calculer' }).click();

  // The year side by side, then each job month by month.
  await expect(page.getByRole('heading', { level: 2, name: 'Résultats' })).toBeVisible();
  const summary = page.getByRole('table', { name: /^En moyenne par mois/ });
  await expect(summary.getByRole('columnheader')).toHaveText(['Par mois, en moyenne', "Sans l'emploi", '10 h/semaine', '20 h/semaine', '24 h/semaine']);
  await expect(summary.getByRole('rowheader', { name: 'Gain par heure de travail en plus' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Graphique du revenu total/ })).toBeVisible();
  const jobs = page.getByRole('tablist', { name: 'Emplois comparés' }).getByRole('tab');
  await expect(jobs).toHaveText(['10 h/semaine', '20 h/semaine', '24 h/semaine']);
  const monthly = page.getByRole('table', { name: '10 h/semaine : mois par mois' });
  await expect(monthly.getByRole('row')).toHaveCount(14); // header, 12 months, total
  await expect(monthly.getByText('cumul intégral').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: "Points d'attention" })).toBeVisible();
  await expect(page.getByText(/^Cumul intégral à la reprise d'activité/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ce qui change, et quand' })).toBeVisible();
  await jobs.nth(2).click();
  await expect(page.getByRole('table', { name: '24 h/semaine : mois par mois' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The six-month cumulation can be switched off: the result is recomputed at once, without it.
  const cumulation = page.getByRole('switch', { name: /^Cumul intégral de l'AAH et du salaire/ });
  await cumulation.uncheck();
  await expect(page.getByRole('table', { name: '24 h/semaine : mois par mois' }).getByText('cumul intégral')).toHaveCount(0);
  await cumulation.check();
  await expect(page.getByRole('table', { name: '24 h/semaine : mois par mois' }).getByText('cumul intégral').first()).toBeVisible();

  // Saved to the record with what the person decided.
  const decision = 'Commencer à 20 h par semaine ; demander la prime d’activité dès le premier salaire.';
  await page.getByLabel('Ce que la personne a décidé').fill(decision);
  await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan enregistré dans le dossier.' })).toBeAttached();
  const plans = page.getByRole('region', { name: 'Plans enregistrés' });
  await expect(plans.getByText(decision)).toBeVisible();
  await expect(plans.getByText(/^Emplois comparés : 10 h\/semaine, 20 h\/semaine, 24 h\/semaine/)).toBeVisible();

  // The page for the person: one A4 sheet.
  await page.getByRole('link', { name: 'Version à imprimer', exact: true }).click();
  await expect(page).toHaveURL(/\/benefit-plans\/[0-9a-f-]+\/print$/);
  const sheet = page.getByRole('article', { name: 'Vos revenus si vous prenez cet emploi' });
  await expect(sheet.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(sheet.getByText(name)).toBeVisible();
  await expect(sheet.getByText('34 ans · 80 % ou plus · locataire, aide au logement de 240 € par mois')).toBeVisible();
  const tables = sheet.getByRole('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.first().getByRole('columnheader')).toHaveText(['Par mois, en moyenne', "Sans l'emploi", '10 h/semaine', '20 h/semaine', '24 h/semaine']);
  await expect(tables.nth(1).getByRole('row')).toHaveCount(13);
  await expect(sheet.getByRole('heading', { name: 'Ce que vous avez décidé' })).toBeVisible();
  await expect(sheet.getByText(decision)).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'À savoir' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // The saved plan is in the person's journey.
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await expect(page.getByText(/^Plan « droits et revenus » du .* enregistré \(3 emplois comparés\)$/)).toBeVisible();
});

test('a quick answer without a participant, from the navigation', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Droits et revenus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Droits et revenus' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Nothing filled in: the errors are said, and the first field takes the focus.
  await page.getByRole('button', { name: 'Calculer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })).toBeVisible();
  await expect(page.getByLabel(/^Âge \(au premier mois simulé\)/)).toBeFocused();

  await page.getByLabel(/^Âge \(au premier mois simulé\)/).fill('41');
  await page.getByRole('radio', { name: 'De 50 à 79 %' }).check();
  await page.getByRole('checkbox', { name: 'RSDAE reconnue par la CDAPH' }).check();
  await setJobs(page, [24]);
  await page.getByRole('button', { name: 'Calculer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Résultats' })).toBeVisible();
  // Half-time or more with a 50-79 % rate: the RSDAE review risk is announced.
  await expect(page.getByRole('alert').filter({ hasText: /réexaminer la RSDAE/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le plan' })).toHaveCount(0);
  await expectNoSeriousA11yViolations();
});

test('clinicians and peers have no benefits counselling', async ({ page }) => {
  for (const who of ['soin', 'pair']) {
    await page.context().clearCookies();
    await signInToDemo(page, who);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Ma file active' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Droits et revenus' })).toHaveCount(0);
    await page.goto(`${DEMO_URL}/benefits`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeVisible();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the simulation fits the screen', async ({ page, expectNoSeriousA11yViolations }) => {
    await signInToDemo(page, 'conseil');
    await page.goto(`${DEMO_URL}/caseload`);
    await page.getByRole('list', { name: 'Personnes accompagnées' }).getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Droits et revenus' }).click();
    await page.getByLabel(/^Âge \(au premier mois simulé\)/).fill('29');
    await setJobs(page, [15, 30]);
    await page.getByRole('button', { name: 'Calculer' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Résultats' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations();
  });
});
