import { type ListEmployersQuery, type Locale, employerExportHeaders, employerToExportRow } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { getProgram, listAllProgramIds } from "../programs/programs.repository";
import { writeCsv, writeXlsx } from "./employer-files";
import { listEmployers } from "./employers.repository";

export type ExportFormat = "csv" | "xlsx";
export type ExportFile = { filename: string; contentType: string; body: Buffer };

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Far above any team's register; a bound all the same, so an export stays one bounded read. */
const EXPORT_MAX_ROWS = 50_000;

/** "Mission Locale de Lyon" -> "mission-locale-de-lyon": a file name every system keeps as it is. */
const slug = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "programme";

/** The program named, or the only one where the user reads employers: a file is one program's register. */
const exportProgramOf = async (ctx: AppContext, actor: Actor, programId: string | undefined): Promise<string> => {
  if (programId) {
    authorizeProgram(actor, programId, "employer.read");
    return programId;
  }
  const readable = programsWith(actor, "employer.read", actor.isAdmin ? await listAllProgramIds(ctx.database.db) : []);
  if (readable.length === 1) return readable[0].programId;
  if (readable.length === 0) throw new AppError("forbidden");
  throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
};

/**
 * The register (with the list's filters) as a file whose columns the import reads back. It lists the contact
 * people's phones and emails, so each export is written to the access history.
 */
export const exportEmployers = async (
  ctx: AppContext,
  actor: Actor,
  query: Omit<ListEmployersQuery, "limit" | "offset"> & { programId?: string; format: ExportFormat },
  locale: Locale,
): Promise<ExportFile> => {
  const db = ctx.database.db;
  const programId = await exportProgramOf(ctx, actor, query.programId);
  const program = await getProgram(db, programId);
  const { items } = await listEmployers(db, [programId], { ...query, limit: EXPORT_MAX_ROWS, offset: 0 });
  await recordAudit(db, ctx.clock, { actor, action: "export", recordType: "employer", recordId: null, programId });

  const headers = employerExportHeaders[locale];
  const rows = items.map((employer) => employerToExportRow(employer, locale));
  const base = `${locale === "fr" ? "employeurs" : "employers"}-${slug(program?.name ?? "")}-${parisDate(ctx.clock.now())}`;
  const body = query.format === "xlsx" ? await writeXlsx(locale === "fr" ? "Employeurs" : "Employers", headers, rows) : writeCsv(headers, rows);
  return { filename: `${base}.${query.format}`, contentType: contentTypes[query.format], body };
};
