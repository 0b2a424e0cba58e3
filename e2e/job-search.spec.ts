import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// The job search plan and the applications, on the demo installation, as a specialist.

/** A Lyon person who is engaged but has no plan yet (the demo gives plans to people already in job search). */
async function engagedPerson(page: Page): Promise<string> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?status=engaged&limit=50`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { id: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  return body.items[body.items.length - 1].id;
}

const isoDay = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
};

test('a specialist writes a job search plan, then follows an application to the hire', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  const id = await engagedPerson(page);
  await page.goto(`${DEMO_URL}/participants/${id}/job-search`);
  await expect(page.getByRole('tab', { name: "Recherche d'emploi", selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan de recherche' })).toBeVisible();
  await expect(page.getByText('Pas encore de plan enregistré.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A target job and a step carried by the person, due yesterday: it stands out as late.
  const plan = page.getByRole('form', { name: 'Plan de recherche' });
  await plan.getByRole('button', { name: 'Ajouter un métier' }).click();
  await plan.getByLabel(/^Intitulé du poste/).fill('Serveur·se');
  await plan.getByLabel('Domaine professionnel').selectOption('G18');
  await plan.getByRole('button', { name: 'Ajouter une étape' }).click();
  await plan.getByLabel(/^Ce qui est à faire/).fill('Passer déposer le CV au Café des Arts');
  await expect(plan.getByLabel("Qui s'en charge")).toHaveValue('participant');
  await plan.getByLabel('Pour le').fill(isoDay(-1));
  await expect(plan.getByText('Étape 1 (en retard)')).toBeVisible();
  await expect(plan.getByText('1 étape en retard.')).toBeVisible();
  await plan.getByLabel('Prochain point sur le plan').fill(isoDay(14));
  await plan.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await expect(page.getByText('Plan enregistré.').first()).toBeVisible();
  await expect(page.getByText(/^Version 1 enregistrée le/)).toBeVisible();

  // A new application, sent the same day.
  await page.getByRole('button', { name: 'Nouvelle candidature' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle candidature' });
  await form.getByLabel(/^Employeur/).fill('Café des Arts');
  await form.getByLabel(/^Poste/).fill('Serveur·se en salle');
  await form.getByRole('radio', { name: 'Candidature envoyée' }).check();
  await form.getByRole('button', { name: 'Enregistrer la candidature' }).click();
  await expect(page.getByText('Candidature enregistrée.').first()).toBeVisible();
  const card = page.getByRole('article', { name: 'Serveur·se en salle' });
  await expect(card).toContainText('chez Café des Arts');
  await expect(card).toContainText('Candidature envoyée');

  // Interview, then hired: the dialog offers only the allowed next statuses.
  await card.getByRole('button', { name: 'Changer le statut de « Serveur·se en salle »' }).click();
  let dialog = page.getByRole('dialog');
  const statusSelect = dialog.getByLabel(/^Nouveau statut/);
  await expect(statusSelect.locator('option')).toHaveText(['Entretien', "Proposition d'embauche", 'Embauché·e', 'Non retenu·e', 'Abandon']);
  await statusSelect.selectOption('interview');
  await dialog.getByLabel(/^Note/).fill('Avec le gérant');
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Enregistrer le statut' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('list', { name: /Historique/ }).getByRole('listitem')).toHaveCount(2);
  await expect(card).toContainText('Avec le gérant');

  await card.getByRole('button', { name: 'Changer le statut de « Serveur·se en salle »' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Nouveau statut/).selectOption('hired');
  await dialog.getByRole('button', { name: 'Enregistrer le statut' }).click();
  await expect(dialog).toBeHidden();

  const hired = page.getByRole('article', { name: 'Serveur·se en salle' });
  await expect(hired).toContainText('Embauché·e');
  const record = hired.getByRole('link', { name: "Enregistrer l'emploi" });
  await expect(record).toBeVisible();
  const href = await record.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/participants/${id}/jobs\\?new=1&applicationId=[0-9a-f-]{36}&title=Serveur%C2%B7se%20en%20salle&employerId=&employerName=Caf%C3%A9%20des%20Arts&openingId=$`));
  await expectNoSeriousA11yViolations();

  // The timeline tells the story in sentences.
  await page.goto(`${DEMO_URL}/participants/${id}/timeline`);
  await expect(page.getByText('Plan de recherche enregistré (version 1).')).toBeVisible();
  await expect(page.getByText(/Candidature « Serveur·se en salle » chez Café des Arts : Embauché·e le/)).toBeVisible();
});

test('the demo plans show late steps and applications at every stage', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'conseil');
  const res = await page.request.get(`${DEMO_URL}/api/participants?status=job_search&limit=50`);
  const people = ((await res.json()) as { items: { id: string }[] }).items;
  await page.goto(`${DEMO_URL}/participants/${people[0].id}/job-search`);
  await expect(page.getByText(/^Version 1 enregistrée le/)).toBeVisible();
  await expect(page.getByText(/étapes? en retard\./)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^En cours/ })).toBeVisible();
  await expectNoSeriousA11yViolations();
});
