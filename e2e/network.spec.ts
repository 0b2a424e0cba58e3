import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Family and close ones, family meetings, "team around me" and peer support sessions, on the demo installation.

type Person = { id: string; firstName: string; lastName: string; peerSupporterId: string | null };

/** An engaged person of the program with no close one yet (the last ones: other specs take the first ones). */
async function personWithoutCloseOnes(page: Page): Promise<Person> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?status=engaged&limit=50`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: Person[] };
  for (const p of [...items].reverse()) {
    const network = await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/network`)).json();
    if (network.items.length === 0) return p;
  }
  throw new Error('no engaged person without close ones in the demo');
}

test('a specialist adds a close one linked to a family consent, logs a family meeting, and sees the team around the person', async ({ page, expectNoSeriousA11yViolations }) => {
  // Four pages, each with its axe check, on a demo server that other specs share.
  test.setTimeout(120_000);
  await signInToDemo(page, 'conseil');
  const person = await personWithoutCloseOnes(page);

  // The person agrees that their family may be told things: the consent comes first.
  await page.goto(`${DEMO_URL}/participants/${person.id}/consents`);
  const consentForm = page.getByRole('region', { name: 'Enregistrer un consentement' });
  await consentForm.getByLabel('Objet du consentement').selectOption({ label: "Échanges avec l'entourage" });
  await consentForm.getByLabel('Précisions').fill('Sa mère peut être informée des rendez-vous.');
  await consentForm.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  await expect(page.getByText('Consentement enregistré.').first()).toBeVisible();

  await page.goto(`${DEMO_URL}/participants/${person.id}/network`);
  await expect(page.getByRole('heading', { level: 2, name: 'Famille et proches' })).toBeVisible();
  await expect(page.getByText('Aucun proche enregistré.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // A mother, linked to that consent, with what may be shared.
  await page.getByRole('button', { name: 'Ajouter un proche' }).click();
  const form = page.getByRole('form', { name: 'Ajouter un proche' });
  await form.getByLabel(/^Nom/).fill('Martine Lefebvre');
  await form.getByLabel('Lien').selectOption({ label: 'Parent' });
  await form.getByLabel('Téléphone').fill('06 10 20 30 40');
  await expect(form.getByRole('checkbox', { name: 'Les rendez-vous' })).toBeDisabled();
  const consentSelect = form.getByLabel('Consentement famille');
  const consentValue = await consentSelect.locator('option', { hasText: 'Sa mère peut être informée des rendez-vous.' }).getAttribute('value');
  await consentSelect.selectOption(consentValue ?? '');
  await form.getByRole('checkbox', { name: 'Les rendez-vous' }).check();
  await form.getByRole('checkbox', { name: "Où en est l'accompagnement" }).check();
  await expectNoSeriousA11yViolations();
  await form.getByRole('button', { name: 'Ajouter' }).click();

  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Martine Lefebvre' }) });
  await expect(card.getByText('Partage autorisé')).toBeVisible();
  await expect(card.getByText(/Peut être partagé : Où en est l'accompagnement, Les rendez-vous\./)).toBeVisible();
  await expect(card.getByRole('link', { name: '06 10 20 30 40' })).toHaveAttribute('href', 'tel:0610203040');

  // A family meeting with her, the person present.
  const log = page.getByRole('form', { name: "Noter un contact avec l'entourage" });
  await log.getByRole('checkbox', { name: 'Martine Lefebvre (Parent)' }).check();
  await log.getByLabel('Notes').fill('Présentation du dispositif à la famille.');
  await log.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Contact avec l'entourage enregistré.").first()).toBeVisible();
  const history = page.getByRole('region', { name: "Contacts et rencontres avec l'entourage" });
  await expect(history.getByText(/^Rencontre avec la famille · /)).toBeVisible();
  await expect(history.getByText('Avec : Martine Lefebvre · personne présente')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The team around the person, on the summary tab: the specialist, and the mother with a link to call her.
  await page.goto(`${DEMO_URL}/participants/${person.id}`);
  const team = page.getByRole('region', { name: 'Équipe autour de moi' });
  await expect(team.getByText('Conseiller·ère emploi accompagné').first()).toBeVisible();
  await expect(team.getByRole('link', { name: 'Appeler Martine Lefebvre au 06 10 20 30 40' })).toHaveAttribute('href', 'tel:0610203040');
  await expectNoSeriousA11yViolations();

  // The timeline tells it.
  await page.goto(`${DEMO_URL}/participants/${person.id}/timeline`);
  await expect(page.getByText('Proche ajouté·e : Martine Lefebvre (Parent)')).toBeVisible();
  await expect(page.getByText(/^Rencontre avec la famille en présence le /)).toBeVisible();
});

test('a peer supporter logs a peer support session and reads the close ones of a person they accompany', async ({ page, expectNoSeriousA11yViolations }) => {
  await signInToDemo(page, 'pair');
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=50`);
  const { items } = (await res.json()) as { items: Person[] };
  const person = items.find((p) => p.peerSupporterId !== null) ?? items[0];
  expect(person).toBeDefined();

  await page.goto(`${DEMO_URL}/participants/${person.id}/contacts`);
  const form = page.getByRole('region', { name: 'Noter un contact' });
  await expect(form.getByLabel("Étape de l'accompagnement")).toHaveValue('peer_support');
  await form.getByLabel('Notes').fill('Échange sur la reprise du travail, autour d’un café.');
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Contact enregistré.').first()).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The close ones, read only: no add button for a peer.
  await page.goto(`${DEMO_URL}/participants/${person.id}/network`);
  await expect(page.getByRole('heading', { level: 2, name: 'Famille et proches' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un proche' })).toHaveCount(0);
  await expectNoSeriousA11yViolations();
});
