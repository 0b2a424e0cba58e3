import { type Locale, brainstormCsvRows, brainstormMarkdown } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import { type Actor, recordAudit } from "../../platform/journal";
import { writeCsv } from "../employers/employer-files";
import type { BrainstormServices } from "./brainstorm-services";
import { leaderSession } from "./brainstorm-access";
import { loadLeaderWall } from "./read-wall";

export type WallFile = { filename: string; contentType: string; body: Buffer };

/** The saved wall as a spreadsheet (CSV, `;`, UTF-8 with BOM, formula-safe cells) or a printable Markdown page. */
export const exportWall = async (svc: BrainstormServices, actor: Actor, id: string, format: "csv" | "md", locale: Locale): Promise<WallFile> => {
  const db = svc.database.db;
  const session = await leaderSession(db, actor, id);
  const wall = await loadLeaderWall(db, svc.clock.now(), id, 0);
  await recordAudit(db, svc.clock, { actor, action: "export", recordType: "brainstorm", recordId: id, programId: session.programId });
  const date = parisDate(session.createdAt);
  const name = `${locale === "fr" ? "mur-idees" : "ideas-wall"}-${date}`;
  if (format === "md") {
    return {
      filename: `${name}.md`,
      contentType: "text/markdown; charset=utf-8",
      body: Buffer.from(brainstormMarkdown({ topic: wall.session.topic, status: wall.session.status, date }, wall.notes, locale), "utf-8"),
    };
  }
  const { headers, rows } = brainstormCsvRows(wall.notes, locale);
  return { filename: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: writeCsv(headers, rows) };
};
