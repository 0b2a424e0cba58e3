import { DEMO_URL, expect, test, signInToDemo } from './fixtures';

// Issue 4's story, end to end on the demo installation, one browser context per person: soin@ (a clinician of the
// CMP) sends a referral with the person's consent; coordination@ (team lead) accepts it for Samuel (conseil@);
// Samuel meets the person and puts them on the next weekly meeting's agenda; at the meeting he records a private
// note and a decision; soin@ then reads the decision, on the meeting and on the person's shared record, and never
// the private note. Named to run after meetings.spec.ts, whose history count this spec's meeting would change.

test('referral, acceptance, first meeting, weekly meeting, a decision the care team sees without the private note', async ({
  browser,
  expectNoSeriousA11yViolations,
}) => {
  // Four people, four sessions and an axe check on each page: longer than one page's default 30 s.
  test.setTimeout(120_000);
  const lastName = `Parcours${Date.now()}`;
  const fullName = `Rose ${lastName}`;
  const privateNote = 'Note privée : dettes de loyer évoquées, à ne pas partager.';
  const decision = 'Premier entretien d’embauche visé avant la fin du mois ; le CMP ajuste les rendez-vous.';

  // 1. The clinician sends the referral, with the person's wish in her own words and her consent to share.
  const clinician = await (await browser.newContext()).newPage();
  await signInToDemo(clinician, 'soin');
  await clinician.goto(`${DEMO_URL}/referrals/new`);
  await clinician.getByLabel(/^Prénom/).fill('Rose');
  await clinician.getByLabel(/^Nom/).fill(lastName);
  await clinician.getByLabel('Son souhait de travailler, avec ses mots').fill('Je veux retravailler, dans une boulangerie si possible.');
  await clinician.getByLabel(/La personne accepte que l'équipe emploi/).check();
  await clinician.getByRole('button', { name: "Envoyer l'orientation" }).click();
  await expect(clinician.getByRole('heading', { level: 1, name: `Orientation de ${fullName}` })).toBeVisible();
  const referralUrl = clinician.url();
  await expectNoSeriousA11yViolations(clinician);

  // 2. The team lead accepts it: the person joins Samuel's caseload.
  const lead = await (await browser.newContext()).newPage();
  await signInToDemo(lead, 'coordination');
  await lead.goto(referralUrl);
  await lead.getByLabel('Conseiller·ère emploi accompagné').selectOption({ label: 'Samuel Conseiller' });
  await lead.getByRole('button', { name: 'Accepter et créer la fiche' }).click();
  await expect(lead.getByText(/Acceptée le .*, accompagnée par Samuel Conseiller/)).toBeVisible();
  await expectNoSeriousA11yViolations(lead);
  await lead.getByRole('link', { name: `Ouvrir la fiche de ${fullName}` }).click();
  await expect(lead.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  const participantUrl = lead.url().replace(/\/(summary|contacts)$/, '');

  // 3. The specialist meets the person, then puts them on the next meeting's agenda.
  const specialist = await (await browser.newContext()).newPage();
  await signInToDemo(specialist, 'conseil');
  await specialist.goto(`${participantUrl}/contacts`);
  const form = specialist.getByRole('region', { name: 'Noter un contact' });
  await form.getByRole('radiogroup', { name: 'Type de contact' }).getByText('En présence').click();
  await form.getByLabel("Étape de l'accompagnement").selectOption({ label: 'Profil professionnel' });
  await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(form.getByRole('status')).toHaveText('Contact enregistré.');
  await specialist.goto(participantUrl);
  await specialist.getByRole('button', { name: "Mettre à l'ordre du jour" }).click();
  await specialist.getByLabel('Pourquoi en parler ?').fill('Premier entretien fait : caler le rythme avec le CMP.');
  await specialist.getByRole('button', { name: 'Signaler' }).click();
  await expect(specialist.getByText('La personne figurera à l\'ordre du jour de la prochaine réunion.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(specialist);

  // 4. The weekly meeting: the agenda shows the person; a private note and a decision are recorded.
  await specialist.goto(`${DEMO_URL}/meetings`);
  await specialist.getByRole('button', { name: 'Créer la réunion' }).click();
  await expect(specialist.getByRole('heading', { level: 1, name: /^Réunion du / })).toBeVisible();
  const meetingUrl = specialist.url();
  const agenda = specialist.getByRole('region', { name: 'Ordre du jour' });
  const flagged = agenda.getByRole('region', { name: /Signalées par l'équipe/ });
  await expect(flagged).toContainText(fullName);
  await expectNoSeriousA11yViolations(specialist);
  await flagged.getByRole('button', { name: `Évoquer ${fullName} pendant la réunion` }).click();
  const card = specialist.getByRole('region', { name: fullName });
  await card.getByLabel('Notes', { exact: true }).fill(privateNote);
  await card.getByLabel('Décisions', { exact: true }).fill(decision);
  await expect(card.getByRole('switch', { name: 'Partagé avec l\'équipe de soin' }).or(card.getByRole('checkbox', { name: 'Partagé avec l\'équipe de soin' }))).not.toBeChecked();
  await specialist.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
  await expect(specialist.getByText('Modifications enregistrées.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(specialist);

  // 5. The clinician reads the decision, never the private note: on the meeting and on the shared record.
  await clinician.goto(meetingUrl);
  await expect(clinician.getByText(/^Vue équipe de soin/)).toBeVisible();
  await expect(clinician.getByText(decision)).toBeVisible();
  await expect(clinician.getByText(privateNote)).toHaveCount(0);
  await expect(clinician.getByRole('region', { name: 'Ordre du jour' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(clinician);
  await clinician.goto(`${participantUrl}/shared-record`);
  await expect(clinician.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(clinician.getByText(decision)).toBeVisible();
  await expect(clinician.getByText(privateNote)).toHaveCount(0);
  await expectNoSeriousA11yViolations(clinician);
});
