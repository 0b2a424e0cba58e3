import { type EmployerImportPreview, type EmployerImportResult, type Locale, type WorkPlace, classifyEmployerImport } from "@passerelle/domain";
import { eq } from "drizzle-orm";
import { employers } from "../../db/schema/index";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvents, recordAudit } from "../../platform/journal";
import { findMemberRole, getProgram } from "../programs/programs.repository";
import { type SheetData, SheetFileError, readSheetFile } from "./employer-files";
import { describeImportProblem } from "./employer-import-messages";
import { searchNameOfEmployer } from "./employers.repository";

/**
 * Import of an employer list into a program's register, in two calls on the same file: the preview (nothing
 * saved) and the import, which saves every accepted row in one transaction and answers the same report.
 * Rows already in the register (same SIRET, or same name and town) are skipped, never doubled nor overwritten.
 */

/** The program named by the caller, or the only one they belong to (as when creating an employer). */
export const importProgramOf = (actor: Actor, programId: string | undefined): string => {
  const id = programId ?? (actor.memberships.length === 1 ? actor.memberships[0].programId : undefined);
  if (!id) throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
  authorizeProgram(actor, id, "employer.write");
  return id;
};

/** The request body as the content-type parser left it: the file's bytes, if any were sent. */
const readFile = async (body: unknown): Promise<SheetData> => {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError("validation", { fields: [{ path: "file", message: "import_empty_file" }] });
  try {
    return await readSheetFile(body);
  } catch (error) {
    if (!(error instanceof SheetFileError)) throw error;
    const code = error.problem === "import_too_many_rows" ? "payload_too_large" : "validation";
    throw new AppError(code, { fields: [{ path: "file", message: error.problem }] });
  }
};

const existingEmployers = (db: Executor, programId: string) =>
  db.select({ id: employers.id, name: employers.name, siret: employers.siret, place: employers.place }).from(employers).where(eq(employers.programId, programId));

const classify = async (db: Executor, programId: string, sheet: SheetData, locale: Locale): Promise<EmployerImportPreview> => {
  const program = await getProgram(db, programId);
  const existing = (await existingEmployers(db, programId)).map((e) => ({ ...e, place: e.place as WorkPlace | null }));
  const result = classifyEmployerImport(sheet.headers, sheet.records, existing, { defaultCountry: program?.country ?? "FR" });
  return {
    ...result,
    format: sheet.format,
    totalRows: sheet.records.length,
    rejected: result.rejected.map((row) => ({
      rowNumber: row.rowNumber,
      errors: row.errors.map((error) => ({ ...error, message: describeImportProblem(locale, error) })),
    })),
  };
};

export const previewEmployerImportFile = async (ctx: AppContext, actor: Actor, programId: string | undefined, body: unknown, locale: Locale): Promise<EmployerImportPreview> => {
  const id = importProgramOf(actor, programId);
  const sheet = await readFile(body);
  return classify(ctx.database.db, id, sheet, locale);
};

/** Rows per insert statement: large enough to be quick, small enough to stay far from the parameter limit. */
const BATCH = 200;

export const importEmployerFile = async (ctx: AppContext, actor: Actor, programId: string | undefined, body: unknown, locale: Locale): Promise<EmployerImportResult> => {
  const id = importProgramOf(actor, programId);
  const sheet = await readFile(body);
  return ctx.database.db.transaction(async (tx) => {
    // Classified again inside the transaction: the register may have changed since the preview.
    const report = await classify(tx, id, sheet, locale);
    const authorIsMember = (await findMemberRole(tx, id, actor.userId)) !== null;
    const now = ctx.clock.now();
    const rows = report.accepted.map(({ employer }) => ({
      id: newId(),
      programId: id,
      name: employer.name,
      searchName: searchNameOfEmployer(employer.name),
      siret: employer.siret ?? null,
      nafCode: employer.nafCode ?? null,
      setting: employer.setting,
      address: employer.address || null,
      place: employer.place ?? null,
      size: employer.size ?? null,
      stage: employer.stage,
      contactPeople: employer.contactPeople,
      notes: employer.notes,
      // The person who imports the list is taken as knowing these employers, as when creating one by hand.
      specialistIds: authorIsMember ? [actor.userId] : [],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += BATCH) await tx.insert(employers).values(rows.slice(i, i + BATCH));
    // One creation event per employer, as for one created by hand, so nothing downstream tells them apart.
    await appendEvents(
      tx,
      ctx.clock,
      rows.map((row) => ({ type: "employer.created" as const, actor, programId: id, participantId: null, data: { employerId: row.id, stage: row.stage, source: "import" } })),
    );
    await recordAudit(tx, ctx.clock, { actor, action: "import", recordType: "employer", recordId: null, programId: id });
    return { ...report, created: rows.length };
  });
};
