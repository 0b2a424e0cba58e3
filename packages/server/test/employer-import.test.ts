import { EMPLOYER_IMPORT_MAX_BYTES, EMPLOYER_IMPORT_MAX_ROWS, isValidSiret } from "@passerelle/domain";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employers, events } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-03-31T08:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
});
afterAll(async () => t?.close());

/** A valid SIRET per number: a fixed prefix and the Luhn key. */
const siret = (n: number): string => {
  const body = `8${String(n).padStart(12, "0")}`;
  for (let key = 0; key <= 9; key++) if (isValidSiret(`${body}${key}`)) return `${body}${key}`;
  throw new Error("no key");
};

/** The raw file as the browser sends it: the bytes as the body, with the file's content type. */
const upload = async (client: ApiClient, path: string, bytes: Uint8Array | string, contentType = "text/csv", language = "fr") => {
  const res = await fetch(t.baseUrl + path, {
    method: "POST",
    headers: { "content-type": contentType, "accept-language": language, ...(client.cookie ? { cookie: client.cookie } : {}) },
    body: typeof bytes === "string" ? bytes : Buffer.from(bytes),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
};
const preview = (client: ApiClient, file: Uint8Array | string, contentType?: string, language?: string) =>
  upload(client, `/api/employers/import/preview?programId=${world.program1}`, file, contentType, language);
const importFile = (client: ApiClient, file: Uint8Array | string, contentType?: string, language?: string) =>
  upload(client, `/api/employers/import?programId=${world.program1}`, file, contentType, language);

const countEmployers = async (programId = world.program1) => (await t.database.db.select({ id: employers.id }).from(employers).where(eq(employers.programId, programId))).length;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("reading the file", () => {
  it("reads a comma CSV with English headers and saves nothing on preview", async () => {
    const before = await countEmployers();
    const csv = `Company,SIRET,City,Stage,Contact name,Contact email\nRiver Café,${siret(1)},Lyon,partner,Ann Lee,ann@example.org\n"Smith, Jones & Co",,Villeurbanne,hiring,,\n`;
    const res = await preview(specialist, csv);
    expect(res.status).toBe(200);
    expect(res.body.format).toBe("csv");
    expect(res.body.totalRows).toBe(2);
    expect(res.body.columns.map((c: { field: string }) => c.field)).toEqual(["name", "siret", "town", "stage", "contactName", "contactEmail"]);
    expect(res.body.accepted.map((a: { rowNumber: number; employer: { name: string; stage: string } }) => [a.rowNumber, a.employer.name, a.employer.stage])).toEqual([
      [2, "River Café", "partner"],
      [3, "Smith, Jones & Co", "hiring"],
    ]);
    expect(res.body.accepted[0].employer.contactPeople).toEqual([{ name: "Ann Lee", role: "", phone: null, email: "ann@example.org" }]);
    expect(await countEmployers()).toBe(before);
  });

  it("reads a semicolon CSV with a UTF-8 BOM and French headers", async () => {
    const csv = `\uFEFFRaison sociale;N° SIRET;Code postal;Commune;Code INSEE;Étape;Effectif\r\nBoulangerie Éclair;${siret(2)};69003;Lyon;69123;En contact;12 salariés\r\n`;
    const res = await preview(specialist, csv, "application/vnd.ms-excel");
    expect(res.status).toBe(200);
    expect(res.body.columns[0]).toEqual({ header: "Raison sociale", field: "name" });
    expect(res.body.accepted[0].employer).toMatchObject({
      name: "Boulangerie Éclair",
      siret: siret(2),
      place: { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69003" },
      stage: "in_contact",
      size: "10_19",
    });
  });

  it("reads Windows-1252 bytes (older French Excel) when they are not UTF-8", async () => {
    const text = "Nom;Ville;Notes\r\nCrêperie Léa;Saint-Étienne;Ouvert à l'été\r\n";
    const bytes = Uint8Array.from([...text].map((ch) => ({ ê: 0xea, é: 0xe9, É: 0xc9, à: 0xe0 })[ch] ?? ch.charCodeAt(0)));
    const res = await preview(specialist, bytes, "text/csv");
    expect(res.status).toBe(200);
    expect(res.body.accepted[0].employer).toMatchObject({ name: "Crêperie Léa", place: { name: "Saint-Étienne" }, notes: "Ouvert à l'été" });
  });

  it("reads the first sheet of an XLSX file: numbers, dates, rich text, formulas and links as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Employeurs");
    sheet.addRow(["Raison sociale", "SIRET", "Code INSEE", "Commune", "E-mail", "Contact", "Notes", "Effectif"]);
    sheet.addRow([
      { richText: [{ text: "Hôtel " }, { text: "du Lac", font: { bold: true } }] },
      Number(siret(3)),
      1053,
      "Bourg-en-Bresse",
      { text: "rh@lac.example", hyperlink: "mailto:rh@lac.example" },
      "M. Lac",
      new Date(Date.UTC(2026, 2, 1)),
      { formula: "10+15", result: 25 },
    ]);
    sheet.addRow([]);
    sheet.addRow(["Garage Sud", "", "", "Lyon"]);
    workbook.addWorksheet("Autre").addRow(["ignored"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await preview(specialist, bytes, XLSX_TYPE);
    expect(res.status).toBe(200);
    expect(res.body.format).toBe("xlsx");
    expect(res.body.accepted.map((a: { rowNumber: number }) => a.rowNumber)).toEqual([2, 4]);
    expect(res.body.emptyRows).toEqual([3]);
    expect(res.body.accepted[0].employer).toMatchObject({
      name: "Hôtel du Lac",
      siret: siret(3),
      place: { kind: "commune", inseeCode: "01053", name: "Bourg-en-Bresse" },
      contactPeople: [{ name: "M. Lac", email: "rh@lac.example" }],
      notes: "2026-03-01",
      size: "20_49",
    });
  });

  it("reports every problem of a rejected row with its spreadsheet row number, in the request's language", async () => {
    const csv = `Nom;SIRET;Étape;E-mail;Code NAF\nBon;;;;\n;123;peut-être;;\nAutre;;;x@;5610\n`;
    const fr = await preview(specialist, csv);
    expect(fr.status).toBe(200);
    expect(fr.body.accepted.map((a: { rowNumber: number }) => a.rowNumber)).toEqual([2]);
    expect(fr.body.rejected.map((r: { rowNumber: number; errors: { field: string; code: string }[] }) => [r.rowNumber, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual([
      [3, ["name:required", "siret:invalid_siret", "stage:invalid_stage"]],
      [4, ["nafCode:invalid_naf_code", "contactName:required", "contactEmail:invalid_email"]],
    ]);
    const messages = fr.body.rejected[0].errors.map((e: { message: string }) => e.message);
    expect(messages[0]).toBe("Raison sociale : obligatoire, la cellule est vide.");
    expect(messages[1]).toMatch(/^SIRET : numéro invalide/);
    expect(messages[2]).toMatch(/prospect, en contact, partenaire ou recrute/);
    const en = await preview(specialist, csv, "text/csv", "en");
    expect(en.body.rejected[0].errors[0].message).toBe("Name: required, the cell is empty.");
  });

  it("keeps a cell an export protected from spreadsheet formulas as it was", async () => {
    const res = await preview(specialist, "Nom;Notes\n'=Rire & Co;'-- à rappeler\n");
    expect(res.body.accepted[0].employer).toMatchObject({ name: "=Rire & Co", notes: "-- à rappeler" });
  });
});

describe("refusing files", () => {
  it("answers 413 with the limit in words for a file over 2 MB, and for too many rows", async () => {
    const big = `Nom\n${"x".repeat(EMPLOYER_IMPORT_MAX_BYTES)}\n`;
    const res = await preview(specialist, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect(res.body.error.fields).toEqual([{ path: "file", message: expect.stringMatching(/2 Mo/) }]);
    const rows = `Nom\n${Array.from({ length: EMPLOYER_IMPORT_MAX_ROWS + 1 }, (_, i) => `E${i}`).join("\n")}\n`;
    const many = await importFile(specialist, rows, "text/csv", "en");
    expect(many.status).toBe(413);
    expect(many.body.error.fields[0].message).toMatch(/more than 5,000 rows/);
  });

  it.each([
    ["binary garbage", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), /n'est pas lisible/],
    ["an Excel 97-2003 file", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
    ["a broken XLSX (a ZIP of nothing)", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /n'est pas lisible/],
    ["a CSV with an unclosed quote", 'Nom;Notes\nA;"ouvert\nB;x\n', /guillemet/],
    ["a header without rows", "Nom;SIRET\n\n", /vide/],
    ["an empty body", "", /vide/],
  ] as const)("answers 400 with a translated message for %s", async (_label, file, message) => {
    const res = await preview(specialist, file);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({ path: "file", message: expect.stringMatching(message) });
  });

  it("refuses a multipart form (the file is sent as the body itself)", async () => {
    const res = await preview(specialist, "--x\r\nContent-Disposition: form-data; name=file\r\n\r\nNom\r\n--x--", "multipart/form-data; boundary=x");
    expect(res.status).toBe(415);
  });

  it("keeps clinicians and peers out (403) and answers 404 for another program", async () => {
    for (const who of ["clinician", "peer"] as const) {
      const client = await new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
      expect((await preview(client, "Nom\nA\n")).status).toBe(403);
      expect((await importFile(client, "Nom\nA\n")).status).toBe(403);
    }
    const other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
    expect((await preview(other, "Nom\nA\n")).status).toBe(404);
    expect((await importFile(other, "Nom\nA\n")).status).toBe(404);
    expect((await preview(new ApiClient(t.baseUrl), "Nom\nA\n")).status).toBe(401);
  });
});

describe("importing", () => {
  const file = () =>
    `Raison sociale;SIRET;Commune;Étape;Contact;Téléphone\nAtelier Bois;${siret(10)};Lyon;partenaire;Mme Chêne;+33 4 78 00 00 00\nFleurs Rose;;Bron;;;\nSans SIRET valide;999;;;;\n`;

  it("creates the accepted rows in one go, each with its event, the author knowing them; one audit entry", async () => {
    const before = await countEmployers();
    const res = await importFile(specialist, file());
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);
    expect(res.body.rejected.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([4]);
    expect(await countEmployers()).toBe(before + 2);
    const list = await specialist.get(`/api/employers?programId=${world.program1}&q=atelier bois`);
    expect(list.body.items[0]).toMatchObject({
      name: "Atelier Bois",
      siret: siret(10),
      stage: "partner",
      place: { kind: "town", name: "Lyon", country: "FR" },
      contactPeople: [{ name: "Mme Chêne", phone: "+33 4 78 00 00 00" }],
      specialistIds: [world.users.specialist.id],
      version: 1,
    });
    const created = await t.database.db.select().from(events).where(and(eq(events.type, "employer.created"), eq(events.programId, world.program1)));
    expect(created.filter((e) => (e.data as { source?: string }).source === "import")).toHaveLength(2);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, "import"), eq(auditLog.userId, world.users.specialist.id)));
    expect(audit).toHaveLength(1);
  });

  it("skips what the register already has (same SIRET, or same name and town) and says which record it matched", async () => {
    const again = await importFile(lead, `${file()}Atelier Neuf;;Lyon;;;\n`);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(1);
    expect(again.body.duplicates.map((d: { rowNumber: number; reason: string; existing: { name: string } }) => [d.rowNumber, d.reason, d.existing.name])).toEqual([
      [2, "same_siret", "Atelier Bois"],
      [3, "same_name_and_town", "Fleurs Rose"],
    ]);
    // The lead is a member of the program, so the one new employer lists the lead, not the first importer.
    const neuf = await lead.get(`/api/employers?programId=${world.program1}&q=atelier neuf`);
    expect(neuf.body.items[0].specialistIds).toEqual([world.users.team_lead.id]);
  });

  it("imports into the only program of a user who names none, and asks one who has several", async () => {
    const res = await upload(specialist, "/api/employers/import/preview", "Nom\nSeul\n");
    expect(res.status).toBe(200);
    const admin = await new ApiClient(t.baseUrl).login(world.users.admin.email, PASSWORD);
    // The installation administrator is a member of one program only, as when creating an employer.
    expect((await upload(admin, "/api/employers/import/preview", "Nom\nSeul\n")).status).toBe(200);
  });
});
