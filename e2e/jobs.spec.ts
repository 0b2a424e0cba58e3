import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Jobs and follow-along support, on the demo installation: a hire, its support plan and a logged support, then
// the ending and the proposed return to the job search.

/** A person of the program looking for work, with no job yet (the last one: other specs take the first ones). */
async function personSearchingWork(page: Page): Promise<{ id: string; name: string }> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?status=job_search&limit=50`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: { id: string; firstName: string; lastName: string }[] };
  for (const p of [...items].reverse()) {
    const jobs = await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/jobs`)).json();
    if (jobs.total === 0) return { id: p.id, name: `${p.firstName} ${p.lastName}` };
  }
  throw new Error('no person searching work without a job in the demo');
}

test('a specialist records a hire, plans the follow-along supports, logs one, then records the ending', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  const person = await personSearchingWork(page);
  await page.goto(`${DEMO_URL}/participants/${person.id}/jobs`);
  await expect(page.getByRole('heading', { level: 2, name: 'Emplois' })).toBeVisible();
  await expect(page.getByText('Aucun emploi enregistré pour l’instant.').or(page.getByText("Aucun emploi enregistré pour l'instant."))).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The hire: an employer of the register, the job, hours and pay.
  await page.getByRole('button', { name: 'Enregistrer un emploi' }).click();
  const form = page.getByRole('form', { name: 'Enregistrer un emploi' });
  await form.getByRole('combobox', { name: 'Employeur' }).fill('Boulangerie');
  await page.getByRole('option', { name: 'Boulangerie Au Pain Doré' }).click();
  await expect(form.getByText('Employeur du répertoire.')).toBeVisible();
  await form.getByLabel(/^Intitulé du poste/).fill('Vendeur en boulangerie');
  await form.getByLabel(/^Heures par semaine/).fill('20');
  await form.getByLabel(/^Salaire horaire brut/).fill('12,50');
  await expectNoSeriousA11yViolations();
  await form.getByRole('button', { name: "Enregistrer l'emploi" }).click();

  await expect(page.getByText("Statut : Recherche d'emploi → En emploi.")).toBeVisible();
  await expect(page.getByText('Conseil en droits et revenus à prévoir')).toBeVisible();
  await expect(page.getByRole('main').getByText('En emploi', { exact: true }).first()).toBeVisible();
  const job = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Vendeur en boulangerie — Boulangerie Au Pain Doré' }) });
  await expect(job.getByText('Compétitif', { exact: true })).toBeVisible();

  // The support plan, chosen with the person.
  await job.getByRole('button', { name: 'Ajouter un soutien' }).click();
  await job.getByLabel('Description').fill('Passage sur place le lundi');
  await job.getByRole('button', { name: 'Enregistrer le plan de soutien' }).click();
  await expect(job.getByText('Plan de soutien enregistré.').first()).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A support given, logged against the plan.
  const log = job.getByRole('form', { name: 'Consigner un soutien' });
  await log.getByRole('checkbox', { name: /Accompagnement sur le lieu de travail/ }).check();
  await log.getByLabel('Notes').fill('Première semaine : tout va bien.');
  await log.getByRole('button', { name: 'Consigner le soutien' }).click();
  await expect(job.getByText('Soutien consigné.').first()).toBeVisible();
  await expect(job.getByRole('table')).toContainText('Première semaine : tout va bien.');
  await expect(job.getByText(/^Dernier : /)).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The ending: a job search is proposed, and accepted.
  await job.getByRole('button', { name: "Fin de l'emploi" }).click();
  const dialog = page.getByRole('dialog', { name: /Fin de l'emploi/ });
  await dialog.getByLabel(/^Motif/).selectOption({ label: 'Fin de contrat' });
  await dialog.getByRole('radio', { name: "L'employeur" }).check();
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Enregistrer la fin' }).click();
  await expect(page.getByText("Reprendre la recherche d'emploi ?")).toBeVisible();
  await expectNoSeriousA11yViolations();
  await page.getByRole('button', { name: "Reprendre la recherche d'emploi" }).click();
  await expect(page.getByText("Statut : recherche d'emploi.")).toBeVisible();
  await expect(job.getByText('Terminé', { exact: true })).toBeVisible();
});
