import { employerExportHeaders } from "@passerelle/domain";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 00:30 in Paris on 1 April 2026 (still 31 March in UTC): the file is named after the Paris date.
const clock = fixedClock("2026-03-31T22:30:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let other: ApiClient;

type Download = { status: number; headers: Headers; bytes: Buffer };

const download = async (client: ApiClient, path: string, language = "fr"): Promise<Download> => {
  const res = await fetch(t.baseUrl + path, { headers: { "accept-language": language, ...(client.cookie ? { cookie: client.cookie } : {}) } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

const upload = async (client: ApiClient, path: string, bytes: Buffer) => {
  const res = await fetch(t.baseUrl + path, { method: "POST", headers: { "content-type": "application/octet-stream", cookie: client.cookie ?? "" }, body: new Uint8Array(bytes) });
  return { status: res.status, body: await res.json() };
};

const register = [
  {
    name: "Le Bouchon Lyonnais",
    siret: "73282932000074",
    nafCode: "56.10A",
    setting: "entreprise_adaptee",
    address: "12 rue Mercière",
    place: { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69002" },
    size: "20_49",
    stage: "partner",
    contactPeople: [{ name: "Mme Durand", role: "Gérante", phone: "+33 4 78 00 00 00", email: "durand@bouchon.example" }],
    notes: "=SOMME(A1) ; « guillemets » \"doubles\"\nsur deux lignes",
  },
  { name: "Brasserie du Parc", place: { kind: "town", name: "Liège", country: "BE" }, stage: "hiring", size: "none" },
  { name: "ESAT Les Ateliers", setting: "esat", stage: "in_contact", contactPeople: [{ name: "M. Roc", role: "" }, { name: "Mme Sol", role: "Cheffe", email: "sol@example.org" }] },
];

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
  for (const e of register) expect((await specialist.post("/api/employers", { programId: world.program1, ...e })).status).toBe(201);
});
afterAll(async () => t?.close());

/** Absent and null mean the same in the register (a contact without a phone, a town without a postal code). */
const withoutNulls = (value: unknown): unknown =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]))
    : value;

const comparable = (e: Record<string, unknown>) => ({
  name: e.name,
  siret: e.siret,
  nafCode: e.nafCode,
  setting: e.setting,
  address: e.address,
  place: withoutNulls(e.place),
  size: e.size,
  stage: e.stage,
  // Only the first contact person has columns of their own (the others go to "Autres contacts").
  firstContact: withoutNulls((e.contactPeople as unknown[])[0] ?? null),
  notes: e.notes,
});
const listOf = async (client: ApiClient, programId: string) =>
  ((await client.get(`/api/employers?programId=${programId}&limit=500`)).body.items as Record<string, unknown>[]).map(comparable);

describe("export", () => {
  it("writes a CSV for French Excel: BOM, semicolons, French headers, a file name with the program and the date", async () => {
    const res = await download(specialist, `/api/employers/export?programId=${world.program1}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="employeurs-programme-un-2026-04-01.csv"; filename*=UTF-8''employeurs-programme-un-2026-04-01.csv`,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.bytes.toString("utf-8").slice(1);
    expect(text.split("\r\n")[0]).toBe(employerExportHeaders.fr.join(";"));
    expect(text).toContain("Le Bouchon Lyonnais;73282932000074;56.10A;entreprise adaptée;");
    // A formula stays text; a phone number keeps its "+".
    expect(text).toContain(`"'=SOMME(A1) ; « guillemets » ""doubles""\nsur deux lignes"`);
    expect(text).toContain(";+33 4 78 00 00 00;");
  });

  it("writes English headers for an English request, and XLSX with a header row and text cells", async () => {
    const en = await download(specialist, `/api/employers/export?programId=${world.program1}`, "en");
    expect(en.bytes.toString("utf-8").slice(1).split("\r\n")[0]).toBe(employerExportHeaders.en.join(";"));
    expect(en.headers.get("content-disposition")).toMatch(/filename="employers-programme-un-2026-04-01\.csv"/);

    const res = await download(specialist, `/api/employers/export?programId=${world.program1}&format=xlsx&lang=fr`, "en");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Employeurs");
    expect(sheet.getRow(1).values).toEqual([undefined, ...employerExportHeaders.fr]);
    expect(sheet.rowCount).toBe(1 + register.length);
    const bouchon = sheet.getRows(2, register.length)?.find((row) => row.getCell(1).value === "Le Bouchon Lyonnais");
    expect(bouchon?.getCell(2).value).toBe("73282932000074");
  });

  it("applies the list's filters", async () => {
    const res = await download(specialist, `/api/employers/export?programId=${world.program1}&stage=hiring`);
    const lines = res.bytes.toString("utf-8").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Brasserie du Parc;/);
  });

  it("is written to the access history (it lists contact people's phones and emails)", async () => {
    await download(specialist, `/api/employers/export?programId=${world.program1}`);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, "export"), eq(auditLog.userId, world.users.specialist.id)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ recordType: "employer", programId: world.program1 });
  });

  it.each(["csv", "xlsx"] as const)("round-trips: a %s export imported into another program gives the same employers", async (format) => {
    const file = await download(specialist, `/api/employers/export?programId=${world.program1}&format=${format}`);
    // The other program is Belgian: places keep the country written in the file, not the program's default.
    const res = await upload(other, `/api/employers/import?programId=${world.program2}`, file.bytes);
    expect(res.status).toBe(200);
    expect(res.body.rejected).toEqual([]);
    if (format === "csv") {
      expect(res.body.created).toBe(register.length);
      const sortByName = (list: ReturnType<typeof comparable>[]) => [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)));
      expect(sortByName(await listOf(other, world.program2))).toEqual(sortByName(await listOf(specialist, world.program1)));
    } else {
      // The same register again: every row is already there.
      expect(res.body.created).toBe(0);
      expect(res.body.duplicates).toHaveLength(register.length);
    }
  });

  it("keeps clinicians and peers out, answers 404 for another program and 400 for an unknown format", async () => {
    for (const who of ["clinician", "peer"] as const) {
      const client = await new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
      expect((await download(client, `/api/employers/export?programId=${world.program1}`)).status).toBe(403);
      expect((await download(client, "/api/employers/export")).status).toBe(403);
    }
    expect((await download(other, `/api/employers/export?programId=${world.program1}`)).status).toBe(404);
    expect((await download(specialist, `/api/employers/export?programId=${world.program1}&format=pdf`)).status).toBe(400);
    // A user of one program need not name it.
    expect((await download(specialist, "/api/employers/export")).status).toBe(200);
    expect((await download(new ApiClient(t.baseUrl), "/api/employers/export")).status).toBe(401);
  });
});
