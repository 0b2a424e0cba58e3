import { describe, expect, it } from "vitest";
import type { Employer } from "./employer.contract";
import { employerExportHeaders, employerToExportRow } from "./employer-export";
import {
  importFieldOfHeader,
  mapEmployerImportColumns,
  parseEmployerImportRow,
  parseHeadcount,
  previewEmployerImport,
} from "./employer-import";

const SIRET = "73282932000074";

describe("import column names", () => {
  it.each([
    ["Raison sociale", "name"],
    ["Nom", "name"],
    ["NOM DE L'ENTREPRISE", "name"],
    ["Company", "name"],
    ["N° SIRET", "siret"],
    ["siret", "siret"],
    ["Code NAF", "nafCode"],
    ["Code APE", "nafCode"],
    ["Ville", "town"],
    ["Commune", "town"],
    ["City", "town"],
    ["Code INSEE", "inseeCode"],
    ["Code postal", "postalCode"],
    ["E-mail", "contactEmail"],
    ["Courriel", "contactEmail"],
    ["Tél.", "contactPhone"],
    ["Étape", "stage"],
    ["Effectif", "size"],
    ["Statut", null],
    ["Chiffre d'affaires", null],
  ] as const)("%s -> %s", (header, field) => expect(importFieldOfHeader(header)).toBe(field));

  it("reports ignored columns and a missing name column", () => {
    const mapped = mapEmployerImportColumns(["SIRET", "Chiffre d'affaires"]);
    expect(mapped.columns).toEqual([
      { header: "SIRET", field: "siret" },
      { header: "Chiffre d'affaires", field: null },
    ]);
    expect(mapped.missingRequired).toEqual(["name"]);
  });
});

describe("import rows", () => {
  it("accepts a full French row and normalizes identifiers", () => {
    const result = parseEmployerImportRow(
      {
        "Raison sociale": " Le Bouchon Lyonnais ",
        SIRET: "732 829 320 00074",
        "Code NAF": "5610a",
        Adresse: "12 rue Mercière",
        "Code postal": "69002",
        Commune: "Lyon",
        "Code INSEE": "69123",
        Effectif: "12 salariés",
        Étape: "Partenaire",
        Contact: "Mme Durand",
        Fonction: "Gérante",
        Téléphone: "04 78 00 00 00",
        "E-mail": "contact@bouchon.example",
        Notes: "Recrute en salle au printemps",
      },
      2,
    );
    expect(result).toEqual({
      ok: true,
      rowNumber: 2,
      employer: {
        name: "Le Bouchon Lyonnais",
        siret: SIRET,
        nafCode: "56.10A",
        setting: "ordinary",
        address: "12 rue Mercière",
        place: { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69002" },
        size: "10_19",
        stage: "partner",
        contactPeople: [{ name: "Mme Durand", role: "Gérante", phone: "04 78 00 00 00", email: "contact@bouchon.example" }],
        notes: "Recrute en salle au printemps",
        specialistIds: [],
      },
    });
  });

  it("accepts a minimal English row with a Belgian town", () => {
    const result = parseEmployerImportRow({ Company: "Brasserie du Parc", City: "Liège", Country: "Belgium", Stage: "hiring" }, 3);
    expect(result.ok && result.employer).toMatchObject({
      name: "Brasserie du Parc",
      place: { kind: "town", name: "Liège", country: "BE" },
      stage: "hiring",
      siret: null,
    });
  });

  it.each([
    ["no name", { SIRET: SIRET }, [{ field: "name", code: "required" }]],
    ["a SIRET with a wrong key", { Nom: "A", SIRET: "73282932000075" }, [{ field: "siret", code: "invalid_siret" }]],
    ["a SIRET that lost a leading zero", { Nom: "A", SIRET: "3.56E+13" }, [{ field: "siret", code: "invalid_siret" }]],
    ["a NAF label instead of a code", { Nom: "A", "Code NAF": "Restauration" }, [{ field: "nafCode", code: "invalid_naf_code" }]],
    ["an unknown stage", { Nom: "A", Étape: "peut-être" }, [{ field: "stage", code: "invalid_stage" }]],
    ["an unknown size", { Nom: "A", Effectif: "beaucoup" }, [{ field: "size", code: "invalid_size" }]],
    ["an unknown setting", { Nom: "A", "Type d'employeur": "coopérative" }, [{ field: "setting", code: "invalid_setting" }]],
    ["a bad INSEE code", { Nom: "A", Commune: "X", "Code INSEE": "ABCDE" }, [{ field: "inseeCode", code: "invalid_insee_code" }]],
    ["an INSEE code without the town", { Nom: "A", "Code INSEE": "69123" }, [{ field: "town", code: "required" }]],
    ["an unknown country", { Nom: "A", Ville: "X", Pays: "Atlantide" }, [{ field: "country", code: "invalid_country" }]],
    ["a bad email", { Nom: "A", Contact: "B", Email: "b@" }, [{ field: "contactEmail", code: "invalid_email" }]],
    ["a phone made of letters", { Nom: "A", Contact: "B", Téléphone: "appeler l'accueil" }, [{ field: "contactPhone", code: "invalid_phone" }]],
    ["contact details without a contact name", { Nom: "A", Email: "b@example.org" }, [{ field: "contactName", code: "required" }]],
    ["a name too long", { Nom: "x".repeat(121) }, [{ field: "name", code: "too_long" }]],
    [
      "several problems at once",
      { SIRET: "123", "Code NAF": "56" },
      [
        { field: "name", code: "required" },
        { field: "siret", code: "invalid_siret" },
        { field: "nafCode", code: "invalid_naf_code" },
      ],
    ],
    ["an empty row", { Nom: "", SIRET: " " }, [{ field: "row", code: "empty_row" }]],
  ] as const)("rejects %s", (_label, record, errors) => {
    expect(parseEmployerImportRow(record as Record<string, string>, 7)).toEqual({ ok: false, rowNumber: 7, errors });
  });

  it("takes the first non-empty cell when two columns mean the same thing", () => {
    const result = parseEmployerImportRow({ Nom: "", "Raison sociale": "Garage Martin", Ville: "Bron" }, 2);
    expect(result.ok && result.employer.name).toBe("Garage Martin");
  });

  it("restores the leading zero of an INSEE code a spreadsheet dropped", () => {
    const result = parseEmployerImportRow({ Nom: "A", Commune: "Bourg-en-Bresse", "Code INSEE": "1053" }, 2);
    expect(result.ok && result.employer.place).toMatchObject({ kind: "commune", inseeCode: "01053" });
  });
});

describe("headcount", () => {
  it.each([
    ["0", "none"],
    ["aucun salarié", "none"],
    ["5", "1_9"],
    ["12 salariés", "10_19"],
    ["10 à 19", "10_19"],
    ["20-49", "20_49"],
    ["10-49", "10_19"],
    ["moins de 10", "1_9"],
    ["plus de 250", "250_plus"],
    ["250+", "250_plus"],
    ["1 000 salariés", "250_plus"],
    ["beaucoup", null],
  ] as const)("%s -> %s", (raw, band) => expect(parseHeadcount(raw)).toBe(band));
});

describe("import preview", () => {
  const existing = [
    { id: "00000000-0000-7000-8000-000000000001", name: "Garage Martin", siret: null, place: { kind: "town" as const, name: "Bron", country: "FR" } },
    { id: "00000000-0000-7000-8000-000000000002", name: "Autre", siret: "35600000000048", place: null },
  ];

  it("separates accepted, rejected, duplicate and empty rows, numbered as in the spreadsheet", () => {
    const report = previewEmployerImport(
      ["Nom", "SIRET", "Ville", "CA"],
      [
        { Nom: "Le Bouchon", SIRET: SIRET, Ville: "Lyon", CA: "1" },
        { Nom: "Le Bouchon bis", SIRET: SIRET, Ville: "Lyon", CA: "" },
        { Nom: "", SIRET: "", Ville: "", CA: "" },
        { Nom: "La Poste Bron", SIRET: "35600000000048", Ville: "Bron", CA: "" },
        { Nom: "garage  MARTIN", SIRET: "", Ville: "bron", CA: "" },
        { Nom: "", SIRET: "1", Ville: "", CA: "" },
      ],
      existing,
    );
    expect(report.columns.find((c) => c.header === "CA")?.field).toBeNull();
    expect(report.accepted.map((a) => [a.rowNumber, a.possibleDuplicateOf])).toEqual([
      [2, null],
      [6, "00000000-0000-7000-8000-000000000001"],
    ]);
    expect(report.rejected).toEqual([
      { rowNumber: 3, errors: [{ field: "siret", code: "duplicate_siret_in_file" }] },
      { rowNumber: 5, errors: [{ field: "siret", code: "siret_already_registered" }] },
      { rowNumber: 7, errors: [{ field: "name", code: "required" }, { field: "siret", code: "invalid_siret" }] },
    ]);
    expect(report.emptyRows).toEqual([4]);
  });
});

describe("export", () => {
  const employer: Employer = {
    id: "00000000-0000-7000-8000-000000000003",
    programId: "00000000-0000-7000-8000-000000000004",
    name: "Le Bouchon",
    siret: SIRET,
    nafCode: "56.10A",
    setting: "entreprise_adaptee",
    address: "12 rue Mercière",
    place: { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69002" },
    size: "20_49",
    stage: "in_contact",
    contactPeople: [
      { name: "Mme Durand", role: "Gérante", phone: "0478000000", email: null },
      { name: "M. Petit", role: "Chef", phone: null, email: "petit@example.org" },
    ],
    notes: "",
    specialistIds: [],
    specialists: [],
    lastContactDate: "2026-03-01",
    nextStepDate: null,
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    version: 3,
  };

  it.each(["fr", "en"] as const)("writes a %s row that the import reads back", (locale) => {
    const headers = employerExportHeaders[locale];
    const row = employerToExportRow(employer, locale);
    expect(row).toHaveLength(headers.length);
    const record = Object.fromEntries(headers.map((h, i) => [h, row[i]]));
    const back = parseEmployerImportRow(record, 2);
    expect(back.ok && back.employer).toMatchObject({
      name: "Le Bouchon",
      siret: SIRET,
      nafCode: "56.10A",
      setting: "entreprise_adaptee",
      place: { kind: "commune", inseeCode: "69123", name: "Lyon" },
      size: "20_49",
      stage: "in_contact",
      contactPeople: [{ name: "Mme Durand", role: "Gérante", phone: "0478000000" }],
    });
  });
});
