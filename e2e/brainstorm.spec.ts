import { type Browser, type Page, devices } from '@playwright/test';
import { DEMO_URL, expect, expectNoSeriousA11yViolations, signInToDemo, test } from './fixtures';

// The ideas wall "Rêve / Réaliste / Critique" (IMPE manual, chapter 4): a specialist opens a session on the shared
// screen, three phones join with the code (no account) and post ideas; the wall updates live without a reload.

const SHOTS = '.tmp/screenshots';

/** A phone of the room: its own browser context (no cookie of the leader's), a phone viewport. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'fr-FR' });
  return context.newPage();
}

const column = (page: Page, name: 'pool' | 'dream' | 'realistic' | 'critic') => page.locator(`section[aria-labelledby="bs-column-${name}"]`);

test('a brainstorm with three phones: notes appear live on the shared screen, the leader draws and moves one, phones see it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  await page.getByRole('link', { name: "Mur d'idées" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Mur d'idées : Rêve, Réaliste, Critique" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const topic = `Quel serait votre lieu de travail parfait ? ${Date.now().toString(36)}`;
  await page.getByLabel(/^Sujet/).fill(topic);
  await page.getByRole('button', { name: 'Ouvrir la séance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: topic })).toBeVisible();
  await expect(page.getByText('En direct')).toBeVisible();
  const code = ((await page.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[2-9A-Z]{6}$/);

  // Three phones join with the code typed as people type it (lower case, a space), and each posts an idea.
  const ideas = ['Un bureau calme avec des plantes', 'Des horaires souples', 'Une équipe bienveillante'];
  const phones: Page[] = [];
  for (const [i, idea] of ideas.entries()) {
    const p = await phone(browser);
    phones.push(p);
    await p.goto(`${DEMO_URL}/b`);
    await expect(p.getByRole('heading', { level: 1, name: 'Rejoindre un mur d\'idées' })).toBeVisible();
    if (i === 0) await expectNoSeriousA11yViolations(p);
    await p.getByLabel(/^Code de la séance/).fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await p.getByRole('button', { name: 'Rejoindre' }).click();
    await expect(p.getByRole('heading', { level: 1, name: topic })).toBeVisible();
    await expect(p.getByText('En direct')).toBeVisible();
    await p.getByLabel(/^Mon idée/).fill(idea);
    await p.getByRole('button', { name: 'Déposer mon idée' }).click();
    await expect(p.getByText('Idée déposée, face cachée.').first()).toBeVisible();
    // The leader's screen follows without a reload: the phone count and the face-down post-its.
    await expect(page.getByText(`${i + 1} idée${i === 0 ? '' : 's'} face cachée`)).toBeVisible();
  }
  await expect(page.getByText('3 téléphones ont rejoint la séance')).toBeVisible();
  // The shared screen never shows a hidden idea's text, nor do the phones.
  for (const idea of ideas) await expect(page.getByText(idea)).toHaveCount(0);
  await expect(phones[1].getByText(ideas[0])).toHaveCount(0);
  await expect(phones[2].getByText('3 idées face cachée')).toBeVisible();
  await phones[0].screenshot({ path: `${SHOTS}/brainstorm-phone.png`, fullPage: true });
  await expectNoSeriousA11yViolations(phones[0]);
  await page.screenshot({ path: `${SHOTS}/brainstorm-wall-hidden.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // "Piocher": one idea turned face up, read aloud; then placed on "Rêve" with the keyboard.
  await page.getByRole('button', { name: 'Piocher une idée' }).click();
  const drawn = column(page, 'pool').locator('li.bs-note:not([data-hidden="true"]) .bs-note-text');
  await expect(drawn).toHaveCount(1);
  const drawnText = ((await drawn.textContent()) ?? '').trim();
  expect(ideas).toContain(drawnText);
  for (const p of phones) await expect(column(p, 'pool').getByText(drawnText)).toBeVisible();
  const move = page.getByRole('button', { name: `Placer « ${drawnText} » dans Rêve` });
  await move.focus();
  await page.keyboard.press('Enter');
  await expect(column(page, 'dream').getByText(drawnText)).toBeVisible();
  for (const p of phones) await expect(column(p, 'dream').getByText(drawnText)).toBeVisible();
  await expect(phones[0].getByText('2 idées face cachée')).toBeVisible();

  // The leader turns everything over and moves one to "Réaliste"; the wall is saved and ends.
  await page.getByRole('button', { name: 'Tout retourner' }).click();
  const other = ideas.find((i) => i !== drawnText) ?? '';
  await page.getByRole('button', { name: `Placer « ${other} » dans Réaliste` }).click();
  for (const p of phones) await expect(column(p, 'realistic').getByText(other)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/brainstorm-wall.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await phones[2].screenshot({ path: `${SHOTS}/brainstorm-phone-wall.png`, fullPage: true });

  await page.getByRole('button', { name: 'Terminer la séance' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Terminer la séance' }).click();
  await expect(page.getByText('Séance terminée : le code ne fonctionne plus.')).toBeVisible();
  for (const p of phones) await expect(p.getByText('La séance est terminée. Merci pour vos idées !')).toBeVisible();

  // The export has the three ideas in the manual's columns.
  await page.getByRole('button', { name: 'Exporter' }).click();
  const href = await page.getByRole('menuitem', { name: 'Tableur (CSV)' }).getAttribute('href');
  await page.keyboard.press('Escape');
  const csv = await page.request.get(`${DEMO_URL}${href}`);
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain(`Rêve;1;${drawnText}`);
  expect(body).toContain(`Réaliste;1;${other}`);

  // The code no longer opens anything.
  const late = await phone(browser);
  await late.goto(`${DEMO_URL}/b/${code}`);
  await late.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(late.getByText('Ce code ne correspond à aucune séance en cours.')).toBeVisible();
  for (const p of [...phones, late]) await p.context().close();
});
