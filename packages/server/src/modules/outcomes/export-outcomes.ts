import {
  type Locale,
  type OutcomeFigureKey,
  type OutcomesExportQuery,
  type OutcomesFigures,
  type QuarterTrend,
  employmentRateBenchmarks,
  outcomeFigureKeySchema,
} from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { type Actor, recordAudit } from "../../platform/journal";
import { writeCsv } from "../employers/employer-files";
import { exportWords, figureLabels, reasonLabels } from "./outcome-labels";
import { readOutcomes } from "./read-outcomes";

export type OutcomesFile = { filename: string; contentType: string; body: Buffer };

const contentTypes = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** Numbers as the spreadsheet shows them: at most one decimal, a percentage for rates, empty when unknown. */
const number = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(Math.round(value * 10) / 10));
const percent = (value: number | null): string => (value === null ? "" : number(value * 100));

const usBenchmark = `${employmentRateBenchmarks.us.minimal * 100} / ${employmentRateBenchmarks.us.average * 100} / ${employmentRateBenchmarks.us.excellent * 100}`;
const benchmarks: Partial<Record<OutcomeFigureKey, string>> = {
  competitiveEmploymentRate: usBenchmark,
  ukEmploymentRate: String(employmentRateBenchmarks.uk * 100),
  employerContactsPerSpecialistPerWeek: "6",
};

/** One row per figure (a breakdown: one row per reason), never a name nor an id. */
export const figureRows = (figures: OutcomesFigures, locale: Locale): string[][] => {
  const rows: string[][] = [];
  for (const key of outcomeFigureKeySchema.options) {
    const label = figureLabels[key][locale];
    const benchmark = benchmarks[key] ?? "";
    if (key === "employerContactsBySpecialist") continue; // names of colleagues: the screen shows them, the file does not
    if (key === "employerContactsPerSpecialistPerWeek") {
      rows.push([label, number(figures[key]), "", "", "", benchmark]);
      continue;
    }
    if (key === "jobEndingsByReason" || key === "referralsDeclinedByReason" || key === "closuresByReason") {
      for (const row of figures[key]) rows.push([`${label} : ${reasonLabels[row.reason]?.[locale] ?? row.reason}`, String(row.count), "", "", "", ""]);
      continue;
    }
    const figure = figures[key];
    if ("numeratorIds" in figure) rows.push([label, percent(figure.rate), "", String(figure.numerator), String(figure.denominator), benchmark]);
    else if ("median" in figure) rows.push([label, number(figure.median), String(figure.n), "", "", benchmark]);
    else rows.push([label, String(figure.count), "", "", "", benchmark]);
  }
  return rows;
};

export const trendRows = (trends: readonly QuarterTrend[]): string[][] =>
  trends.map((t) => [t.quarter, t.from, t.to, String(t.activeCaseload), percent(t.competitiveEmploymentRate), percent(t.ukEmploymentRate), String(t.supportedIntoWork), String(t.jobStarts)]);

const withoutBom = (csv: Buffer): Buffer => csv.subarray(3);

const writeWorkbook = async (locale: Locale, figures: string[][], trends: string[][]): Promise<Buffer> => {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passerelle";
  const words = exportWords[locale];
  for (const [name, headers, rows] of [
    [words.figures, words.figureHeaders, figures],
    [words.trends, words.trendHeaders, trends],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...headers]);
    sheet.getRow(1).font = { bold: true };
    // Numbers are written as numbers so the sheet can chart and sum them; labels and dates stay text.
    for (const row of rows) sheet.addRow(row.map((cell) => (cell === "" ? null : /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
    sheet.columns.forEach((column, i) => {
      column.width = Math.max(10, Math.min(80, Math.max(headers[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)) + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/**
 * The report as a file: the figures (label, value, n or numerator and denominator, benchmark), then the 8 quarters'
 * trends (a second part in CSV, a second sheet in XLSX). Aggregates only: no name and no id. The export is
 * written to the access history, as the other exports are.
 */
export const exportOutcomes = async (ctx: AppContext, actor: Actor, query: OutcomesExportQuery, locale: Locale): Promise<OutcomesFile> => {
  const { format, ...rest } = query;
  const report = await readOutcomes(ctx, actor, rest);
  await recordAudit(ctx.database.db, ctx.clock, {
    actor,
    action: "export",
    recordType: "outcomes",
    recordId: null,
    programId: report.programIds.length === 1 ? report.programIds[0] : null,
  });
  const figures = figureRows(report.figures, locale);
  const trends = trendRows(report.trends);
  const words = exportWords[locale];
  const body =
    format === "xlsx"
      ? await writeWorkbook(locale, figures, trends)
      : Buffer.concat([
          writeCsv(words.figureHeaders, figures),
          // The trends follow as a second table (its own title and header row), after an empty line.
          Buffer.from("\r\n", "utf-8"),
          withoutBom(writeCsv([words.trends], [])),
          withoutBom(writeCsv(words.trendHeaders, trends)),
        ]);
  return { filename: `passerelle-resultats-${query.from}-${query.to}.${format}`, contentType: contentTypes[format], body };
};
