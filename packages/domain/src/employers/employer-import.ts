import { z } from "zod";
import { inseeCodeSchema, normalizePlaceName, type WorkPlace } from "../openings/place.contract";
import { isValidNafCode, isValidSiret, normalizeNafCode, normalizeSiret } from "./identifiers";
import {
  type CreateEmployer,
  createEmployerInput,
  type Employer,
  type EmployerSetting,
  type EmployerSize,
  type EmployerStage,
  sizeBandOf,
} from "./employer.contract";

/**
 * Import of an employer list (CSV or XLSX: the server reads the file into one record per row, header -> cell text;
 * this module decides). Teams arrive with the spreadsheets they kept for years, in French or English, so column
 * names are matched loosely (case, accents, punctuation ignored) against aliases, and each row is either accepted
 * whole or rejected with every problem found, as `{ field, code }` pairs the preview shows next to the row.
 */

export const EMPLOYER_IMPORT_MAX_ROWS = 5000;

export const employerImportFields = [
  "name",
  "siret",
  "nafCode",
  "setting",
  "address",
  "postalCode",
  "town",
  "inseeCode",
  "country",
  "size",
  "stage",
  "notes",
  "contactName",
  "contactRole",
  "contactPhone",
  "contactEmail",
] as const;
export type EmployerImportField = (typeof employerImportFields)[number];

/** Lower case, accents and every non-alphanumeric character removed: "N° SIRET" -> "nsiret", "E-mail" -> "email". */
export const normalizeHeader = (header: string): string =>
  header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const aliasList: Record<EmployerImportField, string[]> = {
  name: ["Raison sociale", "Nom", "Nom de l'entreprise", "Nom de l'employeur", "Entreprise", "Employeur", "Dénomination", "Enseigne", "Name", "Employer", "Employer name", "Company", "Company name", "Business name"],
  siret: ["SIRET", "N° SIRET", "Numéro SIRET", "No SIRET", "Siret number"],
  nafCode: ["Code NAF", "NAF", "Code APE", "APE", "NAF/APE", "Code NAF/APE", "Activité (NAF)", "NAF code", "Sector code"],
  setting: ["Type d'employeur", "Type de structure", "Milieu", "Employer type", "Setting"],
  address: ["Adresse", "Adresse postale", "Rue", "Address", "Street", "Street address"],
  postalCode: ["Code postal", "CP", "Postal code", "Postcode", "Zip", "Zip code"],
  town: ["Ville", "Commune", "Localité", "Town", "City", "Municipality"],
  inseeCode: ["Code INSEE", "Code commune", "Code commune INSEE", "INSEE", "INSEE code"],
  country: ["Pays", "Country"],
  size: ["Effectif", "Effectifs", "Taille", "Tranche d'effectif", "Nombre de salariés", "Size", "Headcount", "Staff", "Employees"],
  // Not "Statut": in French lists it often holds the legal form (SARL, SAS), which would reject every row.
  stage: ["Étape", "Stade", "Relation", "Statut de la relation", "Étape de la relation", "Stage", "Relationship", "Relationship stage"],
  notes: ["Notes", "Note", "Commentaire", "Commentaires", "Remarques", "Observations", "Comments"],
  contactName: ["Contact", "Nom du contact", "Interlocuteur", "Personne à contacter", "Contact name", "Contact person"],
  contactRole: ["Fonction", "Fonction du contact", "Poste du contact", "Rôle", "Contact role", "Role", "Job title"],
  contactPhone: ["Téléphone", "Tél", "Tel", "Téléphone du contact", "Portable", "Phone", "Contact phone", "Telephone", "Mobile"],
  contactEmail: ["E-mail", "Email", "Mail", "Courriel", "Adresse e-mail", "E-mail du contact", "Contact email"],
};

const fieldByAlias = new Map<string, EmployerImportField>();
for (const field of employerImportFields) for (const alias of aliasList[field]) fieldByAlias.set(normalizeHeader(alias), field);

export const importFieldOfHeader = (header: string): EmployerImportField | null => fieldByAlias.get(normalizeHeader(header)) ?? null;

export type ImportColumn = { header: string; field: EmployerImportField | null };

/** For the preview: which column became which field, which are ignored, and whether the name column is missing. */
export const mapEmployerImportColumns = (headers: readonly string[]): { columns: ImportColumn[]; missingRequired: EmployerImportField[] } => {
  const columns = headers.map((header) => ({ header, field: importFieldOfHeader(header) }));
  const missingRequired: EmployerImportField[] = columns.some((c) => c.field === "name") ? [] : ["name"];
  return { columns, missingRequired };
};

export const employerImportErrorCodes = [
  "empty_row",
  "required",
  "too_long",
  "invalid_siret",
  "invalid_naf_code",
  "invalid_setting",
  "invalid_size",
  "invalid_stage",
  "invalid_insee_code",
  "invalid_country",
  "invalid_phone",
  "invalid_email",
  "duplicate_siret_in_file",
  "siret_already_registered",
] as const;
export type EmployerImportErrorCode = (typeof employerImportErrorCodes)[number];
export type EmployerImportError = { field: EmployerImportField | "row"; code: EmployerImportErrorCode };

export type EmployerImportRowResult =
  | { ok: true; rowNumber: number; employer: CreateEmployer }
  | { ok: false; rowNumber: number; errors: EmployerImportError[] };

/** Cell words compared accent- and case-free, punctuation as spaces ("En contact", "en-contact"). */
const word = (value: string): string => normalizePlaceName(value);

const stageWords: Record<string, EmployerStage> = {
  prospect: "prospect", "a prospecter": "prospect", prospection: "prospect", "a contacter": "prospect",
  "en contact": "in_contact", "in contact": "in_contact", contacte: "in_contact", contact: "in_contact", "en cours": "in_contact", contacted: "in_contact",
  partenaire: "partner", partner: "partner", partenariat: "partner",
  recrute: "hiring", recrutement: "hiring", "en recrutement": "hiring", embauche: "hiring", hiring: "hiring",
};
const settingWords: Record<string, EmployerSetting> = {
  ordinaire: "ordinary", "milieu ordinaire": "ordinary", ordinary: "ordinary", entreprise: "ordinary", "employeur ordinaire": "ordinary",
  ea: "entreprise_adaptee", "entreprise adaptee": "entreprise_adaptee", "adapted company": "entreprise_adaptee", "adapted enterprise": "entreprise_adaptee",
  esat: "esat",
};
const countryWords: Record<string, string> = {
  france: "FR", belgique: "BE", belgium: "BE", belgie: "BE", luxembourg: "LU", suisse: "CH", switzerland: "CH",
  allemagne: "DE", germany: "DE", espagne: "ES", spain: "ES", italie: "IT", italy: "IT", monaco: "MC",
};
const sizeBandWords: Record<string, EmployerSize> = {
  none: "none", aucun: "none", "aucun salarie": "none", "sans salarie": "none", "0 salarie": "none",
  "1 9": "1_9", "10 19": "10_19", "20 49": "20_49", "50 249": "50_249", "250 plus": "250_plus",
};

/**
 * Headcount as people write it: "12", "12 salariés", "10 à 19", "20-49", "250+", "plus de 250", "1 000". A range
 * takes the band of its lower bound (a coarse field; "10-49" files as 10-19), "moins de 10" the band below.
 */
export const parseHeadcount = (raw: string): EmployerSize | null => {
  const text = word(raw);
  if (sizeBandWords[text]) return sizeBandWords[text];
  const joined = raw.replace(/(\d)[\s\u00a0.](?=\d{3}\b)/g, "$1");
  const numbers = joined.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length === 0) return null;
  const below = /\b(moins de|less than|under|fewer than)\b/.test(text) || raw.trim().startsWith("<");
  return sizeBandOf(below ? numbers[0] - 1 : numbers[0]);
};

const limits: Partial<Record<EmployerImportField, number>> = {
  name: 120, address: 300, postalCode: 10, town: 120, notes: 10_000, contactName: 120, contactRole: 120,
};

const phonePattern = /^\+?[0-9 ().\-/]{6,30}$/;
const emailSchema = z.email();

/** The cells of a record by import field: the first non-empty cell wins when two columns mean the same thing. */
const cellsOf = (record: Record<string, string>): Partial<Record<EmployerImportField, string>> => {
  const cells: Partial<Record<EmployerImportField, string>> = {};
  for (const [header, raw] of Object.entries(record)) {
    const field = importFieldOfHeader(header);
    const value = (raw ?? "").toString().trim();
    if (field && value !== "" && cells[field] === undefined) cells[field] = value;
  }
  return cells;
};

/**
 * One row of an import file -> a create-employer input, or every error of the row. Only the name is required;
 * blank cells are simply absent. A French town without an INSEE code is kept as a town (country FR): the server
 * may resolve it to a commune when name and postal code designate exactly one.
 */
export const parseEmployerImportRow = (
  record: Record<string, string>,
  rowNumber: number,
  options: { defaultCountry?: string } = {},
): EmployerImportRowResult => {
  const cells = cellsOf(record);
  if (Object.keys(cells).length === 0 && Object.values(record).every((v) => (v ?? "").toString().trim() === "")) {
    return { ok: false, rowNumber, errors: [{ field: "row", code: "empty_row" }] };
  }
  const errors: EmployerImportError[] = [];
  const fail = (field: EmployerImportField, code: EmployerImportErrorCode) => errors.push({ field, code });

  for (const [field, max] of Object.entries(limits) as [EmployerImportField, number][]) {
    if ((cells[field]?.length ?? 0) > max) fail(field, "too_long");
  }
  if (!cells.name) fail("name", "required");

  let siret: string | null = null;
  if (cells.siret) {
    siret = normalizeSiret(cells.siret);
    if (!isValidSiret(siret)) fail("siret", "invalid_siret");
  }
  let nafCode: string | null = null;
  if (cells.nafCode) {
    nafCode = normalizeNafCode(cells.nafCode);
    if (!isValidNafCode(nafCode)) fail("nafCode", "invalid_naf_code");
  }
  let setting: EmployerSetting = "ordinary";
  if (cells.setting) {
    const found = settingWords[word(cells.setting)];
    if (found) setting = found;
    else fail("setting", "invalid_setting");
  }
  let stage: EmployerStage = "prospect";
  if (cells.stage) {
    const found = stageWords[word(cells.stage)];
    if (found) stage = found;
    else fail("stage", "invalid_stage");
  }
  let size: EmployerSize | null = null;
  if (cells.size) {
    size = parseHeadcount(cells.size);
    if (!size) fail("size", "invalid_size");
  }

  let country = (options.defaultCountry ?? "FR").toUpperCase();
  if (cells.country) {
    const upper = cells.country.toUpperCase();
    const found = /^[A-Z]{2}$/.test(upper) ? upper : countryWords[word(cells.country)];
    if (found) country = found;
    else fail("country", "invalid_country");
  }
  let place: WorkPlace | null = null;
  const postalCode = cells.postalCode ?? null;
  if (cells.inseeCode) {
    const insee = cells.inseeCode.toUpperCase().padStart(5, "0");
    if (!inseeCodeSchema.safeParse(insee).success) fail("inseeCode", "invalid_insee_code");
    else if (!cells.town) fail("town", "required");
    else place = { kind: "commune", inseeCode: insee, name: cells.town, postalCode };
  } else if (cells.town) {
    place = { kind: "town", name: cells.town, country, postalCode };
  }

  const hasContact = !!(cells.contactName || cells.contactRole || cells.contactPhone || cells.contactEmail);
  if (hasContact && !cells.contactName) fail("contactName", "required");
  if (cells.contactPhone && !phonePattern.test(cells.contactPhone)) fail("contactPhone", "invalid_phone");
  if (cells.contactEmail && !emailSchema.safeParse(cells.contactEmail).success) fail("contactEmail", "invalid_email");

  if (errors.length > 0) return { ok: false, rowNumber, errors };

  const parsed = createEmployerInput.safeParse({
    name: cells.name,
    siret,
    nafCode,
    setting,
    address: cells.address ?? null,
    place,
    size,
    stage,
    notes: cells.notes ?? "",
    contactPeople: hasContact
      ? [{ name: cells.contactName, role: cells.contactRole ?? "", phone: cells.contactPhone ?? null, email: cells.contactEmail ?? null }]
      : [],
  });
  // Every field was checked above; a refusal here means the contract moved on without this parser.
  if (!parsed.success) throw new Error(`import row ${rowNumber} passed the import checks but not the contract: ${parsed.error.message}`);
  return { ok: true, rowNumber, employer: parsed.data };
};

export const employerImportReportSchema = z.object({
  columns: z.array(z.object({ header: z.string(), field: z.enum(employerImportFields).nullable() })),
  missingRequired: z.array(z.enum(employerImportFields)),
  accepted: z.array(
    z.object({
      rowNumber: z.number().int(),
      employer: createEmployerInput,
      /** A registered employer with the same name and town (and no SIRET to tell them apart): check before importing. */
      possibleDuplicateOf: z.uuid().nullable(),
    }),
  ),
  rejected: z.array(
    z.object({
      rowNumber: z.number().int(),
      errors: z.array(z.object({ field: z.union([z.enum(employerImportFields), z.literal("row")]), code: z.enum(employerImportErrorCodes) })),
    }),
  ),
  emptyRows: z.array(z.number().int()),
});
export type EmployerImportReport = z.infer<typeof employerImportReportSchema>;

type ExistingEmployer = Pick<Employer, "id" | "name" | "siret" | "place">;

const nameKey = (name: string, place: WorkPlace | null | undefined): string =>
  `${word(name)}|${place ? (place.kind === "commune" ? place.inseeCode : word(place.name)) : ""}`;

/**
 * The preview of a whole file: each row parsed, SIRET duplicates refused (within the file, or already in the
 * register), same-name-same-town rows flagged for a look, empty rows skipped. Rows are numbered as the
 * spreadsheet shows them: the header is row 1, so the first record is row 2.
 */
export const previewEmployerImport = (
  headers: readonly string[],
  records: readonly Record<string, string>[],
  existing: readonly ExistingEmployer[],
  options: { defaultCountry?: string; firstRowNumber?: number } = {},
): EmployerImportReport => {
  const { columns, missingRequired } = mapEmployerImportColumns(headers);
  const report: EmployerImportReport = { columns, missingRequired, accepted: [], rejected: [], emptyRows: [] };
  const registeredSirets = new Set(existing.flatMap((e) => (e.siret ? [e.siret] : [])));
  const registeredNames = new Map(existing.map((e) => [nameKey(e.name, e.place), e] as const));
  const siretsInFile = new Set<string>();
  const first = options.firstRowNumber ?? 2;

  records.forEach((record, index) => {
    const result = parseEmployerImportRow(record, first + index, options);
    if (!result.ok) {
      if (result.errors.length === 1 && result.errors[0].code === "empty_row") report.emptyRows.push(result.rowNumber);
      else report.rejected.push({ rowNumber: result.rowNumber, errors: result.errors });
      return;
    }
    const { employer } = result;
    if (employer.siret) {
      const code = registeredSirets.has(employer.siret) ? "siret_already_registered" : siretsInFile.has(employer.siret) ? "duplicate_siret_in_file" : null;
      siretsInFile.add(employer.siret);
      if (code) {
        report.rejected.push({ rowNumber: result.rowNumber, errors: [{ field: "siret", code }] });
        return;
      }
    }
    const namesake = registeredNames.get(nameKey(employer.name, employer.place));
    const possibleDuplicateOf = namesake && (!namesake.siret || !employer.siret) ? namesake.id : null;
    report.accepted.push({ rowNumber: result.rowNumber, employer, possibleDuplicateOf });
  });
  return report;
};

/** Why an import row is left out as a register duplicate: the import never doubles nor overwrites a record. */
export const employerImportDuplicateReasons = ["same_siret", "same_name_and_town"] as const;
export type EmployerImportDuplicateReason = (typeof employerImportDuplicateReasons)[number];

export type EmployerImportClassification = {
  columns: ImportColumn[];
  missingRequired: EmployerImportField[];
  accepted: { rowNumber: number; employer: CreateEmployer }[];
  rejected: { rowNumber: number; errors: EmployerImportError[] }[];
  duplicates: {
    rowNumber: number;
    employer: CreateEmployer;
    reason: EmployerImportDuplicateReason;
    existing: { id: string; name: string };
  }[];
  emptyRows: number[];
};

/**
 * What an import will do with each row: create it, refuse it (problems to fix in the file), or skip it because
 * the program's register already has that employer: same SIRET, or same name and town when one of the two has
 * no SIRET to tell them apart (two establishments with their own SIRETs are two employers). Skipping rather than
 * updating keeps the register's history with the team: an old spreadsheet never overwrites a newer record, and
 * importing the same file twice creates nothing the second time.
 */
export const classifyEmployerImport = (
  headers: readonly string[],
  records: readonly Record<string, string>[],
  existing: readonly ExistingEmployer[],
  options: { defaultCountry?: string; firstRowNumber?: number } = {},
): EmployerImportClassification => {
  const report = previewEmployerImport(headers, records, existing, options);
  const byId = new Map(existing.map((e) => [e.id, e] as const));
  const bySiret = new Map(existing.flatMap((e) => (e.siret ? [[e.siret, e] as const] : [])));
  const first = options.firstRowNumber ?? 2;
  const result: EmployerImportClassification = { ...report, accepted: [], rejected: [], duplicates: [] };

  for (const row of report.accepted) {
    const namesake = row.possibleDuplicateOf ? byId.get(row.possibleDuplicateOf) : undefined;
    if (namesake) {
      result.duplicates.push({ rowNumber: row.rowNumber, employer: row.employer, reason: "same_name_and_town", existing: { id: namesake.id, name: namesake.name } });
    } else result.accepted.push({ rowNumber: row.rowNumber, employer: row.employer });
  }
  for (const row of report.rejected) {
    const registered = row.errors.length === 1 && row.errors[0].code === "siret_already_registered";
    const parsed = registered ? parseEmployerImportRow(records[row.rowNumber - first], row.rowNumber, options) : null;
    const holder = parsed?.ok && parsed.employer.siret ? bySiret.get(parsed.employer.siret) : undefined;
    if (parsed?.ok && holder) {
      result.duplicates.push({ rowNumber: row.rowNumber, employer: parsed.employer, reason: "same_siret", existing: { id: holder.id, name: holder.name } });
    } else result.rejected.push(row);
  }
  result.duplicates.sort((a, b) => a.rowNumber - b.rowNumber);
  return result;
};

const importRowNumber = z.number().int();
const importProblemSchema = z.object({
  field: z.union([z.enum(employerImportFields), z.literal("row")]),
  code: z.enum(employerImportErrorCodes),
  /** The problem in plain words, in the request's language. */
  message: z.string(),
});

/** POST /api/employers/import/preview: what the file holds and what importing it would do. Nothing is saved. */
export const employerImportPreviewSchema = z.object({
  format: z.enum(["csv", "xlsx"]),
  /** Data rows read under the header row, empty ones included. */
  totalRows: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: z.enum(employerImportFields).nullable() })),
  missingRequired: z.array(z.enum(employerImportFields)),
  accepted: z.array(z.object({ rowNumber: importRowNumber, employer: createEmployerInput })),
  rejected: z.array(z.object({ rowNumber: importRowNumber, errors: z.array(importProblemSchema) })),
  duplicates: z.array(
    z.object({
      rowNumber: importRowNumber,
      employer: createEmployerInput,
      reason: z.enum(employerImportDuplicateReasons),
      existing: z.object({ id: z.uuid(), name: z.string() }),
    }),
  ),
  emptyRows: z.array(z.number().int()),
});
export type EmployerImportPreview = z.infer<typeof employerImportPreviewSchema>;

/** POST /api/employers/import: the same report, once the accepted rows are saved (all of them, or none). */
export const employerImportResultSchema = employerImportPreviewSchema.extend({ created: z.number().int() });
export type EmployerImportResult = z.infer<typeof employerImportResultSchema>;

/** The file size the import accepts (2 MB: some 5,000 rows of a full register in CSV, more in XLSX). */
export const EMPLOYER_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
