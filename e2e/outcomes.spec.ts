import ExcelJS from 'exceljs';
import { DEMO_URL, expect, signInToDemo, test } from './fixtures';

// Outcomes on the demo installation (issue 5, items 1 and 4): the team lead's dashboard, a figure followed to its
// people, the XLSX export read back; a specialist's own figures; the network view, totals only.

const figure = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

test('the team lead opens the dashboard, follows the active caseload to its people, opens one, and exports the XLSX', async ({
  page,
  expectNoSeriousA11yViolations,
}) => {
  await signInToDemo(page, 'coordination');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Résultats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Résultats' })).toBeVisible();
  // The default period is the last complete quarter, shown in the picker and in the report's line.
  await expect(page.getByRole('combobox', { name: 'Période' })).toHaveValue(/^\d{4}-Q[1-4]$/);
  await expect(page.getByRole('status').filter({ hasText: /^Du .+ au .+ · Emploi accompagné Lyon Métropole · tout le dispositif$/ })).toBeVisible();
  const caseload = figure(page, 'File active');
  await expect(caseload).toContainText('Définition :');
  const count = Number(await caseload.locator('p').nth(0).innerText());
  expect(count).toBeGreaterThan(0);
  await expect(figure(page, "Taux d'emploi compétitif (définition américaine)")).toContainText(/seuil|Niveau|Pas de taux/);
  await expect(page.getByRole('heading', { level: 2, name: 'Évolution sur 8 trimestres' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Par conseiller·ère' })).toContainText('Samuel Conseiller');
  await expect(page.getByRole('heading', { level: 2, name: 'Qualité de vie et satisfaction' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The XLSX export: the figures sheet carries the same active caseload.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporter en XLSX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^passerelle-resultats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows.find((r) => r[0] === 'File active')?.[1]).toBe(count);
  expect(workbook.worksheets).toHaveLength(2);

  // Follow the figure to its people, then open one.
  await caseload.getByRole('link', { name: `Voir les ${count} personnes` }).click();
  await expect(page).toHaveURL(/\/outcomes\/records\?figure=activeCaseload&/);
  await expect(page.getByRole('heading', { level: 1, name: 'File active' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${count} personnes` })).toBeVisible();
  const people = page.getByRole('table', { name: 'File active' });
  await expect(people.getByRole('row')).toHaveCount(count + 1);
  await expectNoSeriousA11yViolations();
  const first = people.getByRole('row').nth(1).getByRole('link');
  const name = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test('a specialist sees only "Mes résultats": their own caseload, no other specialist to pick', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/outcomes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible();
  await expect(page.getByText('Vos résultats : les personnes que vous accompagnez et vos contacts employeurs.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Conseiller·ère' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /· Samuel Conseiller$/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Par conseiller·ère' });
  if ((await table.count()) > 0) await expect(table.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('Inès Conseillère')).toHaveCount(0);

  // Any dates: last calendar year, in the address and in the report's line.
  const year = new Date().getFullYear() - 1;
  await page.getByRole('combobox', { name: 'Période' }).selectOption({ label: 'Dates au choix' });
  await page.getByLabel('Du', { exact: true }).fill(`${year}-01-01`);
  await page.getByLabel('Au', { exact: true }).fill(`${year}-12-31`);
  await expect(page).toHaveURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
  await expect(page.getByRole('status').filter({ hasText: `Du 1 janvier ${year} au 31 décembre ${year}` })).toBeVisible();
  await expectNoSeriousA11yViolations();
});

test('the network page shows programs side by side with no participant name (admin, then the network account)', async ({
  page,
  expectNoSeriousA11yViolations,
}) => {
  await signInToDemo(page, 'admin');
  const response = await page.request.get(`${DEMO_URL}/api/participants?limit=200`);
  const names = ((await response.json()) as { items: { firstName: string; lastName: string }[] }).items.map((p) => `${p.firstName} ${p.lastName}`);
  expect(names.length).toBeGreaterThan(10);

  await page.goto(`${DEMO_URL}/network-outcomes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Réseau : résultats des dispositifs' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Résultats par dispositif et total du réseau' });
  await expect(table.getByRole('row', { name: /Emploi accompagné Lyon Métropole/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Job coaching Liège/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Total \(2 dispositifs\)/ })).toBeVisible();
  await expect(page.getByText(/une case est masquée quand moins de 5 personnes/)).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const name of names) expect(text).not.toContain(name);
  await expectNoSeriousA11yViolations();

  // The network account: its home page is the network view, and it has no caseload at all.
  await page.context().clearCookies();
  await signInToDemo(page, 'reseau');
  await expect(page.getByRole('heading', { level: 1, name: 'Réseau : résultats des dispositifs' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Réseau' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Résultats' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Résultats par dispositif et total du réseau' }).getByRole('row')).toHaveCount(4);
  const networkText = await page.locator('main').innerText();
  for (const name of names) expect(networkText).not.toContain(name);
  await expectNoSeriousA11yViolations();
});
