import { isMonthKey } from "./months";

/**
 * Every sentence the benefits simulation says to a person (warnings, assumptions, the calendar of changes) comes
 * from this catalog, keyed by a stable code, in French and English. The simulation answers in French by default
 * and also returns the code and its parameters, so the server can render the same message in the reader's
 * language with `renderBenefitsMessage`. The text is written for a participant and their job coach: plain words,
 * no formula, the legal source where it matters.
 */

export type BenefitsLocale = "fr" | "en";

/** How a message parameter is shown: an amount in euros, a month, a list of months, a plain number or text. */
type ParamKind = "money" | "month" | "months" | "number" | "percent" | "text";

type CatalogEntry = { fr: string; en: string; params: Record<string, ParamKind> };

export const benefitsMessageCatalog = {
  // --- warnings: where the rules bite ---
  ppa_aah_cliff_below: {
    fr: "Avec un salaire inférieur à {threshold} par mois ({factor} fois le SMIC horaire brut), l'AAH compte comme une ressource et réduit la prime d'activité presque euro pour euro. Au-dessus de ce seuil, elle compte comme un revenu d'activité : la prime d'activité serait plus élevée d'environ {gain} par mois. Mois concernés : {months}.",
    en: "With a salary below {threshold} a month ({factor} times the gross hourly minimum wage), AAH counts as other income and cuts the prime d'activité almost euro for euro. Above that threshold it counts as earned income: the prime d'activité would be about {gain} a month higher. Months concerned: {months}.",
    params: { threshold: "money", factor: "number", gain: "money", months: "months" },
  },
  ppa_aah_cliff_near: {
    fr: "Le salaire dépasse de peu {threshold} par mois ({factor} fois le SMIC horaire brut). S'il passait en dessous (moins d'heures, absence non payée), l'AAH ne compterait plus comme un revenu d'activité et la prime d'activité baisserait d'environ {loss} par mois. Mois concernés : {months}.",
    en: "The salary is only just above {threshold} a month ({factor} times the gross hourly minimum wage). If it fell below (fewer hours, unpaid leave), AAH would stop counting as earned income and the prime d'activité would drop by about {loss} a month. Months concerned: {months}.",
    params: { threshold: "money", factor: "number", loss: "money", months: "months" },
  },
  rsdae_review_risk: {
    fr: "Avec un taux d'incapacité de 50 à 79 %, l'AAH repose sur la restriction substantielle et durable pour l'accès à l'emploi (RSDAE) reconnue par la CDAPH. Travailler à mi-temps ou plus ({hours} heures par semaine ou plus) peut conduire la CDAPH à réexaminer la RSDAE, et donc tout le droit à l'AAH. C'est un risque de décision, pas un calcul : les montants ci-dessus supposent que l'AAH est maintenue. Mois concernés : {months}.",
    en: "With an incapacity rate of 50-79%, AAH rests on the substantial and lasting restriction in access to employment (RSDAE) recognised by the CDAPH. Working half-time or more ({hours} hours a week or more) can lead the CDAPH to review the RSDAE, and so the whole AAH entitlement. This is a decision risk, not a calculation: the amounts above assume AAH is kept. Months concerned: {months}.",
    params: { hours: "number", months: "months" },
  },
  rsdae_review_risk_estimated: {
    fr: "Avec un taux d'incapacité de 50 à 79 %, l'AAH repose sur la restriction substantielle et durable pour l'accès à l'emploi (RSDAE) reconnue par la CDAPH. Le salaire saisi correspond à au moins un mi-temps payé au SMIC ({hours} heures par semaine) : travailler à mi-temps ou plus peut conduire la CDAPH à réexaminer la RSDAE, et donc tout le droit à l'AAH. C'est un risque de décision, pas un calcul. Mois concernés : {months}.",
    en: "With an incapacity rate of 50-79%, AAH rests on the substantial and lasting restriction in access to employment (RSDAE) recognised by the CDAPH. The salary entered is at least what half-time work at the minimum wage pays ({hours} hours a week): working half-time or more can lead the CDAPH to review the RSDAE, and so the whole AAH entitlement. This is a decision risk, not a calculation. Months concerned: {months}.",
    params: { hours: "number", months: "months" },
  },
  mva_loss: {
    fr: "La majoration pour la vie autonome ({amount} par mois, versée avec l'AAH aux locataires qui touchent une aide au logement) s'arrête dès qu'il y a un revenu d'activité. Elle n'est pas comptée dans ce calcul.",
    en: "The independent living supplement (MVA, {amount} a month, paid with AAH to tenants who receive housing benefit) stops as soon as there is any earned income. It is not included in this calculation.",
    params: { amount: "money" },
  },
  aah_hospitalisation: {
    fr: "En cas d'hospitalisation (y compris en psychiatrie) de plus de 60 jours, l'AAH est réduite à {share} de son montant à partir du 61e jour (CSS, art. R821-8). Ce calcul suppose qu'il n'y en a pas.",
    en: "After more than 60 days in hospital (psychiatric stays included), AAH is cut to {share} of its amount from day 61 (CSS art. R821-8). This calculation assumes no such stay.",
    params: { share: "percent" },
  },
  aah_cumulation: {
    fr: "Cumul intégral à la reprise d'activité : les salaires perçus entre {start} et {end} ne sont pas comptés pour l'AAH (six mois au plus par période de douze mois). L'AAH baisse ensuite dès {drop}, quand les salaires comptés entrent dans les trois mois de référence. Source : {source}.",
    en: "Full cumulation on return to work: salaries from {start} to {end} are not counted for AAH (six months at most in any twelve). AAH then falls from {drop}, when counted salaries enter the three reference months. Source: {source}.",
    params: { start: "month", end: "month", drop: "month", source: "text" },
  },
  aah_cumulation_beyond: {
    fr: "Cumul intégral à la reprise d'activité : les salaires perçus entre {start} et {end} ne sont pas comptés pour l'AAH (six mois au plus par période de douze mois). Si l'emploi continue après la période simulée, l'AAH baissera dès {drop}, quand les salaires comptés entreront dans les trois mois de référence. Source : {source}.",
    en: "Full cumulation on return to work: salaries from {start} to {end} are not counted for AAH (six months at most in any twelve). If the job goes on after the simulated period, AAH will fall from {drop}, when counted salaries enter the three reference months. Source: {source}.",
    params: { start: "month", end: "month", drop: "month", source: "text" },
  },
  aah_cumulation_whole_job: {
    fr: "Cumul intégral à la reprise d'activité : les salaires perçus entre {start} et {end} ne sont pas comptés pour l'AAH (six mois au plus par période de douze mois) ; l'emploi s'arrête avant la fin du cumul, l'AAH n'est donc pas réduite par ce salaire. Source : {source}.",
    en: "Full cumulation on return to work: salaries from {start} to {end} are not counted for AAH (six months at most in any twelve); the job stops before the cumulation ends, so this salary does not reduce AAH. Source: {source}.",
    params: { start: "month", end: "month", source: "text" },
  },
  aah_not_eligible_rate: {
    fr: "Avec un taux d'incapacité inférieur à 50 %, l'AAH n'est pas due : le calcul ne porte que sur la prime d'activité.",
    en: "With an incapacity rate below 50%, AAH is not due: only the prime d'activité is calculated.",
    params: {},
  },
  aah_not_eligible_rsdae: {
    fr: "Avec un taux d'incapacité de 50 à 79 %, l'AAH n'est due que si la CDAPH reconnaît une restriction substantielle et durable pour l'accès à l'emploi (RSDAE). Sans elle, le calcul ne compte pas d'AAH.",
    en: "With an incapacity rate of 50-79%, AAH is only due if the CDAPH recognises a substantial and lasting restriction in access to employment (RSDAE). Without it, no AAH is counted.",
    params: {},
  },
  aah_not_eligible_age: {
    fr: "Selon l'âge, l'AAH n'est pas due certains mois (moins de {minAge} ans, ou âge légal de départ en retraite atteint avec un taux de 50 à 79 %). Mois concernés : {months}.",
    en: "Because of age, AAH is not due in some months (under {minAge}, or legal retirement age reached with a 50-79% rate). Months concerned: {months}.",
    params: { minAge: "number", months: "months" },
  },
  ppa_below_minimum: {
    fr: "La prime d'activité calculée est inférieure à {minimum} par mois : elle n'est pas versée. Mois concernés : {months}.",
    en: "The prime d'activité works out below {minimum} a month, so it is not paid. Months concerned: {months}.",
    params: { minimum: "money", months: "months" },
  },

  // --- assumptions: what the calculation takes for granted ---
  assumption_openfisca: {
    fr: "AAH et prime d'activité sont calculées comme dans OpenFisca-France (variables aah et ppa) : montants dus pour chaque mois, prime d'activité avant CRDS ; la prime d'activité nette retire la CRDS de {crds}.",
    en: "AAH and the prime d'activité are calculated as in OpenFisca-France (variables aah and ppa): amounts due for each month, prime d'activité before CRDS; the net prime d'activité deducts the {crds} CRDS.",
    params: { crds: "percent" },
  },
  assumption_single_person: {
    fr: "Personne seule, sans enfant à charge : les revenus d'un conjoint et la composition du foyer ne sont pas pris en compte (l'AAH ne dépend plus des revenus du conjoint depuis octobre 2023, mais la prime d'activité, si).",
    en: "Single person without dependent children: a partner's income and the household make-up are not taken into account (AAH no longer depends on a partner's income since October 2023, but the prime d'activité does).",
    params: {},
  },
  assumption_sliding_quarter: {
    fr: "Chaque mois, l'AAH d'une personne qui travaille et la prime d'activité sont calculées sur les trois mois précédents, comme dans OpenFisca. En pratique, la CAF ou la MSA fixe les montants pour trois mois après chaque déclaration trimestrielle de ressources : les changements arrivent par paliers, avec un décalage.",
    en: "Each month, the AAH of a person in work and the prime d'activité are calculated on the three previous months, as in OpenFisca. In practice the CAF or MSA sets the amounts for three months after each quarterly declaration of income: changes come in steps, with a delay.",
    params: {},
  },
  assumption_annual_n_minus_2: {
    fr: "Les mois sans salaire, l'AAH est calculée sur les revenus de l'année N-2 (salaires après abattements, réduits encore de {cessation} pour cessation d'activité, et pensions).",
    en: "In months without salary, AAH is calculated on income from year N-2 (salaries after the allowances, cut by a further {cessation} for having stopped work, plus pensions).",
    params: { cessation: "percent" },
  },
  assumption_net_salary: {
    fr: "Le salaire net saisi sert partout, là où la CAF retient le net imposable pour l'AAH : l'AAH peut être surestimée d'environ 1,7 % du salaire brut au-delà de 30 % du SMIC.",
    en: "The net salary entered is used throughout, where the CAF uses taxable net salary for AAH: AAH may be overstated by about 1.7% of the gross salary above 30% of the minimum wage.",
    params: {},
  },
  assumption_missing_months: {
    fr: "Un mois absent d'une série (salaires, pension, chômage, aide au logement) compte pour 0.",
    en: "A month missing from a series (salaries, pension, unemployment benefit, housing benefit) counts as 0.",
    params: {},
  },
  assumption_age_from_age: {
    fr: "Seul l'âge est connu : il est pris comme l'âge au premier mois simulé ({month}), avec un anniversaire ce mois-là. Une date de naissance rend les mois proches de 18 ou 20 ans exacts.",
    en: "Only the age is known: it is taken as the age in the first simulated month ({month}), with a birthday that month. A birth date makes months close to 18 or 20 exact.",
    params: { month: "month" },
  },
  assumption_pension: {
    fr: "La pension saisie est traitée comme une pension d'invalidité ou de retraite : elle compte entièrement dans les ressources de l'AAH et de la prime d'activité, et l'AAH ne peut pas dépasser le montant de l'AAH moins cette pension.",
    en: "The pension entered is treated as an invalidity or retirement pension: it counts in full in the income for AAH and the prime d'activité, and AAH cannot exceed the full AAH amount minus the pension.",
    params: {},
  },
  assumption_unemployment: {
    fr: "L'allocation chômage compte comme une ressource pour la prime d'activité ; pour l'AAH d'une personne qui travaille, elle est traitée comme un revenu d'activité (abattements compris), comme dans OpenFisca.",
    en: "Unemployment benefit counts as other income for the prime d'activité; for the AAH of a person in work it is treated as earned income (allowances included), as in OpenFisca.",
    params: {},
  },
  assumption_housing: {
    fr: "Logement : locataire (forfait logement égal à l'aide au logement saisie, dans la limite de {forfait} par mois), propriétaire sans emprunt ou logé gratuitement (forfait logement de {forfait} par mois retiré de la prime d'activité). Un propriétaire qui rembourse un emprunt se saisit comme locataire.",
    en: "Housing: tenant (housing allowance deduction equal to the housing benefit entered, at most {forfait} a month), owner without a mortgage or housed free (a {forfait} a month housing deduction from the prime d'activité). An owner repaying a mortgage should be entered as a tenant.",
    params: { forfait: "money" },
  },
  assumption_total: {
    fr: "Total = salaire net + AAH + prime d'activité nette + autres revenus saisis (pension, chômage). Les aides au logement et la majoration pour la vie autonome ne sont pas incluses.",
    en: "Total = net salary + AAH + net prime d'activité + other income entered (pension, unemployment benefit). Housing benefit and the independent living supplement are not included.",
    params: {},
  },
  assumption_cumulation_on: {
    fr: "Cumul intégral de l'AAH et d'un nouveau salaire pendant six mois à la reprise d'activité : appliqué quand le mois précédent ne comporte aucun salaire dans les données saisies (une reprise est repérée ainsi). OpenFisca ne le modélise pas. Source : {source}.",
    en: "Full cumulation of AAH with a new salary for six months on return to work: applied when the month before has no salary in the data entered (that is how a return to work is detected). OpenFisca does not model it. Source: {source}.",
    params: { source: "text" },
  },
  assumption_cumulation_off: {
    fr: "Calcul sans le cumul intégral de six mois à la reprise d'activité (comme OpenFisca) : tous les salaires comptent pour l'AAH dès le premier mois.",
    en: "Calculated without the six-month full cumulation on return to work (as OpenFisca does): every salary counts for AAH from the first month.",
    params: {},
  },
  assumption_parameters_projected: {
    fr: "Les montants légaux connus s'arrêtent en {lastDated} : pour les mois suivants, les derniers montants sont prolongés, sans revalorisation supposée.",
    en: "Known legal amounts stop in {lastDated}: for later months the last amounts are carried forward, with no assumed increase.",
    params: { lastDated: "month" },
  },
  assumption_gross_to_net: {
    fr: "Salaire net estimé à partir du brut avec un taux de prélèvements salariaux de {rate} (salarié non cadre du secteur privé, sous le plafond de la sécurité sociale, hors mutuelle et prévoyance).",
    en: "Net salary estimated from gross with an employee deduction rate of {rate} (private-sector non-executive employee, below the social security ceiling, excluding health and provident insurance).",
    params: { rate: "percent" },
  },
  assumption_gross_to_net_early: {
    fr: "Pour les mois avant {first}, le taux de prélèvements salariaux en vigueur en {first} est appliqué (les taux antérieurs ne sont pas dans les données).",
    en: "For months before {first}, the employee deduction rate of {first} is applied (earlier rates are not in the data).",
    params: { first: "month" },
  },
  assumption_hours: {
    fr: "Heures par mois = heures par semaine x 52 / 12 ; le premier mois est compté comme un mois complet.",
    en: "Hours a month = hours a week x 52 / 12; the first month is counted as a full month.",
    params: {},
  },

  // --- calendar: when and why amounts change ---
  calendar_job_start: {
    fr: "{month} : début du salaire. La prime d'activité en tient compte à partir du mois suivant ; l'AAH, si elle est versée, est désormais calculée sur les trois mois précédents (déclaration trimestrielle de ressources à la CAF ou à la MSA).",
    en: "{month}: salary starts. The prime d'activité takes it into account from the next month; AAH, if paid, is now calculated on the three previous months (quarterly declaration of income to the CAF or MSA).",
    params: { month: "month" },
  },
  calendar_job_end: {
    fr: "{month} : plus de salaire. L'AAH repasse sur les revenus de l'année N-2 ; la prime d'activité baisse puis s'arrête quand les trois mois de référence ne comptent plus de salaire.",
    en: "{month}: no more salary. AAH goes back to income from year N-2; the prime d'activité falls, then stops once the three reference months hold no salary.",
    params: { month: "month" },
  },
  calendar_aah_revalued: {
    fr: "{month} : revalorisation de l'AAH (montant maximal {maximum}) : l'AAH passe de {before} à {after}.",
    en: "{month}: AAH is uprated (maximum {maximum}): AAH goes from {before} to {after}.",
    params: { month: "month", maximum: "money", before: "money", after: "money" },
  },
  calendar_aah_recalculated: {
    fr: "{month} : l'AAH passe de {before} à {after}, recalculée sur les ressources perçues entre {refStart} et {refEnd}.",
    en: "{month}: AAH goes from {before} to {after}, recalculated on income from {refStart} to {refEnd}.",
    params: { month: "month", before: "money", after: "money", refStart: "month", refEnd: "month" },
  },
  calendar_aah_annual: {
    fr: "{month} : l'AAH passe de {before} à {after}, calculée sur les revenus de {year}.",
    en: "{month}: AAH goes from {before} to {after}, calculated on income from {year}.",
    params: { month: "month", before: "money", after: "money", year: "text" },
  },
  calendar_cumulation_ends: {
    fr: "{month} : fin du cumul intégral ; les salaires comptent de nouveau pour l'AAH.",
    en: "{month}: full cumulation ends; salaries count for AAH again.",
    params: { month: "month" },
  },
  calendar_ppa_starts: {
    fr: "{month} : la prime d'activité commence ({after}), calculée sur les revenus perçus entre {refStart} et {refEnd}. Il faut la demander à la CAF ou à la MSA, puis déclarer ses revenus tous les trois mois.",
    en: "{month}: the prime d'activité starts ({after}), calculated on income from {refStart} to {refEnd}. It has to be claimed from the CAF or MSA, with income declared every three months.",
    params: { month: "month", after: "money", refStart: "month", refEnd: "month" },
  },
  calendar_ppa_changes: {
    fr: "{month} : la prime d'activité passe de {before} à {after} (revenus perçus entre {refStart} et {refEnd}).",
    en: "{month}: the prime d'activité goes from {before} to {after} (income from {refStart} to {refEnd}).",
    params: { month: "month", before: "money", after: "money", refStart: "month", refEnd: "month" },
  },
  calendar_ppa_stops: {
    fr: "{month} : la prime d'activité s'arrête (revenus perçus entre {refStart} et {refEnd}).",
    en: "{month}: the prime d'activité stops (income from {refStart} to {refEnd}).",
    params: { month: "month", refStart: "month", refEnd: "month" },
  },

  // --- scenarios ---
  scenario_wage_below_smic: {
    fr: "Le salaire horaire brut saisi ({hourly}) est inférieur au SMIC horaire brut ({smic}) en vigueur en {month}.",
    en: "The gross hourly wage entered ({hourly}) is below the gross hourly minimum wage ({smic}) of {month}.",
    params: { hourly: "money", smic: "money", month: "month" },
  },
} as const satisfies Record<string, CatalogEntry>;

export type BenefitsMessageCode = keyof typeof benefitsMessageCatalog;
export const benefitsMessageCodes = Object.keys(benefitsMessageCatalog) as BenefitsMessageCode[];

export type BenefitsMessageParams = Record<string, string | number | string[]>;

/** Field validation keys of the contract (zod messages), for the server's message catalog. */
export const benefitsFieldMessages: Record<string, Record<BenefitsLocale, string>> = {
  invalid_month: { fr: "Mois invalide (format AAAA-MM).", en: "Invalid month (format YYYY-MM)." },
  negative_amount: { fr: "Le montant ne peut pas être négatif.", en: "The amount cannot be negative." },
  amount_too_large: { fr: "Montant trop élevé.", en: "Amount too large." },
  rate_out_of_range: { fr: "Le taux doit être compris entre 0 et 1 (0,8 pour 80 %).", en: "The rate must be between 0 and 1 (0.8 for 80%)." },
  birth_date_or_age: { fr: "Indiquez la date de naissance ou l'âge (un seul des deux).", en: "Give the birth date or the age (one of the two)." },
  month_range_reversed: { fr: "Le dernier mois précède le premier.", en: "The last month is before the first." },
  month_range_too_long: { fr: "Période trop longue.", en: "Period too long." },
  month_before_coverage: { fr: "Mois antérieur aux données disponibles (2016-01).", en: "Month before the available data (2016-01)." },
  month_after_coverage: { fr: "Mois au-delà des paramètres disponibles.", en: "Month beyond the available parameters." },
  too_many_months: { fr: "Trop de mois dans cette série.", en: "Too many months in this series." },
  hourly_or_monthly_wage: { fr: "Indiquez soit le salaire horaire brut, soit le salaire mensuel net.", en: "Give either the gross hourly wage or the monthly net salary." },
  scenario_end_before_start: { fr: "La fin de l'emploi précède son début.", en: "The job ends before it starts." },
  scenario_outside_period: {
    fr: "Le début de l'emploi doit tomber dans la période simulée (ou au plus 12 mois avant).",
    en: "The job must start within the simulated period (or at most 12 months before).",
  },
};

const moneyFormat: Record<BenefitsLocale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};
const numberFormat: Record<BenefitsLocale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};
const percentFormat: Record<BenefitsLocale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 2 }),
};
const monthNames: Record<BenefitsLocale, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const formatMonth = (key: string, locale: BenefitsLocale): string =>
  isMonthKey(key) ? `${monthNames[locale][Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}` : key;

/** Consecutive months read as ranges ("janvier 2026 – mars 2026, juin 2026") so that a long list stays readable. */
const formatMonths = (keys: string[], locale: BenefitsLocale): string => {
  const sorted = [...keys].sort();
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1];
    const consecutive = i < sorted.length && nextMonthKey(prev) === sorted[i];
    if (consecutive) continue;
    parts.push(i - 1 === start ? formatMonth(sorted[start], locale) : `${formatMonth(sorted[start], locale)} – ${formatMonth(prev, locale)}`);
    start = i;
  }
  return parts.join(", ");
};

const nextMonthKey = (key: string): string => {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${m < 9 ? "0" : ""}${m + 1}`;
};

const formatParam = (kind: ParamKind, value: string | number | string[], locale: BenefitsLocale): string => {
  switch (kind) {
    case "money":
      return typeof value === "number" ? moneyFormat[locale].format(value) : String(value);
    case "number":
      return typeof value === "number" ? numberFormat[locale].format(value) : String(value);
    case "percent":
      return typeof value === "number" ? percentFormat[locale].format(value) : String(value);
    case "month":
      return typeof value === "string" ? formatMonth(value, locale) : String(value);
    case "months":
      return Array.isArray(value) ? formatMonths(value, locale) : String(value);
    case "text":
      return Array.isArray(value) ? value.join(", ") : String(value);
  }
};

/**
 * A template split once into literal text and parameter slots: an answer holds a hundred sentences or so, and
 * scanning each template with a regular expression on every render was a fifth of a comparison's time.
 */
type CompiledTemplate = { literals: string[]; slots: { name: string; whole: string }[] };

const compile = (template: string): CompiledTemplate => {
  const literals: string[] = [];
  const slots: CompiledTemplate["slots"] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    literals.push(template.slice(last, match.index));
    slots.push({ name: match[1], whole: match[0] });
    last = match.index + match[0].length;
  }
  literals.push(template.slice(last));
  return { literals, slots };
};

const compiled = new Map<string, Record<BenefitsLocale, CompiledTemplate>>(
  Object.entries(benefitsMessageCatalog).map(([code, entry]: [string, CatalogEntry]) => [code, { fr: compile(entry.fr), en: compile(entry.en) }]),
);

/** The message for a code in a language, with its parameters formatted for that language. */
export const renderBenefitsMessage = (code: BenefitsMessageCode, params: BenefitsMessageParams = {}, locale: BenefitsLocale = "fr"): string => {
  const entry: CatalogEntry = benefitsMessageCatalog[code];
  const template = (compiled.get(code) as Record<BenefitsLocale, CompiledTemplate>)[locale];
  let text = template.literals[0];
  for (let i = 0; i < template.slots.length; i++) {
    const { name, whole } = template.slots[i];
    const value = params[name];
    const kind = entry.params[name];
    text += (value === undefined || kind === undefined ? whole : formatParam(kind, value, locale)) + template.literals[i + 1];
  }
  return text;
};
