import type { EmployerImportError, EmployerImportErrorCode, EmployerImportField, Locale } from "@passerelle/domain";

/**
 * The problems of an import row in plain words, for the person who will fix the spreadsheet: the column as the
 * export names it, then what is wrong and what would be right.
 */

const fieldLabels: Record<Locale, Record<EmployerImportField | "row", string>> = {
  fr: {
    name: "Raison sociale", siret: "SIRET", nafCode: "Code NAF", setting: "Type d'employeur", address: "Adresse", postalCode: "Code postal",
    town: "Commune", inseeCode: "Code INSEE", country: "Pays", size: "Effectif", stage: "Étape", notes: "Notes", contactName: "Contact",
    contactRole: "Fonction du contact", contactPhone: "Téléphone du contact", contactEmail: "E-mail du contact", row: "Ligne",
  },
  en: {
    name: "Name", siret: "SIRET", nafCode: "NAF code", setting: "Employer type", address: "Address", postalCode: "Postal code",
    town: "Town", inseeCode: "INSEE code", country: "Country", size: "Headcount", stage: "Stage", notes: "Notes", contactName: "Contact name",
    contactRole: "Contact role", contactPhone: "Contact phone", contactEmail: "Contact email", row: "Row",
  },
};

const problems: Record<Locale, Record<EmployerImportErrorCode, string>> = {
  fr: {
    empty_row: "ligne vide.",
    required: "obligatoire, la cellule est vide.",
    too_long: "texte trop long.",
    invalid_siret: "numéro invalide : 14 chiffres avec une clé de contrôle (écrit en 7,3E+13, il a été abîmé par le tableur).",
    invalid_naf_code: "code invalide : 4 chiffres et une lettre, par exemple 56.10A.",
    invalid_setting: "valeur non reconnue : ordinaire, entreprise adaptée ou ESAT.",
    invalid_size: "valeur non reconnue : un nombre de salariés ou une tranche comme 10-19.",
    invalid_stage: "valeur non reconnue : prospect, en contact, partenaire ou recrute.",
    invalid_insee_code: "code invalide : 5 caractères, par exemple 69123.",
    invalid_country: "valeur non reconnue : le nom du pays ou son code à deux lettres (FR, BE).",
    invalid_phone: "numéro non reconnu (chiffres, espaces, points, tirets, + au début).",
    invalid_email: "adresse e-mail invalide.",
    duplicate_siret_in_file: "ce SIRET figure déjà sur une ligne précédente du fichier.",
    siret_already_registered: "un employeur du répertoire a déjà ce SIRET.",
  },
  en: {
    empty_row: "empty row.",
    required: "required, the cell is empty.",
    too_long: "text too long.",
    invalid_siret: "invalid number: 14 digits with a check digit (written as 7.3E+13, the spreadsheet damaged it).",
    invalid_naf_code: "invalid code: 4 digits and a letter, e.g. 56.10A.",
    invalid_setting: "unrecognised value: ordinary, adapted company or ESAT.",
    invalid_size: "unrecognised value: a number of employees or a band such as 10-19.",
    invalid_stage: "unrecognised value: prospect, in contact, partner or hiring.",
    invalid_insee_code: "invalid code: 5 characters, e.g. 69123.",
    invalid_country: "unrecognised value: the country's name or two-letter code (FR, BE).",
    invalid_phone: "unrecognised number (digits, spaces, dots, dashes, a leading +).",
    invalid_email: "invalid email address.",
    duplicate_siret_in_file: "this SIRET is already on an earlier row of the file.",
    siret_already_registered: "an employer of the register already has this SIRET.",
  },
};

/** Where a field-and-code pair says more than the code alone. */
const specific: Record<Locale, Partial<Record<string, string>>> = {
  fr: {
    "contactName.required": "le nom de l'interlocuteur manque alors que sa fonction, son téléphone ou son e-mail sont renseignés.",
    "town.required": "à renseigner avec le code INSEE.",
  },
  en: {
    "contactName.required": "the contact's name is missing while their role, phone or email is given.",
    "town.required": "needed with the INSEE code.",
  },
};

export const describeImportProblem = (locale: Locale, error: EmployerImportError): string => {
  const text = specific[locale][`${error.field}.${error.code}`] ?? problems[locale][error.code];
  if (error.field === "row") return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  // French puts a space before the colon.
  return `${fieldLabels[locale][error.field]}${locale === "fr" ? " : " : ": "}${text}`;
};
