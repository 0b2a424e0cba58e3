import { DEMO_URL, expect, signInToDemo, test } from './fixtures';

// The practice guide on the demo installation: Samuel (specialist) reads the guide and David's case study, writes his
// private thoughts, fills in chapter 6's grid (1-5 agreement) and completes it; the coordinator then sees chapter 6
// completed for Samuel in the team follow-up, and none of his answers or thoughts.

const screenshots = process.env.GUIDE_SCREENSHOTS;

test('a specialist completes a chapter grid and the team lead sees it completed, without the answers', async ({ page: samuel, browser, expectNoSeriousA11yViolations }) => {
  test.setTimeout(120_000);
  await signInToDemo(samuel, 'conseil');
  await samuel.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guide de pratique' }).click();
  await expect(samuel.getByRole('heading', { level: 1, name: 'Guide de pratique' })).toBeVisible();
  await expect(samuel.getByRole('heading', { level: 2, name: 'Les huit principes du modèle IPS' })).toBeVisible();
  await expect(samuel.getByText("Recherche d'emploi rapide.", { exact: false })).toBeVisible();
  await expect(samuel.getByRole('heading', { level: 2, name: 'Étude de cas : David' })).toBeVisible();
  await expect(samuel.getByText('Que feriez-vous si, après un certain temps, David semble prêt et désireux de reprendre sa formation ?')).toBeVisible();
  // Demo data: chapter 1 completed, chapter 2 a draft; the team follow-up link is the coordinator's only.
  await expect(samuel.getByRole('link', { name: 'Suivi de l\'équipe' })).toHaveCount(0);
  await expect(samuel.getByText(/Grille terminée le/)).toHaveCount(1);

  // Private thoughts on the case study, saved with the chapter 1 grid (which stays completed).
  const thoughts = `Je demanderais à David ce qu'il souhaite avant tout (${Date.now()}).`;
  await samuel.getByLabel("Mes réflexions sur l'étude de cas").fill(thoughts);
  await samuel.getByRole('button', { name: 'Enregistrer mes réflexions' }).click();
  await expect(samuel.getByText('Réflexions enregistrées.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(samuel);
  if (screenshots) await samuel.screenshot({ path: `${screenshots}/guide.png`, fullPage: true });

  // Chapter 6: key action points, then the 1-5 agreement grid.
  await samuel.getByRole('link', { name: 'La mise en réseau' }).click();
  await expect(samuel.getByRole('heading', { level: 1, name: 'La mise en réseau' })).toBeVisible();
  await expect(samuel.getByRole('heading', { level: 2, name: "Points d'action pratiques" })).toBeVisible();
  await expect(samuel.getByText("Il est l'organisateur et l'activateur du projet IPS")).toBeVisible();
  const grid = samuel.getByRole('region', { name: 'Ma grille : Évaluation' });
  await expect(grid.getByText('Pas encore remplie')).toBeVisible();

  // Completing with items left: the server names each unanswered question.
  await grid.getByRole('radiogroup', { name: /l'importance des réseaux/ }).getByRole('radio', { name: "4 · Plutôt d'accord" }).check();
  await grid.getByRole('button', { name: 'Terminer ma grille' }).click();
  await expect(grid.getByText('Répondez à cette question pour terminer la grille (ou enregistrez-la comme brouillon).')).toHaveCount(4);

  const groups = grid.getByRole('radiogroup');
  await expect(groups).toHaveCount(5);
  for (const [i, group] of (await groups.all()).entries()) await group.getByRole('radio', { name: i % 2 === 0 ? "5 · D'accord" : "4 · Plutôt d'accord" }).check();
  await grid.getByRole('button', { name: 'Terminer ma grille' }).click();
  await expect(grid.getByText('Grille enregistrée comme terminée.').first()).toBeVisible();
  await expect(grid.getByText(/Terminée le/)).toBeVisible();
  await expect(grid.getByRole('button', { name: 'Remettre en brouillon' })).toBeVisible();
  await expectNoSeriousA11yViolations(samuel);
  if (screenshots) await samuel.screenshot({ path: `${screenshots}/guide-chapter.png`, fullPage: true });

  // Back on the guide: chapter 6 shows as completed among my chapters.
  await samuel.getByRole('link', { name: 'Guide de pratique' }).first().click();
  await expect(samuel.getByText(/Grille terminée le/)).toHaveCount(2);

  // The coordinator: who completed which chapter, no answers.
  // A second browser context: the coordinator's own session.
  const context = await browser.newContext();
  const claire = await context.newPage();
  await signInToDemo(claire, 'coordination');
  await claire.goto(`${DEMO_URL}/guide`);
  await claire.getByRole('link', { name: "Suivi de l'équipe" }).click();
  await expect(claire.getByRole('heading', { level: 1, name: "Guide de pratique : suivi de l'équipe" })).toBeVisible();
  const table = claire.getByRole('table', { name: /Une ligne par membre de l'équipe/ });
  const row = table.getByRole('row').filter({ has: claire.getByRole('rowheader', { name: /Samuel Conseiller/ }) });
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toContainText('Terminée le');
  await expect(cells.nth(1)).toHaveText('Pas encore');
  await expect(cells.nth(5)).toContainText('Terminée le');
  await expect(cells.nth(6)).toHaveText('2 sur 6');
  await expect(table.getByRole('rowheader', { name: /Dr Hélène Soignante/ })).toHaveCount(0);
  await expect(claire.getByText(thoughts)).toHaveCount(0);
  await expectNoSeriousA11yViolations(claire);
  if (screenshots) await claire.screenshot({ path: `${screenshots}/guide-team.png`, fullPage: true });
  await context.close();
});

test('a clinician has no practice guide nor team follow-up', async ({ page }) => {
  await signInToDemo(page, 'soin');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guide de pratique' })).toHaveCount(0);
  await page.goto(`${DEMO_URL}/guide/team`);
  await expect(page.getByRole('heading', { level: 1, name: "Guide de pratique : suivi de l'équipe" })).toHaveCount(0);
});
