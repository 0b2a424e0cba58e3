import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// "Ma semaine" (IMPE manual, chapter 2): a specialist builds a person's week with the grid's form and the day's "+"
// button, is told which activity an overlap hits, answers the manual's questions, saves, shares it with the care
// team, builds a second version around a change, compares the two, and opens the A4 print page.

/** A person of our own on the demo (other specs never see them), created through the API as the specialist. */
async function newPerson(page: Page): Promise<string> {
  const res = await page.request.post(`${DEMO_URL}/api/participants`, {
    data: { firstName: 'Semaine', lastName: `Routine${Date.now().toString(36)}`, referralDate: '2026-01-05' },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function addActivity(page: Page, a: { day: string; start: string; end: string; category: string; label?: string }) {
  const form = page.getByRole('form', { name: /^(Ajouter une activité|Modifier l'activité)$/ });
  await form.getByLabel('Jour', { exact: true }).selectOption({ label: a.day });
  await form.getByLabel('Début', { exact: true }).selectOption(a.start);
  await form.getByLabel('Fin', { exact: true }).selectOption(a.end);
  await form.getByRole('radio', { name: a.category, exact: true }).check();
  await form.getByLabel('Quoi ? (facultatif)').fill(a.label ?? '');
  await form.getByRole('button', { name: 'Ajouter à la semaine' }).click();
}

test('a specialist builds a week, compares two versions and prints it', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  const id = await newPerson(page);

  await page.goto(`${DEMO_URL}/participants/${id}/tools`);
  await expect(page.getByRole('heading', { level: 2, name: 'Ma semaine type' })).toBeVisible();
  await expect(page.getByText('Aucune semaine enregistrée pour l\'instant.')).toBeVisible();
  await page.getByRole('button', { name: 'Construire ma semaine' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle version de ma semaine' })).toBeVisible();
  // The manual's instructions are beside the grid.
  await expect(page.getByText('Concentrez-vous sur des choses faciles qui peuvent être facilement accomplies.')).toBeVisible();

  await page.getByLabel(/^Nom de la version/).fill('Avant la reprise');
  await addActivity(page, { day: 'Lundi', start: '09:00', end: '12:00', category: "Recherche d'emploi", label: 'Candidatures' });
  await expect(page.getByRole('button', { name: "Modifier : Lundi, 9:00 – 12:00, Recherche d'emploi : Candidatures" })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Activité ajoutée' })).toHaveText("Activité ajoutée : Lundi, 9:00 – 12:00, Recherche d'emploi : Candidatures.");

  // A click on a free moment of Thursday prepares the form there (10:30, for an hour).
  const thursday = page.getByRole('region', { name: 'Jeudi' }).locator('.routine-week-body');
  const box = await thursday.boundingBox();
  if (!box) throw new Error('no Thursday column');
  await thursday.click({ position: { x: 20, y: (box.height * 3.5) / 26 } });
  const prepared = page.getByRole('form', { name: 'Ajouter une activité' });
  await expect(prepared.getByLabel('Jour', { exact: true })).toHaveValue('3');
  await expect(prepared.getByLabel('Début', { exact: true })).toHaveValue('10:30');
  await expect(prepared.getByLabel('Fin', { exact: true })).toHaveValue('11:30');
  await expect(prepared.getByLabel('Jour', { exact: true })).toBeFocused();

  // The day's "+" prepares the form on Wednesday, at the first free hour.
  await page.getByRole('button', { name: 'Ajouter une activité le mercredi' }).click();
  const form = page.getByRole('form', { name: 'Ajouter une activité' });
  await expect(form.getByLabel('Jour', { exact: true })).toHaveValue('2');
  await expect(form.getByLabel('Début', { exact: true })).toHaveValue('09:00');
  await expect(form.getByLabel('Fin', { exact: true })).toHaveValue('10:00');
  await form.getByRole('radio', { name: 'Soins et rendez-vous' }).check();
  await form.getByLabel('Quoi ? (facultatif)').fill('CMP');
  await form.getByRole('button', { name: 'Ajouter à la semaine' }).click();

  // An overlap is refused and names the activity it hits.
  await addActivity(page, { day: 'Lundi', start: '11:00', end: '13:00', category: 'Repas' });
  await expect(page.getByText('Chevauche « Candidatures » le lundi de 9:00 à 12:00.')).toBeVisible();
  await expect(form.getByLabel('Début', { exact: true })).toBeFocused();
  await form.getByLabel('Début', { exact: true }).selectOption('12:00');
  await form.getByRole('button', { name: 'Ajouter à la semaine' }).click();
  await expect(page.getByRole('button', { name: 'Modifier : Lundi, 12:00 – 13:00, Repas' })).toBeVisible();

  // Editing from the grid: the appointment lasts until 11:00.
  await page.getByRole('button', { name: 'Modifier : Mercredi, 9:00 – 10:00, Soins et rendez-vous : CMP' }).click();
  const edit = page.getByRole('form', { name: "Modifier l'activité" });
  await edit.getByLabel('Fin', { exact: true }).selectOption('11:00');
  await edit.getByRole('button', { name: "Modifier l'activité" }).click();
  await expect(page.getByRole('button', { name: 'Modifier : Mercredi, 9:00 – 11:00, Soins et rendez-vous : CMP' })).toBeVisible();

  await page.getByLabel(/^1\. À quelle heure se couche la personne/).fill('Vers 23 h, je voudrais 22 h 30.');
  await page.getByLabel(/^8\. Que fera-t-elle si elle tarde/).fill("J'appelle Samuel.");
  await expectNoSeriousA11yViolations();
  await page.getByRole('button', { name: 'Enregistrer cette version' }).click();

  await expect(page.getByText('Nouvelle version enregistrée.').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Avant la reprise' })).toBeVisible();
  const hours = page.getByRole('table').filter({ hasText: 'Heures' }).first();
  await expect(hours.getByRole('row', { name: /Recherche d'emploi/ })).toContainText('3 h');
  await expect(hours.getByRole('row', { name: /Soins et rendez-vous/ })).toContainText('2 h');
  await expect(page.getByText("J'appelle Samuel.")).toBeVisible();

  // Shared with the care team from the version itself.
  await page.getByRole('switch', { name: "Partager avec l'équipe de soin" }).check();
  await expect(page.getByText("Cette version est maintenant partagée avec l'équipe de soin.").first()).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A second version from this one: the Monday search moves to the afternoon.
  await page.getByRole('button', { name: 'Nouvelle version à partir de celle-ci' }).click();
  await page.getByLabel(/^Nom de la version/).fill('Après le changement');
  await page.getByRole('button', { name: "Modifier : Lundi, 9:00 – 12:00, Recherche d'emploi : Candidatures" }).click();
  await page.getByRole('button', { name: 'Retirer de la semaine' }).click();
  await addActivity(page, { day: 'Lundi', start: '14:00', end: '16:00', category: "Recherche d'emploi", label: 'Candidatures' });
  await page.getByRole('button', { name: 'Enregistrer cette version' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Après le changement' })).toBeVisible();

  await page.getByRole('button', { name: 'Comparer deux versions' }).click();
  const compare = page.getByRole('region', { name: 'Comparer deux versions' });
  await expect(compare.getByRole('listitem').filter({ hasText: /^Lundi/ })).toHaveText(
    'Lundi : Ajouté Candidatures (14:00 – 16:00) ; Retiré Candidatures (9:00 – 12:00)',
  );
  await expect(compare.getByRole('listitem').filter({ hasText: /^Mardi/ })).toHaveText('Mardi : Pas de changement');
  await expectNoSeriousA11yViolations();

  // The A4 page: the week with its activities, then the answers.
  await page.getByRole('button', { name: 'Fermer la comparaison' }).click();
  await page.getByRole('link', { name: 'Imprimer (A4)' }).click();
  await expect(page).toHaveURL(new RegExp(`/participants/${id}/routines/[0-9a-f-]{36}/print$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Ma semaine' })).toBeVisible();
  await expect(page.getByText('Après le changement')).toBeVisible();
  const monday = page.getByRole('region', { name: 'Lundi' });
  await expect(monday.getByRole('listitem')).toHaveText([/^Repas.*12:00 – 13:00/, /^Candidatures.*14:00 – 16:00/]);
  await expect(page.getByRole('region', { name: 'Mercredi' }).getByRole('listitem')).toContainText(['CMP']);
  await expect(page.getByRole('heading', { level: 2, name: 'Mes réponses' })).toBeVisible();
  await expect(page.getByText('Vers 23 h, je voudrais 22 h 30.')).toBeVisible();
  await expectNoSeriousA11yViolations();
});
