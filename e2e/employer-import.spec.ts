import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Importing a list of employers (preview, rejected row explained, confirmation, report) and exporting the
// register, on the demo installation.

test('a specialist imports a list with one bad row, then exports the register', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/employers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Employeurs' })).toBeVisible();
  await page.getByRole('link', { name: 'Importer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des employeurs' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // French Excel's CSV: semicolons; the third row has neither name nor a valid SIRET.
  const run = Date.now();
  const csv = [
    'Raison sociale;SIRET;Commune;Étape;Contact;Téléphone',
    `Menuiserie Lumière ${run};;Lyon;prospect;;`,
    `Jardins du Rhône ${run};;Villeurbanne;partenaire;M. Vert;04 72 00 00 00`,
    ';123;Lyon;;;',
  ].join('\r\n');
  await page.getByLabel('Fichier CSV ou Excel').setInputFiles({ name: 'employeurs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });

  const preview = page.getByRole('region', { name: "Aperçu de l'import" });
  await expect(preview.getByText('2 employeurs à importer')).toBeVisible();
  await expect(preview.getByText('1 ligne refusée')).toBeVisible();
  const rejected = preview.getByRole('table', { name: 'Lignes refusées' });
  await expect(rejected.getByRole('row', { name: /Ligne 4/ })).toContainText('Raison sociale : obligatoire, la cellule est vide.');
  await expect(rejected).toContainText('SIRET : numéro invalide');
  await expect(preview.getByRole('table', { name: 'Employeurs à importer' }).getByRole('row')).toHaveCount(3);
  await expectNoSeriousA11yViolations();

  await page.getByRole('button', { name: 'Importer 2 employeurs' }).click();
  await expect(page.getByText('2 employeurs ajoutés au répertoire.').first()).toBeVisible();
  const report = page.getByRole('region', { name: "Compte rendu de l'import" });
  await expect(report.getByRole('table', { name: 'Employeurs ajoutés' })).toContainText(`Jardins du Rhône ${run}`);
  await expectNoSeriousA11yViolations();

  await page.getByRole('link', { name: 'Voir le répertoire' }).click();
  await page.getByLabel('Rechercher un employeur').fill(`jardins du rhone ${run}`);
  await expect(page).toHaveURL(/\?.*q=/);
  const table = page.getByRole('table', { name: 'Employeurs' });
  await expect(table.getByRole('link', { name: `Jardins du Rhône ${run}` })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`Jardins du Rhône ${run}`) })).toContainText('Partenaire');

  // Export: the list's search goes with it; the browser saves a CSV named after the program and the day.
  await page.getByRole('button', { name: 'Exporter' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /CSV \(Excel\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^employeurs-.+-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(path, 'utf-8')).replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^Raison sociale;SIRET;/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`Jardins du Rhône ${run}`);
});

test('an unreadable file is refused with an explanation', async ({ page }) => {
  await signInToDemo(page, 'conseil');
  await page.goto(`${DEMO_URL}/employers/import`);
  await page
    .getByLabel('Fichier CSV ou Excel')
    .setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
  await expect(page.getByRole('alert')).toContainText("Ce fichier n'est pas lisible");
});
