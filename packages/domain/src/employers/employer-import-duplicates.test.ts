import { describe, expect, it } from "vitest";
import { classifyEmployerImport, employerImportPreviewSchema } from "./employer-import";

const SIRET = "73282932000074";
const OTHER_SIRET = "35600000000048";
const existing = [
  { id: "00000000-0000-7000-8000-000000000001", name: "Garage Martin", siret: null, place: { kind: "town" as const, name: "Bron", country: "FR" } },
  { id: "00000000-0000-7000-8000-000000000002", name: "La Poste", siret: OTHER_SIRET, place: null },
  { id: "00000000-0000-7000-8000-000000000003", name: "Hôtel du Parc", siret: SIRET, place: { kind: "town" as const, name: "Lyon", country: "FR" } },
];

describe("import classification", () => {
  it("skips rows the register already has, by SIRET or by name and town, and keeps the others", () => {
    const result = classifyEmployerImport(
      ["Nom", "SIRET", "Ville"],
      [
        { Nom: "Le Bouchon", SIRET: "", Ville: "Lyon" },
        { Nom: "La Poste Bron", SIRET: OTHER_SIRET, Ville: "Bron" },
        { Nom: "garage  MARTIN", SIRET: "", Ville: "bron" },
        { Nom: "", SIRET: "", Ville: "" },
        { Nom: "Sans nom", SIRET: "123", Ville: "" },
        { Nom: "Le Bouchon 2", SIRET: OTHER_SIRET, Ville: "" },
      ],
      existing,
    );
    expect(result.accepted.map((a) => [a.rowNumber, a.employer.name])).toEqual([[2, "Le Bouchon"]]);
    expect(result.duplicates.map((d) => [d.rowNumber, d.reason, d.existing.name, d.employer.name])).toEqual([
      [3, "same_siret", "La Poste", "La Poste Bron"],
      [4, "same_name_and_town", "Garage Martin", "garage  MARTIN"],
      [7, "same_siret", "La Poste", "Le Bouchon 2"],
    ]);
    expect(result.rejected).toEqual([{ rowNumber: 6, errors: [{ field: "siret", code: "invalid_siret" }] }]);
    expect(result.emptyRows).toEqual([5]);
  });

  it("keeps a namesake whose own SIRET differs from the registered one (another establishment)", () => {
    const result = classifyEmployerImport(["Nom", "SIRET", "Ville"], [{ Nom: "Hôtel du Parc", SIRET: "44306184100047", Ville: "Lyon" }], existing);
    expect(result.accepted).toHaveLength(1);
    expect(result.duplicates).toEqual([]);
  });

  it("reports a SIRET twice in the file as a problem, not as a duplicate", () => {
    const result = classifyEmployerImport(["Nom", "SIRET"], [{ Nom: "A", SIRET: "44306184100047" }, { Nom: "B", SIRET: "44306184100047" }], []);
    expect(result.accepted.map((a) => a.rowNumber)).toEqual([2]);
    expect(result.rejected).toEqual([{ rowNumber: 3, errors: [{ field: "siret", code: "duplicate_siret_in_file" }] }]);
  });

  it("fits the API contract once the server adds the words", () => {
    const result = classifyEmployerImport(["Nom", "Ville"], [{ Nom: "A", Ville: "Lyon" }, { Nom: "", Ville: "X" }], existing);
    const preview = {
      ...result,
      format: "csv",
      totalRows: 2,
      rejected: result.rejected.map((r) => ({ ...r, errors: r.errors.map((e) => ({ ...e, message: "m" })) })),
    };
    expect(employerImportPreviewSchema.safeParse(preview).success).toBe(true);
  });
});
