import { EMPLOYER_IMPORT_MAX_ROWS } from "@passerelle/domain";
import type ExcelJS from "exceljs";
import Papa from "papaparse";

/**
 * Spreadsheet files in and out of the employer register. Reading turns a CSV or XLSX file into a header row and
 * one record per data row (header -> cell text), numbered as the spreadsheet shows them; the domain decides what
 * the rows mean. Writing produces files that French Excel opens as they are: CSV with `;` and a UTF-8 BOM, XLSX.
 */

export type SheetFormat = "csv" | "xlsx";
export type SheetData = { format: SheetFormat; headers: string[]; records: Record<string, string>[] };

/** Why a file cannot be read; each is a message key (platform/messages.ts). */
export type FileProblem = "import_unreadable_file" | "import_xls_not_supported" | "import_malformed_csv" | "import_empty_file" | "import_too_many_rows";

export class SheetFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
  }
}

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 container of Excel 97-2003 (.xls) files. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

/** The format comes from the bytes, not the name or the content type: Windows labels .csv files "application/vnd.ms-excel". */
export const readSheetFile = async (bytes: Uint8Array): Promise<SheetData> => {
  if (bytes.length === 0) throw new SheetFileError("import_empty_file");
  if (startsWith(bytes, ZIP)) return { format: "xlsx", ...(await readXlsx(bytes)) };
  if (startsWith(bytes, OLE2)) throw new SheetFileError("import_xls_not_supported");
  return { format: "csv", ...readCsv(decodeText(bytes)) };
};

/**
 * UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or else Windows-1252, which older French Excel
 * writes: bytes that are not valid UTF-8 are read as Windows-1252 ("é" saved as 0xE9). Control characters other
 * than tabs and line breaks mean the file is not text at all (an image, a PDF, a renamed binary).
 */
export const decodeText = (bytes: Uint8Array): string => {
  let text: string;
  if (startsWith(bytes, UTF16LE_BOM)) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else {
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder("windows-1252").decode(body);
    }
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text.slice(0, 65_536))) throw new SheetFileError("import_unreadable_file");
  return text;
};

/** `;` (French Excel), `,` or tab: whichever the header line uses most, outside quotes. */
export const detectDelimiter = (text: string): string => {
  const firstLine = (text.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "").replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ",";
};

/** An apostrophe put before `=`, `+`, `-`, `@` by an export (ours or a spreadsheet's) to keep it text. */
const unescapeFormula = (value: string): string => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);

const readCsv = (text: string): Omit<SheetData, "format"> => {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  // An unclosed quote swallows every following row into one cell: refuse rather than import a silently cut file.
  if (parsed.errors.some((e) => e.type === "Quotes")) throw new SheetFileError("import_malformed_csv");
  return toRecords(parsed.data.map((row) => row.map((cell) => unescapeFormula(cell ?? ""))));
};

/** Header row first; later rows keyed by header, the first non-empty cell winning when two columns share a name. */
const toRecords = (rows: string[][]): Omit<SheetData, "format"> => {
  const isBlank = (row: string[] | undefined) => !row || row.every((cell) => cell.trim() === "");
  let end = rows.length;
  while (end > 0 && isBlank(rows[end - 1])) end--;
  if (end === 0) throw new SheetFileError("import_empty_file");
  const headers = rows[0].map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  if (headers.length === 0) throw new SheetFileError("import_empty_file");
  const dataRows = rows.slice(1, end);
  if (dataRows.length === 0) throw new SheetFileError("import_empty_file");
  if (dataRows.length > EMPLOYER_IMPORT_MAX_ROWS) throw new SheetFileError("import_too_many_rows");
  const records = dataRows.map((row) => {
    const record: Record<string, string> = Object.create(null);
    headers.forEach((header, i) => {
      const value = row[i] ?? "";
      if (!(header in record) || record[header].trim() === "") record[header] = value;
    });
    return record;
  });
  return { headers, records };
};

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text joined, a formula's result, a link's text. */
export const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? isoDay(value) : `${isoDay(value)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  // An error cell (#N/A, #REF!) or anything else holds no usable text.
  return "";
};

/**
 * exceljs is loaded on first use: it takes about half a second to import, which every server start would pay for
 * a feature used a few times a year.
 */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import("exceljs")).default;

const readXlsx = async (bytes: Uint8Array): Promise<Omit<SheetData, "format">> => {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SheetFileError("import_unreadable_file");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new SheetFileError("import_empty_file");
  // Checked before reading the cells: a sheet of a million rows is refused without building a million records.
  if (sheet.rowCount - 1 > EMPLOYER_IMPORT_MAX_ROWS && sheet.actualRowCount - 1 > EMPLOYER_IMPORT_MAX_ROWS) {
    throw new SheetFileError("import_too_many_rows");
  }
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return toRecords(rows);
};

/** A CSV cell that a spreadsheet would run as a formula gets an apostrophe; phone numbers ("+33 ...") stay as they are. */
const safeCsvCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) && !/^\+?[0-9 ().\-/]+$/.test(value) ? `'${value}` : value);

/** CSV for French Excel: `;` between cells, CRLF, and a BOM so accents are read as UTF-8. */
export const writeCsv = (headers: readonly string[], rows: readonly string[][]): Buffer => {
  const text = Papa.unparse({ fields: [...headers], data: rows.map((row) => row.map(safeCsvCell)) }, { delimiter: ";", newline: "\r\n" });
  return Buffer.from(`\uFEFF${text}\r\n`, "utf-8");
};

/** XLSX with a bold, frozen header row and a filter; every cell is written as text (a SIRET stays 14 digits). */
export const writeXlsx = async (sheetName: string, headers: readonly string[], rows: readonly string[][]): Promise<Buffer> => {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = "Passerelle";
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(headers[i]?.length ?? 0, ...rows.map((row) => Math.min(row[i]?.length ?? 0, 60)));
    column.width = Math.max(10, longest + 2);
  });
  if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
