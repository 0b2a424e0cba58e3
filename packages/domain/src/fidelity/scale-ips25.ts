import type { FidelityItemId } from "./indicator.contract";
import type { FidelityScale, FidelityScaleItem, LocalizedText, ScoreAnchors, UnconfirmedValue } from "./scale";

/**
 * IPS-25 (Bond, Peterson, Becker & Drake 2012), in the words of ../shared/DOMAIN.md "Fidelity: the IPS-25 scale".
 * Anchors are only those DOMAIN.md gives (S1 and S2 in full, the score-5 meaning of the others); the remaining
 * anchors are null until someone copies them from the fidelity manual: a guessed anchor would mis-score a program.
 */
const t = (fr: string, en: string): LocalizedText => ({ fr, en });

const onlyTop = (five: LocalizedText): ScoreAnchors => ({ "1": null, "2": null, "3": null, "4": null, "5": five });

const sources = [
  {
    id: "bond-2012",
    citation:
      "Bond GR, Peterson AE, Becker DR, Drake RE. Validation of the revised Individual Placement and Support Fidelity Scale (IPS-25). Psychiatric Services 2012; 63(8): 758-763.",
    doi: "10.1176/appi.ps.201100476",
  },
  {
    id: "ips-manual",
    citation:
      "IPS Employment Center (Becker DR, Swanson SJ, Reese SL, Bond GR, McLeman BM). Supported Employment Fidelity Review Manual (IPS-25), and IPS Grow (UK) fidelity resources.",
    doi: null,
  },
  { id: "domain", citation: "Passerelle, DOMAIN.md, « Fidelity: the IPS-25 scale » (the definitions this product applies).", doi: null },
];

const fromDomain = t(
  "DOMAIN.md, « Fidelity: the IPS-25 scale », d'après l'échelle IPS-25 (Bond et al. 2012) ; à vérifier dans le manuel de revue de fidélité de l'IPS Employment Center.",
  "DOMAIN.md, \"Fidelity: the IPS-25 scale\", after the IPS-25 scale (Bond et al. 2012); to be checked against the IPS Employment Center fidelity review manual.",
);

const unconfirmed = (key: string, label: LocalizedText, value: number | null, settingKey: string | null): UnconfirmedValue => ({
  key,
  label,
  value,
  settingKey,
  origin: fromDomain,
  sourceIds: ["domain", "bond-2012", "ips-manual"],
});

/**
 * Where a program adjusts an unconfirmed value: a path in program_fidelity_settings.thresholds (the indicator
 * cut-offs of indicator-thresholds.ts, plus the exemplary band's lower bound; see fidelity-settings.ts). O3 and O5
 * have no computed indicator, so their values are the reviewers' to weigh, not a setting.
 */
export const unconfirmedSettingKeys = {
  Sv8: "Sv8.score5",
  Sv10: "Sv10.score5",
  exemplaryFrom: "band.exemplaryFrom",
} as const;

type ItemData = Omit<FidelityScaleItem, "id" | "section" | "sourceIds" | "unconfirmed"> & { unconfirmed?: UnconfirmedValue[] };

const items: Record<FidelityItemId, ItemData> = {
  S1: {
    title: t("Taille du portefeuille", "Caseload size"),
    description: t(
      "Nombre de personnes en accompagnement actif par conseiller·ère en emploi accompagné, rapporté à un équivalent temps plein. Un portefeuille réduit permet de voir souvent chaque personne et de passer du temps auprès des employeurs.",
      "Number of people actively served per employment specialist, counted per full-time equivalent. A small caseload lets the specialist see each person often and spend time with employers.",
    ),
    anchors: {
      "1": t("41 personnes ou plus par ETP", "41 or more people per FTE"),
      "2": t("31 à 40 personnes par ETP", "31-40 people per FTE"),
      "3": t("26 à 30 personnes par ETP", "26-30 people per FTE"),
      "4": t("21 à 25 personnes par ETP", "21-25 people per FTE"),
      "5": t("20 personnes actives ou moins par conseiller·ère à temps plein", "20 or fewer active people per full-time specialist"),
    },
    computability: "computed",
  },
  S2: {
    title: t("Personnel dédié à l'emploi", "Employment services staff"),
    description: t(
      "Part du temps de travail des conseiller·ère·s consacrée à l'accompagnement vers et dans l'emploi (engagement, recherche d'emploi, prospection, soutien dans l'emploi), plutôt qu'à la coordination des soins, à l'accueil de jour ou à d'autres tâches.",
      "Share of the specialists' working time spent on employment services (engagement, job search, job development, follow-along) rather than case management, day programmes or other tasks.",
    ),
    anchors: {
      "1": t("Moins de 60 % du temps", "Less than 60% of their time"),
      "2": t("60 à 74 % du temps", "60-74% of their time"),
      "3": t("75 à 89 % du temps", "75-89% of their time"),
      "4": t("90 à 95 % du temps", "90-95% of their time"),
      "5": t("96 % du temps ou plus consacré à l'emploi accompagné", "96% or more of their time on employment services"),
    },
    computability: "partial",
  },
  S3: {
    title: t("Conseiller·ère généraliste", "Vocational generalists"),
    description: t(
      "Chaque conseiller·ère assure toutes les phases de l'accompagnement des personnes qu'il ou elle suit (engagement, évaluation, conseil sur les prestations, prospection, placement, soutien au poste, suivi dans l'emploi), sans passer la personne d'un intervenant à un autre.",
      "Each specialist carries out every phase of the service for the people they support (engagement, assessment, benefits planning, job development, placement, job coaching, follow-along) instead of handing the person from one worker to another.",
    ),
    anchors: onlyTop(t("Le ou la même conseiller·ère assure toutes les phases pour une personne", "The same specialist does every phase for a person")),
    computability: "computed",
  },
  O1: {
    title: t("Intégration au soin : rattachement aux équipes", "Integration with mental health treatment through team assignment"),
    description: t(
      "Les conseiller·ère·s font partie des équipes de soin en santé mentale : chacun·e est rattaché·e à une ou deux équipes, dont proviennent la plupart des personnes de son portefeuille.",
      "Employment specialists are part of the mental health treatment teams: each is attached to one or two teams, which refer most of the people on their caseload.",
    ),
    anchors: onlyTop(
      t(
        "Conseiller·ère rattaché·e à 2 équipes de soin au plus, qui adressent au moins 90 % du portefeuille",
        "Specialist attached to 2 care teams at most, which supply at least 90% of the caseload",
      ),
    ),
    computability: "computed",
  },
  O2: {
    title: t("Intégration au soin : contacts fréquents avec l'équipe", "Integration with mental health treatment through frequent team member contact"),
    description: t(
      "Fréquence et qualité du travail avec l'équipe de soin : participation hebdomadaire aux réunions d'équipe, partage d'informations et décisions prises ensemble sur le projet professionnel de chaque personne.",
      "How often and how closely specialists work with the treatment team: weekly team meetings, shared information and decisions taken together about each person's employment goals.",
    ),
    anchors: onlyTop(t("Réunions hebdomadaires avec l'équipe de soin, décisions partagées", "Weekly meetings with the care team, shared decisions")),
    computability: "partial",
  },
  O3: {
    title: t(
      "Collaboration avec le service public de l'emploi et de la réadaptation",
      "Collaboration between employment specialists and vocational rehabilitation counselors",
    ),
    description: t(
      "Comment le programme travaille avec les services publics de l'emploi et de la réadaptation professionnelle (en France : France Travail, Cap emploi) : rencontres programmées, situations suivies ensemble, orientations dans les deux sens.",
      "How the program works with the public employment and vocational rehabilitation services: scheduled meetings, people followed together, referrals in both directions.",
    ),
    anchors: onlyTop(t("Rencontres régulières et programmées", "Regular scheduled meetings")),
    computability: "partial",
    unconfirmed: [
      unconfirmed("O3.scheduledMeetings", t("Rencontres régulières et programmées (sens du score 5)", "Regular scheduled meetings (meaning of score 5)"), null, null),
    ],
  },
  O4: {
    title: t("Unité emploi", "Vocational unit"),
    description: t(
      "Les conseiller·ère·s forment une unité d'au moins deux personnes avec un·e responsable, se réunissent chaque semaine pour une supervision de groupe centrée sur les personnes, partagent les pistes d'emploi et se remplacent.",
      "Specialists form a unit of at least two with a leader, meet weekly for client-based group supervision, share job leads and cover for one another.",
    ),
    anchors: onlyTop(
      t("Au moins 2 conseiller·ère·s et un·e responsable, supervision de groupe hebdomadaire", "At least 2 specialists and a leader, weekly group supervision"),
    ),
    computability: "partial",
  },
  O5: {
    title: t("Rôle du ou de la responsable de l'équipe emploi", "Role of employment supervisor"),
    description: t(
      "Ce que fait le ou la responsable de l'unité : encadrer un petit nombre de conseiller·ère·s, animer la supervision hebdomadaire, accompagner sur le terrain, revoir les résultats en emploi avec l'équipe au moins chaque trimestre et fixer des objectifs pour les améliorer.",
      "What the unit's leader does: supervises a small number of specialists, leads the weekly supervision, mentors in the field, reviews the employment outcomes with the team at least quarterly and sets goals to improve them.",
    ),
    anchors: onlyTop(
      t(
        "Résultats revus au moins chaque trimestre ; accompagnement sur le terrain (10 conseiller·ère·s au plus par responsable)",
        "Outcomes reviewed at least quarterly; field mentoring (10 specialists or fewer per supervisor)",
      ),
    ),
    computability: "partial",
    unconfirmed: [
      unconfirmed(
        "O5.maxSpecialistsPerSupervisor",
        t("10 conseiller·ère·s au plus par responsable", "10 specialists or fewer per supervisor"),
        10,
        null,
      ),
    ],
  },
  O6: {
    title: t("Zéro exclusion", "Zero exclusion criteria"),
    description: t(
      "Toute personne qui veut travailler peut entrer dans le programme, sans exclusion pour « manque de préparation », consommation de produits, symptômes, antécédents de violence ou troubles cognitifs ; l'établissement encourage les orientations.",
      "Everyone who wants to work may enter the program, with no exclusion for not being \"ready\", substance use, symptoms, history of violence or cognitive impairment; the agency encourages referrals.",
    ),
    anchors: onlyTop(
      t("Aucune orientation refusée pour manque de préparation ou raison clinique", "No referral refused on readiness or clinical grounds"),
    ),
    computability: "partial",
  },
  O7: {
    title: t("Priorité de l'établissement à l'emploi en milieu ordinaire", "Agency focus on competitive employment"),
    description: t(
      "Comment l'établissement promeut le travail en milieu ordinaire : demander à chaque personne si elle souhaite travailler dès l'accueil, montrer l'emploi dans ses documents et ses locaux, faire connaître les réussites, mesurer le taux d'emploi.",
      "How the host organisation promotes competitive work: asking each person about work at intake, showing employment in its documents and premises, sharing success stories, measuring the employment rate.",
    ),
    anchors: onlyTop(t("Plusieurs stratégies de l'établissement en faveur de l'emploi", "Several agency strategies for competitive employment")),
    computability: "reviewer",
  },
  O8: {
    title: t("Soutien de la direction à l'emploi accompagné", "Executive team support for supported employment"),
    description: t(
      "La direction connaît les principes de l'IPS, participe à l'amélioration de la qualité, soutient le programme dans ses plans et son budget et rencontre régulièrement l'équipe.",
      "The leadership knows the IPS principles, takes part in quality improvement, supports the program in its plans and budget and meets the team regularly.",
    ),
    anchors: onlyTop(t("Plusieurs éléments de soutien de la direction", "Several leadership elements")),
    computability: "reviewer",
  },
  Sv1: {
    title: t("Conseil sur les prestations et les incitations au travail", "Work incentives planning"),
    description: t(
      "Chaque personne se voit proposer un conseil complet et individualisé sur l'effet du travail sur ses prestations (AAH, prime d'activité…) avant de commencer un emploi et à chaque changement d'heures, de salaire ou de prestations.",
      "Everyone is offered comprehensive, individual advice on how work affects their benefits before starting a job and whenever hours, wages or benefits change.",
    ),
    anchors: onlyTop(
      t(
        "Conseil sur les prestations proposé à tous avant la prise de poste et à chaque changement",
        "Everyone offered benefits planning before a job starts and at changes",
      ),
    ),
    computability: "computed",
  },
  Sv2: {
    title: t("Révélation du handicap", "Disclosure"),
    description: t(
      "Les conseiller·ère·s donnent une information exacte et aident chaque personne à choisir en connaissance de cause ce qu'elle dit de son handicap à l'employeur, en en parlant plus d'une fois.",
      "Specialists give accurate information and help each person make an informed choice about what the employer is told about their condition, discussing it more than once.",
    ),
    anchors: onlyTop(t("Choix éclairé de ce qui est dit à l'employeur", "Informed choice about what the employer is told")),
    computability: "partial",
  },
  Sv3: {
    title: t("Évaluation continue en situation de travail", "Ongoing, work-based vocational assessment"),
    description: t(
      "Le profil professionnel se construit à partir des expériences réelles d'emploi et se met à jour à chacune, plutôt qu'à partir de tests, de travail protégé ou d'évaluations préalables.",
      "The vocational profile is built from real job experiences and updated with each one, rather than from tests, sheltered work or prevocational assessment.",
    ),
    anchors: onlyTop(t("Profil mis à jour à partir des emplois réels, sans batterie de tests", "Profile updated from real jobs, no test battery")),
    computability: "partial",
  },
  Sv4: {
    title: t("Recherche d'emploi rapide", "Rapid search for competitive job"),
    description: t(
      "Délai entre l'entrée dans le programme et le premier contact en face à face avec un employeur pour un emploi en milieu ordinaire, par la personne ou par le ou la conseiller·ère pour elle.",
      "Time from entry into the program to the first face-to-face contact with an employer about a competitive job, by the person or by the specialist on their behalf.",
    ),
    anchors: onlyTop(
      t(
        "Premier contact employeur en face à face dans les 30 jours suivant l'entrée, en moyenne",
        "First face-to-face employer contact within 30 days of entry, on average",
      ),
    ),
    computability: "computed",
  },
  Sv5: {
    title: t("Recherche d'emploi individualisée", "Individualized job search"),
    description: t(
      "Les contacts employeurs suivent les préférences, les forces, l'expérience et les besoins de la personne plutôt que les emplois les plus faciles à trouver.",
      "Employer contacts follow the person's preferences, strengths, experience and needs rather than the jobs easiest to find.",
    ),
    anchors: onlyTop(t("Les contacts employeurs suivent les préférences de la personne", "Employer contacts follow the person's preferences")),
    computability: "partial",
  },
  Sv6: {
    title: t("Prospection : contacts fréquents avec les employeurs", "Job development: frequent employer contact"),
    description: t(
      "Nombre de contacts en face à face avec des employeurs par conseiller·ère et par semaine, pour une personne du portefeuille ou pour construire la relation, tracés au fil de la semaine.",
      "Number of face-to-face employer contacts each specialist makes per week, for a person on the caseload or to build the relationship, logged as the week goes.",
    ),
    anchors: onlyTop(
      t("6 contacts employeurs en face à face ou plus par conseiller·ère et par semaine", "6 or more face-to-face employer contacts per specialist per week"),
    ),
    computability: "computed",
  },
  Sv7: {
    title: t("Prospection : qualité du contact employeur", "Job development: quality of employer contact"),
    description: t(
      "Les conseiller·ère·s construisent la relation avec les employeurs par des visites répétées et préparées, pour connaître leurs besoins et ce que le poste peut offrir, et proposer des personnes qui y correspondent.",
      "Specialists build relationships with employers through repeated planned visits, learning their needs and what the workplace offers, and proposing people who fit.",
    ),
    anchors: onlyTop(
      t("Visites répétées et préparées pour connaître les besoins de l'employeur", "Repeated planned visits to learn the employer's needs"),
    ),
    computability: "partial",
  },
  Sv8: {
    title: t("Diversité des types d'emploi", "Diversity of job types"),
    description: t(
      "Part des emplois obtenus sur la période qui relèvent de métiers différents : la recherche suit chaque personne plutôt que quelques types de postes.",
      "Share of the jobs obtained over the period that are of different occupations: the search follows each person rather than a few kinds of job.",
    ),
    anchors: onlyTop(t("85 à 100 % des emplois de types différents", "85-100% of jobs of different types")),
    computability: "computed",
    unconfirmed: [
      unconfirmed("Sv8.score5", t("85 % des emplois de types différents", "85% of jobs of different types"), 0.85, unconfirmedSettingKeys.Sv8),
    ],
  },
  Sv9: {
    title: t("Diversité des employeurs", "Diversity of employers"),
    description: t(
      "Part des emplois obtenus qui le sont chez des employeurs différents, plutôt que concentrés chez quelques employeurs.",
      "Share of the jobs obtained that are with different employers rather than concentrated on a few.",
    ),
    anchors: onlyTop(t("85 à 100 % des emplois chez des employeurs différents", "85-100% of jobs with different employers")),
    computability: "computed",
  },
  Sv10: {
    title: t("Emplois en milieu ordinaire", "Competitive jobs"),
    description: t(
      "Part des emplois qui sont en milieu ordinaire : sur le marché du travail ouvert à tous, payés au moins au salaire minimum, non réservés aux personnes handicapées (pas en ESAT) et non limités dans le temps par le programme.",
      "Share of the jobs that are competitive: in the open labour market, paid at least the minimum wage, not set aside for people with disabilities and not time-limited by the program.",
    ),
    anchors: onlyTop(t("95 % des emplois ou plus en milieu ordinaire", "95% or more of jobs competitive")),
    computability: "computed",
    unconfirmed: [unconfirmed("Sv10.score5", t("95 % des emplois en milieu ordinaire", "95% of jobs competitive"), 0.95, unconfirmedSettingKeys.Sv10)],
  },
  Sv11: {
    title: t("Soutien individualisé dans l'emploi", "Individualized follow-along supports"),
    description: t(
      "Le soutien après la prise de poste est adapté à la personne et à l'emploi : soutiens variés (accompagnement, transport, aide de l'entourage et de l'équipe de soin), soutien à l'employeur si la personne le souhaite, aide pour évoluer vers un meilleur emploi.",
      "Support after a job starts fits the person and the job: varied supports (coaching, transport, help from close ones and the care team), support to the employer at the person's request, help to move to a better job.",
    ),
    anchors: onlyTop(t("Soutiens variés, soutien à l'employeur à la demande", "Varied supports, employer support on request")),
    computability: "partial",
  },
  Sv12: {
    title: t("Soutien dans l'emploi sans limite de durée", "Time-unlimited follow-along supports"),
    description: t(
      "Le ou la conseiller·ère rencontre la personne peu après la prise de poste et peu après la fin d'un emploi, et la soutient aussi longtemps que nécessaire, en général environ un an, avant un passage de relais progressif.",
      "The specialist meets the person soon after a job starts and soon after a job ends, and supports them as long as needed, typically about a year, before a gradual transition.",
    ),
    anchors: onlyTop(
      t(
        "Contact en personne peu après le début et la fin d'un emploi, soutien pendant environ un an",
        "In-person contact soon after a job starts and after a job ends, support for about a year",
      ),
    ),
    computability: "computed",
  },
  Sv13: {
    title: t("Accompagnement dans la cité", "Community-based services"),
    description: t(
      "Part du temps des conseiller·ère·s passée hors du bureau, dans la cité : chez les employeurs, au domicile de la personne, dans les lieux publics.",
      "Share of the specialists' time spent outside the office, in the community: at employers, at the person's home, in public places.",
    ),
    anchors: onlyTop(t("65 % du temps ou plus dans la cité", "65% or more of specialist time in the community")),
    computability: "computed",
  },
  Sv14: {
    title: t("Engagement actif et aller-vers", "Assertive engagement and outreach by integrated treatment team"),
    description: t(
      "L'équipe va vers les personnes qui ne viennent plus (visites, appels, courriers, équipe de soin, proches) pendant une période suffisante au lieu de clore le dossier pour rendez-vous manqués, et trace ces démarches.",
      "The team reaches out to people who stop coming (visits, calls, letters, the care team, close ones) over a sustained period instead of closing the file for missed appointments, and documents the attempts.",
    ),
    anchors: onlyTop(
      t("Aucune clôture pour rendez-vous manqués ; démarches d'aller-vers tracées", "No closure for missed appointments; outreach documented"),
    ),
    computability: "partial",
  },
};

const sectionTitles = {
  staffing: t("Personnel", "Staffing"),
  organization: t("Organisation", "Organization"),
  services: t("Services", "Services"),
} as const;

const sectionFor = (id: string) => (id.startsWith("Sv") ? "services" : id.startsWith("O") ? "organization" : "staffing");

const scaleItems: FidelityScaleItem[] = (Object.keys(items) as FidelityItemId[]).map((id) => {
  const { unconfirmed: values, ...rest } = items[id];
  return { id, section: sectionFor(id), ...rest, unconfirmed: values ?? [], sourceIds: ["bond-2012", "ips-manual", "domain"] };
});

export const ips25Scale: FidelityScale = {
  version: "ips-25/2012-fr-1",
  name: "IPS-25",
  maxScore: 125,
  sections: (["staffing", "organization", "services"] as const).map((id) => ({
    id,
    title: sectionTitles[id],
    itemIds: scaleItems.filter((item) => item.section === id).map((item) => item.id),
  })),
  items: scaleItems,
  bands: [
    { band: "exemplary", from: 115, to: 125, unconfirmed: true },
    { band: "good", from: 100, to: 114, unconfirmed: false },
    { band: "fair", from: 74, to: 99, unconfirmed: false },
    { band: "not_ips", from: 25, to: 73, unconfirmed: false },
  ],
  bandsUnconfirmed: [
    unconfirmed("band.exemplaryFrom", t("Niveau exemplaire à partir de 115", "Exemplary from 115"), 115, unconfirmedSettingKeys.exemplaryFrom),
  ],
  sources,
};
