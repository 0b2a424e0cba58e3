import type { Locale, OutcomeFigureKey } from "@passerelle/domain";

type Words = Record<Locale, string>;

/** The figures' names in the export, in the words of the field (taux d'emploi, conseiller·ère, fin d'emploi...). */
export const figureLabels: Record<OutcomeFigureKey, Words> = {
  activeCaseload: { fr: "File active", en: "Active caseload" },
  competitiveEmploymentRate: { fr: "Taux d'emploi en milieu ordinaire (définition US, %)", en: "Competitive employment rate (US definition, %)" },
  ukEmploymentRate: { fr: "Taux d'accès à l'emploi des personnes sans emploi à l'entrée (IPS Grow 2024, %)", en: "Employment rate of people out of work at entry (IPS Grow 2024, %)" },
  supportedIntoWork: { fr: "Personnes accompagnées vers l'emploi (premier emploi, 4 h ou plus)", en: "People supported into work (first job, 4+ hours)" },
  jobStarts: { fr: "Prises de poste", en: "Job starts" },
  daysToFirstEmployerContact: { fr: "Jours jusqu'au premier contact employeur en face à face (médiane)", en: "Days to first face-to-face employer contact (median)" },
  daysToFirstJob: { fr: "Jours jusqu'au premier emploi (médiane)", en: "Days to first job (median)" },
  jobTenureDays: { fr: "Durée des emplois terminés, en jours (médiane)", en: "Tenure of ended jobs, in days (median)" },
  retained90Days: { fr: "Emplois tenus 90 jours (%)", en: "Jobs retained 90 days (%)" },
  retained6Months: { fr: "Emplois tenus 6 mois (%)", en: "Jobs retained 6 months (%)" },
  hoursPerWeek: { fr: "Heures par semaine (médiane)", en: "Hours per week (median)" },
  hourlyWage: { fr: "Salaire horaire brut en euros (médiane)", en: "Gross hourly wage in euros (median)" },
  jobEndings: { fr: "Fins d'emploi", en: "Job endings" },
  jobEndingsByReason: { fr: "Fins d'emploi", en: "Job endings" },
  referralsReceived: { fr: "Orientations reçues", en: "Referrals received" },
  referralsAccepted: { fr: "Orientations acceptées", en: "Referrals accepted" },
  referralsDeclined: { fr: "Orientations déclinées", en: "Referrals declined" },
  referralsDeclinedByReason: { fr: "Orientations déclinées", en: "Referrals declined" },
  entries: { fr: "Entrées dans l'accompagnement", en: "Entries" },
  closures: { fr: "Sorties de l'accompagnement", en: "Closures" },
  closuresByReason: { fr: "Sorties", en: "Closures" },
  employerContactsFaceToFace: { fr: "Contacts employeurs en face à face", en: "Face-to-face employer contacts" },
  employerContactsPerSpecialistPerWeek: {
    fr: "Contacts employeurs en face à face par conseiller·ère et par semaine",
    en: "Face-to-face employer contacts per specialist per week",
  },
  employerContactsBySpecialist: { fr: "Contacts employeurs par conseiller·ère", en: "Employer contacts per specialist" },
};

export const reasonLabels: Record<string, Words> = {
  resigned: { fr: "démission", en: "resigned" },
  dismissed: { fr: "licenciement", en: "dismissed" },
  end_of_contract: { fr: "fin de contrat", en: "end of contract" },
  laid_off: { fr: "licenciement économique", en: "laid off" },
  other: { fr: "autre", en: "other" },
  not_wanting_support_now: { fr: "ne souhaite pas d'accompagnement maintenant", en: "does not want support now" },
  unreachable_after_outreach: { fr: "injoignable malgré les relances", en: "unreachable after outreach" },
  chose_to_stop: { fr: "a choisi d'arrêter", en: "chose to stop" },
  no_longer_wants_support: { fr: "ne souhaite plus d'accompagnement", en: "no longer wants support" },
  moved_away: { fr: "a déménagé", en: "moved away" },
  transferred: { fr: "orienté·e vers un autre service", en: "transferred" },
  deceased: { fr: "décès", en: "deceased" },
  unknown: { fr: "motif non renseigné", en: "reason not recorded" },
};

export const exportWords: Record<Locale, { figures: string; trends: string; figureHeaders: string[]; trendHeaders: string[] }> = {
  fr: {
    figures: "Résultats",
    trends: "Tendances",
    figureHeaders: ["Indicateur", "Valeur", "n", "Numérateur", "Dénominateur", "Repère"],
    trendHeaders: ["Trimestre", "Du", "Au", "File active", "Taux d'emploi en milieu ordinaire (%)", "Taux IPS Grow 2024 (%)", "Accompagnées vers l'emploi", "Prises de poste"],
  },
  en: {
    figures: "Outcomes",
    trends: "Trends",
    figureHeaders: ["Figure", "Value", "n", "Numerator", "Denominator", "Benchmark"],
    trendHeaders: ["Quarter", "From", "To", "Active caseload", "Competitive employment rate (%)", "IPS Grow 2024 rate (%)", "Supported into work", "Job starts"],
  },
};
