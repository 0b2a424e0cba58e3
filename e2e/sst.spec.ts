import type { Locator, Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Social Skills Training (IMPE manual, chapter 5): a plan built with the 7-step form, a baseline of 3 measures, the
// intervention started, two weeks of measures by two observers, one adjustment; the chart read by phase.

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const daysAgo = (days: number): string => parisDay.format(new Date(Date.now() - days * 86_400_000));
const frDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A person of conseil@'s caseload (the plan is new, so nothing depends on what other specs left there). */
async function aPerson(page: Page): Promise<string> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=5&status=job_search`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: { id: string }[] };
  expect(items.length).toBeGreaterThan(0);
  return items[items.length - 1].id;
}

/** A phase line's label in the chart's SVG (the tick labels are dates and numbers, so the name is unambiguous). */
const phaseLabels = (chart: Locator, label: string): Locator => chart.locator('svg text', { hasText: new RegExp(`^${label}$`) });

async function addMeasure(form: Locator, date: string, value: number, observer: string): Promise<void> {
  await form.getByLabel(/^Date/).fill(date);
  await form.getByLabel(/^Valeur/).fill(String(value));
  await form.getByLabel('Observé par').selectOption({ label: observer });
  await form.getByRole('button', { name: 'Ajouter la mesure' }).click();
  await expect(form.page().getByRole('status').filter({ hasText: `Mesure du ${frDate(date)}` })).toHaveCount(1);
}

test('a specialist builds an SST plan, records a baseline and two weeks of measures, and reads the chart by phase', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(180_000);
  await signInToDemo(page, 'conseil');
  const personId = await aPerson(page);
  await page.goto(`${DEMO_URL}/participants/${personId}/tools?tool=sst`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mes compétences sociales' })).toBeVisible();

  // The 7 steps as a guided form.
  await page.getByRole('button', { name: 'Nouveau plan' }).click();
  const form = page.getByRole('form', { name: 'Plan de compétences sociales' });
  await expect(form.getByRole('group', { name: "Étape 1 : Identifier la situation sociale pour l'intervention" })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Étape 7 : Aborder la généralisation et maintenir les comportements ou compétences acquises' })).toBeVisible();
  await expectNoSeriousA11yViolations();
  // Steps 1 and 2 are required: the missing domain is said in words.
  await form.getByRole('button', { name: 'Créer le plan' }).click();
  await expect(form.getByText("Choisissez l'un des cinq domaines.")).toBeVisible();

  await form.getByLabel(/^La situation sociale/).fill("À la pause, je reste seul et je n'ose pas aller vers mes collègues.");
  await form.getByLabel('Mon objectif').fill('Parler avec un collègue à chaque pause.');
  await form.getByRole('radio', { name: /^L'assertion/ }).check();
  await form.getByLabel(/^Le comportement ciblé/).fill('Initier une conversation avec un collègue pendant la pause.');
  await form.getByLabel(/^Ce qui est mesuré/).fill('Nombre de conversations commencées par moi, par jour de travail.');
  await form.getByLabel(/^L'unité/).fill('fois par jour');
  await form.getByRole('checkbox', { name: 'Jeu de rôles' }).check();
  await form.getByRole('checkbox', { name: 'Retour d\'information' }).check();
  await form.getByRole('button', { name: 'Créer le plan' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Initier une conversation avec un collègue pendant la pause.' })).toBeVisible();
  await expect(page).toHaveURL(/plan=/);

  // Baseline: three occasions before the intervention; the guidance counts them.
  const measures = page.getByRole('form', { name: 'Ajouter une mesure' });
  await addMeasure(measures, daysAgo(30), 0, 'Moi-même');
  await addMeasure(measures, daysAgo(28), 1, 'Moi-même');
  await expect(page.getByText('La ligne de base compte 2 mesures : il en faut au moins 3.').first()).toBeVisible();
  await addMeasure(measures, daysAgo(26), 0, 'Employeur');
  await expect(page.getByText('La ligne de base compte 3 mesures à des dates distinctes (au moins 3).')).toBeVisible();

  // Start the intervention three weeks ago.
  const start = page.getByRole('form', { name: "Démarrer l'intervention" });
  await start.getByLabel(/^Date de début de l'intervention/).fill(daysAgo(21));
  await start.getByRole('button', { name: "Démarrer l'intervention" }).click();
  await expect(page.getByText(`Intervention commencée le ${frDate(daysAgo(21))}.`)).toBeVisible();

  // Two weeks and more of measures, by the person and the employer.
  const progress: [number, number, string][] = [[20, 1, 'Moi-même'], [17, 1, 'Employeur'], [14, 2, 'Moi-même'], [10, 3, 'Employeur'], [6, 3, 'Moi-même']];
  for (const [days, value, observer] of progress) await addMeasure(measures, daysAgo(days), value, observer);
  await expect(page.getByText('La progression est suivie sur 15 jours (au moins 14).')).toBeVisible();
  await expect(page.getByText('2 observateurs différents depuis le début de l\'intervention.')).toBeVisible();

  // One variable at a time: an adjustment, dated.
  const adjust = page.getByRole('form', { name: 'Noter un ajustement' });
  await adjust.getByLabel(/^Date de l'ajustement/).fill(daysAgo(12));
  await adjust.getByLabel('La variable changée').selectOption({ label: 'La fréquence' });
  await adjust.getByLabel(/^Ce qui change/).fill('Jeu de rôles deux fois par semaine au lieu d\'une.');
  await adjust.getByRole('button', { name: "Enregistrer l'ajustement" }).click();
  await expect(page.getByRole('list', { name: 'Ajustements' })).toContainText('Ajustement 1');

  // The chart: the phase lines and their labels, one series per observer, the legend by shape and name.
  const chart = page.getByTestId('sst-chart');
  await expect(chart.locator('.recharts-line')).toHaveCount(2);
  for (const label of ['Ligne de base', 'Intervention', 'Ajustement 1']) await expect(phaseLabels(chart, label)).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Observateurs' }).getByRole('listitem')).toHaveText(['Moi-même', 'Employeur']);
  // The hidden table gives every value with its phase.
  const rows = page.locator('figure.sst-chart table tbody tr');
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toHaveText([frDate(daysAgo(30)), 'Ligne de base', 'Moi-même', '0 fois par jour'].join(''));
  await expect(rows.nth(3)).toHaveText([frDate(daysAgo(20)), 'Intervention', 'Moi-même', '1 fois par jour'].join(''));
  await expect(rows.nth(7)).toHaveText([frDate(daysAgo(6)), 'Ajustement 1', 'Moi-même', '3 fois par jour'].join(''));
  await expect(page.getByRole('table', { name: 'Lecture par phase : niveau et tendance' })).toContainText('Ajustement 1 (B\')');
  await chart.scrollIntoViewIfNeeded();
  await page.locator('figure.sst-chart').screenshot({ path: '.tmp/sst-chart.png' });
  await expectNoSeriousA11yViolations();

  // The 5-question problem-solving worksheet.
  const worksheet = page.getByRole('form', { name: 'Résoudre un problème, en 5 questions' });
  await expect(worksheet.getByRole('group', { name: '5. Développer un plan d\'action' })).toBeVisible();
  await worksheet.getByLabel('Ma difficulté et mon objectif').fill("J'ai peur de déranger.");
  await worksheet.getByLabel('Mon plan d\'action').fill('Une question simple à un collègue, à chaque pause, pendant deux semaines.');
  await worksheet.getByRole('button', { name: 'Enregistrer mes réponses' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réponses enregistrées.' })).toHaveCount(1);

  // The print page for the person.
  await page.getByRole('link', { name: 'Imprimer le plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon plan de compétences sociales' })).toBeVisible();
  await expect(phaseLabels(page.getByTestId('sst-chart'), 'Ajustement 1')).toHaveCount(1);
  await expect(page.getByText('Une question simple à un collègue, à chaque pause, pendant deux semaines.')).toBeVisible();
  await page.screenshot({ path: '.tmp/sst-print.png', fullPage: true });
  await expectNoSeriousA11yViolations();

  // The timeline names the events without the person's words.
  await page.goto(`${DEMO_URL}/participants/${personId}/timeline`);
  await expect(page.getByText('Plan de compétences sociales commencé (L\'assertion)').first()).toBeVisible();
  await expect(page.getByText('Mesure de compétences sociales notée (Moi-même, phase A)').first()).toBeVisible();
});

test('the demo plan shows its baseline, intervention and adjustment as phases', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=100&status=working`);
  const { items } = (await res.json()) as { items: { id: string }[] };
  const withPlan: string[] = [];
  for (const p of items) {
    const list = (await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/sst-plans`)).json()) as { items: { measureCount: number }[] };
    if (list.items.some((plan) => plan.measureCount >= 19)) withPlan.push(p.id);
  }
  expect(withPlan).toHaveLength(1);
  await page.goto(`${DEMO_URL}/participants/${withPlan[0]}/tools?tool=sst`);
  const chart = page.getByTestId('sst-chart');
  for (const label of ['Ligne de base', 'Intervention', 'Ajustement 1']) await expect(phaseLabels(chart, label)).toHaveCount(1);
  await expect(page.locator('figure.sst-chart table tbody tr')).toHaveCount(19);
  await expect(page.getByRole('list', { name: 'Observateurs' }).getByRole('listitem')).toHaveText(['Moi-même', 'Employeur']);
  await page.locator('figure.sst-chart').screenshot({ path: '.tmp/sst-chart-demo.png' });
  await expectNoSeriousA11yViolations();
});
