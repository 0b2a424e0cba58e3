import type { Employer, EmployerSetting, EmployerSize, EmployerStage } from "./employer.contract";

/**
 * Export of the register (CSV / XLSX: the server writes the rows). Headers and values are words the import
 * understands, so an exported file can be edited and imported into another program. Only the first contact
 * person has its own columns (the others go to "Autres contacts", which the import ignores).
 */

type Locale = "fr" | "en";

export const employerExportHeaders: Record<Locale, readonly string[]> = {
  fr: ["Raison sociale", "SIRET", "Code NAF", "Type d'employeur", "Adresse", "Code postal", "Commune", "Code INSEE", "Pays", "Effectif", "Étape", "Contact", "Fonction du contact", "Téléphone du contact", "E-mail du contact", "Autres contacts", "Notes", "Dernier contact", "Prochaine étape"],
  en: ["Name", "SIRET", "NAF code", "Employer type", "Address", "Postal code", "Town", "INSEE code", "Country", "Headcount", "Stage", "Contact name", "Contact role", "Contact phone", "Contact email", "Other contacts", "Notes", "Last contact", "Next step"],
};

const stageLabels: Record<Locale, Record<EmployerStage, string>> = {
  fr: { prospect: "prospect", in_contact: "en contact", partner: "partenaire", hiring: "recrute" },
  en: { prospect: "prospect", in_contact: "in contact", partner: "partner", hiring: "hiring" },
};
const settingLabels: Record<Locale, Record<EmployerSetting, string>> = {
  fr: { ordinary: "ordinaire", entreprise_adaptee: "entreprise adaptée", esat: "ESAT" },
  en: { ordinary: "ordinary", entreprise_adaptee: "adapted company", esat: "ESAT" },
};
const sizeLabels: Record<EmployerSize, string> = { none: "0", "1_9": "1-9", "10_19": "10-19", "20_49": "20-49", "50_249": "50-249", "250_plus": "250+" };

/** One row, in the order of `employerExportHeaders[locale]`. */
export const employerToExportRow = (employer: Employer, locale: Locale): string[] => {
  const [first, ...others] = employer.contactPeople;
  const place = employer.place;
  return [
    employer.name,
    employer.siret ?? "",
    employer.nafCode ?? "",
    settingLabels[locale][employer.setting],
    employer.address ?? "",
    place?.postalCode ?? "",
    place?.name ?? "",
    place?.kind === "commune" ? place.inseeCode : "",
    place?.kind === "town" ? place.country : place ? "FR" : "",
    employer.size ? sizeLabels[employer.size] : "",
    stageLabels[locale][employer.stage],
    first?.name ?? "",
    first?.role ?? "",
    first?.phone ?? "",
    first?.email ?? "",
    others.map((p) => [p.name, p.role, p.phone, p.email].filter(Boolean).join(", ")).join(" ; "),
    employer.notes,
    employer.lastContactDate ?? "",
    employer.nextStepDate ?? "",
  ];
};
