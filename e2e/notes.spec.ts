import type { Browser, Page } from '@playwright/test';
import { DEMO_URL, expect, expectNoSeriousA11yViolations, signInToDemo, test } from './fixtures';

// Internal notes, mentions and the care team's shared record, on the demo installation. Each user has their own
// browser context (their own session), as colleagues on their own machines.

const signedIn = async (browser: Browser, who: string): Promise<Page> => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToDemo(page, who);
  return page;
};

test('a private note stays with the team; a shared note with a mention notifies and reaches the care team', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const privateText = `Note privée ${stamp} : difficultés familiales évoquées`;
  const sharedText = `Note partagée ${stamp} : entretien jeudi, Inès peut-elle venir ?`;

  // A person soin@ follows (care-team consent, a person of the CMP): asked of the API as soin@.
  const soin = await signedIn(browser, 'soin');
  const people = await soin.request.get(`${DEMO_URL}/api/participants?limit=50`);
  expect(people.ok()).toBeTruthy();
  const person = ((await people.json()) as { items: { id: string; firstName: string; lastName: string }[] }).items[0];
  expect(person).toBeDefined();
  const name = `${person.firstName} ${person.lastName}`;

  // conseil@ writes a private note, then a shared one mentioning emploi@.
  const conseil = await signedIn(browser, 'conseil');
  await conseil.goto(`${DEMO_URL}/participants/${person.id}/notes`);
  await expect(conseil.getByRole('tab', { name: 'Notes', selected: true })).toBeVisible();
  const form = conseil.getByRole('region', { name: 'Écrire une note' });
  await form.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(form.getByText('Ce champ est obligatoire.')).toBeVisible();
  await form.getByLabel(/^Note/).fill(privateText);
  await form.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(form.getByText('Note enregistrée.').first()).toBeVisible();

  await form.getByLabel(/^Note/).fill(sharedText);
  await form.getByRole('combobox', { name: 'Mentionner des collègues' }).click();
  await conseil.getByRole('option', { name: /Inès Conseillère/ }).click();
  await form.getByRole('switch', { name: /Partager avec l'équipe de soin/ }).check({ force: true });
  await form.getByRole('button', { name: 'Enregistrer la note' }).click();
  const list = conseil.getByRole('region', { name: 'Notes internes' });
  const sharedCard = list.getByRole('article').filter({ hasText: sharedText });
  await expect(sharedCard).toContainText("Partagée avec l'équipe de soin");
  await expect(sharedCard).toContainText('Mentionné·e·s : Inès Conseillère');
  await expect(list.getByRole('article').filter({ hasText: privateText })).toContainText('Privée (équipe)');
  await expectNoSeriousA11yViolations(conseil);

  // The team's preview of the shared record shows only the shared note.
  await conseil.goto(`${DEMO_URL}/participants/${person.id}/shared-record`);
  await expect(conseil.getByRole('heading', { name: "Aperçu : ce que voit l'équipe de soin" })).toBeVisible();
  await expect(conseil.getByText(sharedText)).toBeVisible();
  await expect(conseil.getByText(privateText)).toHaveCount(0);
  await expectNoSeriousA11yViolations(conseil);

  // emploi@ sees the unread count on the bell, then the notification, which leads to the notes.
  const emploi = await signedIn(browser, 'emploi');
  await expect(emploi.getByRole('link', { name: /^Notifications : \d+ non lues?$/ })).toBeVisible();
  await emploi.getByRole('link', { name: /^Notifications : / }).click();
  await expect(emploi.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const mention = emploi.getByRole('link', { name: `Samuel Conseiller vous a mentionné·e dans une note sur ${name}` }).first();
  await expect(mention).toBeVisible();
  await expectNoSeriousA11yViolations(emploi);
  await emploi.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(emploi.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await mention.click();
  await expect(emploi).toHaveURL(`${DEMO_URL}/participants/${person.id}/notes`);
  await expect(emploi.getByText(sharedText)).toBeVisible();

  // soin@ (clinician) reads the shared note on the shared record and in the notes, never the private one.
  await soin.goto(`${DEMO_URL}/participants/${person.id}/shared-record`);
  await expect(soin.getByRole('heading', { level: 2, name: 'Dossier partagé' })).toBeVisible();
  await expect(soin.getByText(sharedText)).toBeVisible();
  await expect(soin.getByText(privateText)).toHaveCount(0);
  await expectNoSeriousA11yViolations(soin);
  await soin.goto(`${DEMO_URL}/participants/${person.id}/notes`);
  await expect(soin.getByRole('heading', { name: "Notes partagées avec l'équipe de soin" })).toBeVisible();
  await expect(soin.getByText(sharedText)).toBeVisible();
  await expect(soin.getByText(privateText)).toHaveCount(0);
  // A clinician's note is always shared: no switch to choose.
  await expect(soin.getByRole('switch', { name: /Partager avec l'équipe de soin/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(soin);
});
