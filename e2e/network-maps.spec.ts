import type { Locator, Page } from '@playwright/test';
import { DEMO_URL, expect, signInToDemo, test } from './fixtures';

// "Mon réseau de soutien" (IMPE manual, chapter 6): a map drawn with three people, a second snapshot four months
// later with a change, the two compared side by side, the print page.

type Person = { id: string; status: string };

/** A demo person of program 0 with no map yet (the last of the list: other specs work on the first ones). */
async function personWithoutMap(page: Page): Promise<string> {
  const res = await page.request.get(`${DEMO_URL}/api/participants?limit=100`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: Person[] };
  for (const p of [...items].reverse().filter((x) => x.status !== 'closed')) {
    const maps = await (await page.request.get(`${DEMO_URL}/api/participants/${p.id}/network-maps`)).json();
    if (maps.items.length === 0) return p.id;
  }
  throw new Error('no demo person without a network map');
}

const isoDaysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

type MemberChoice = { name: string; kind: string; supports: string[]; circle: string; effect: string };

async function fillMember(dialog: Locator, m: MemberChoice): Promise<void> {
  await dialog.getByLabel(/^Nom/).fill(m.name);
  await dialog.getByLabel('Qui est-ce ?').selectOption({ label: m.kind });
  for (const support of m.supports) await dialog.getByRole('checkbox', { name: new RegExp(`^${support}`) }).check();
  await dialog.getByRole('radio', { name: new RegExp(`^${m.circle}`) }).check();
  await dialog.getByRole('radio', { name: m.effect, exact: true }).check();
}

async function addMember(page: Page, m: MemberChoice): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une personne' });
  await expect(dialog).toBeVisible();
  await fillMember(dialog, m);
  await dialog.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await expect(dialog).toBeHidden();
}

test('a specialist draws a support network map, saves a second snapshot with changes and compares them', async ({ page, expectNoSeriousA11yViolations }) => {
  test.setTimeout(150_000);
  await signInToDemo(page, 'conseil');
  const personId = await personWithoutMap(page);

  await page.goto(`${DEMO_URL}/participants/${personId}/tools?tool=network-map`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mon réseau de soutien' })).toBeVisible();
  await expectNoSeriousA11yViolations();

  // The first map, drawn four months ago: three people.
  await page.getByRole('button', { name: 'Dessiner une nouvelle carte' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle carte' })).toBeVisible();
  await page.getByLabel(/^Date de la carte/).fill(isoDaysAgo(122));
  await addMember(page, { name: 'Maman', kind: 'Famille', supports: ['Émotionnel', 'Tangible'], circle: 'Cercle 1', effect: 'Un peu des deux' });
  await addMember(page, { name: 'Karim', kind: 'Ami·e', supports: ['Compagnonnage'], circle: 'Cercle 2', effect: "M'aide" });
  await addMember(page, { name: 'Oncle Gérard', kind: 'Famille', supports: [], circle: 'Cercle 3', effect: 'Me pèse' });

  // The same name twice is refused in plain words, in the dialog.
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une personne' });
  await dialog.getByLabel(/^Nom/).fill('karim');
  await dialog.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await expect(dialog.getByText('Ce nom figure déjà sur la carte')).toBeVisible();
  await expectNoSeriousA11yViolations();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  // The preview draws the three people, the one who weighs as a hatched diamond.
  const preview = page.getByRole('region', { name: 'Aperçu de la carte' }).locator('svg.network-map-drawing');
  await expect(preview.locator('g[data-member]')).toHaveCount(3);
  await expect(preview.locator('g[data-effect="weighs"] polygon')).toHaveCount(1);
  await expectNoSeriousA11yViolations();
  await page.getByRole('button', { name: 'Enregistrer la carte' }).click();
  await expect(page.getByText('Carte enregistrée.').first()).toBeVisible();

  // The saved map: its drawing, its table, its summary.
  const view = page.getByRole('region', { name: /^Ma carte du/ });
  await expect(view.getByRole('img', { name: /Carte de mon réseau de soutien du/ })).toBeVisible();
  await expect(view.locator('tbody tr')).toHaveCount(3);
  await expect(view.getByText("M'aident : 1 · Me pèsent : 1 · Un peu des deux : 1")).toBeVisible();
  await expect(view.getByText('Personne ne m\'apporte ce soutien pour l\'instant : informationnel.')).toBeVisible();
  await expectNoSeriousA11yViolations();

  // Four months later, from this map: Karim came closer and comforts me, the uncle left, a GEM joined.
  await page.getByRole('button', { name: 'Nouvelle carte à partir de celle-ci' }).click();
  await expect(page.getByRole('heading', { name: /^Nouvelle carte, à partir de celle du/ })).toBeVisible();
  await page.getByRole('button', { name: 'Modifier Karim' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier Karim' });
  await edit.getByRole('radio', { name: /^Cercle 1/ }).check();
  await edit.getByRole('checkbox', { name: /^Émotionnel/ }).check();
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await page.getByRole('button', { name: 'Retirer Oncle Gérard de la carte' }).click();
  await addMember(page, { name: 'GEM Le Lien', kind: 'Association', supports: ['Compagnonnage', 'Informationnel'], circle: 'Cercle 2', effect: "M'aide" });
  await page.getByRole('button', { name: 'Enregistrer la carte' }).click();
  await expect(page.getByText('Carte enregistrée.').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Les cartes de mon réseau, de la plus récente à la plus ancienne' }).getByRole('listitem')).toHaveCount(2);

  // Side by side, and in words.
  await page.getByRole('button', { name: 'Comparer deux cartes' }).click();
  const compare = page.getByRole('region', { name: 'Deux cartes côte à côte' });
  await expect(compare.getByRole('img', { name: /^Carte de mon réseau de soutien du/ })).toHaveCount(2);
  const changes = compare.locator('.network-map-changes');
  await expect(changes.getByText('3 → 3 personnes · m\'aident : 1 → 2 · me pèsent : 1 → 0')).toBeVisible();
  await expect(changes.getByRole('listitem').filter({ hasText: 'GEM Le Lien (association, cercle 2)' })).toBeVisible();
  await expect(changes.getByRole('listitem').filter({ hasText: 'Oncle Gérard (famille, cercle 3)' })).toBeVisible();
  await expect(changes.getByRole('listitem').filter({ hasText: 'Karim' })).toHaveText("Karim : s'est rapproché·e (cercle 2 → cercle 1) ; m'apporte maintenant : émotionnel");
  await expect(changes.getByText('1 personne sans changement.')).toBeVisible();
  // The one who joined is outlined on the right map, the one who left on the left map.
  await expect(compare.locator('g[data-member="GEM Le Lien"] circle[stroke-dasharray]')).toHaveCount(1);
  await expect(compare.locator('g[data-member="Oncle Gérard"] circle[stroke-dasharray]')).toHaveCount(1);
  await expectNoSeriousA11yViolations();

  // Printed for the person.
  await page.getByRole('button', { name: 'Fermer la comparaison' }).click();
  await page.getByRole('link', { name: 'Imprimer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon réseau de soutien' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Carte de mon réseau de soutien du/ })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(3);
  await expectNoSeriousA11yViolations();

  // The timeline says it without any name.
  await page.goto(`${DEMO_URL}/participants/${personId}/timeline`);
  await expect(page.getByText(/Carte « Mon réseau de soutien » du .* enregistrée \(3 personnes\)/).first()).toBeVisible();
  await expect(page.getByText('Karim')).toHaveCount(0);
});
