// An uploaded plan, opened: a CSV (UTF-8 with or without its BOM, or
// Windows-1252; commas, semicolons or tabs) or an XLSX (every sheet, for the
// admin to choose). A bad file is refused in one sentence: empty, too big,
// not a spreadsheet, a macro-enabled or old binary workbook, a ZIP that
// unpacks past a bound (its entries streamed and counted by yauzl before
// exceljs opens it), or a cell a spreadsheet would run as a formula.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import yauzl from "yauzl";
import type { SheetCell, SheetRow } from "./compute/rows";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** What an XLSX may unpack to: a 2,000-row plan is a few megabytes. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

export type Sheet = { name: string; rows: SheetRow[] };
export type Workbook = { kind: "csv" | "xlsx"; sheets: Sheet[] };

/** A file refused, with the one sentence that says why. */
export class UploadRefused extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Text a spreadsheet would run: =, @, or + and - before anything but a
 * number or a space ("-5" and "- a bullet" stay text). A leading apostrophe
 * makes it text, as Stocktake's own downloads write it, and is dropped.
 */
const FORMULA = /^(?:[=@]|[+-](?![\d\s.,]|$))/;

export async function readUpload(name: string, bytes: Uint8Array): Promise<Workbook> {
  if (bytes.length === 0) throw new UploadRefused("The file is empty.");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadRefused("The file is over 10 MB: a plan is far smaller; check it is the right file.");
  const lower = name.toLowerCase();
  if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) throw new UploadRefused("Macro-enabled workbooks (.xlsm) are not accepted: save it as .xlsx or CSV and upload that.");
  if (startsWith(bytes, OLE)) throw new UploadRefused("This is an old Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and upload that.");
  const workbook = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  const withData = workbook.sheets.filter((sheet) => sheet.rows.filter((row) => row.cells.some(filled)).length >= 2);
  if (!workbook.sheets.some((sheet) => sheet.rows.some((row) => row.cells.some(filled)))) throw new UploadRefused("The file has nothing in it: no rows to import.");
  if (!withData.length) throw new UploadRefused("The file has a header row but no rows of data under it.");
  return { kind: workbook.kind, sheets: withData };
}

const filled = (cell: SheetCell) => cell instanceof Date || (typeof cell === "string" && cell.trim() !== "");

/** A CSV's cell that a spreadsheet would run when the file is opened (an XLSX's text cell is text: only its formula cells run). */
function refuseFormula(cell: string, row: number, column: number) {
  if (FORMULA.test(cell.trimStart()))
    throw new UploadRefused(
      `Row ${row}, column ${columnName(column)} holds a formula (“${cell.trim().slice(0, 40)}”): a plan's cells must hold text and dates, so save the values only and upload again.`,
    );
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A leading apostrophe, the spreadsheet's "this is text" mark, is not part of the text. */
const unquoted = (text: string) => (/^'[=+\-@]/.test(text) ? text.slice(1) : text);

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UploadRefused("This is not a spreadsheet: upload a CSV or an .xlsx file.");
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    // Not UTF-8: Excel's "CSV" on Windows writes Windows-1252 (Node's own
    // decoder reads that label as Latin-1, losing curly quotes and the euro).
    return iconv.decode(Buffer.from(bytes), "windows-1252");
  }
}

function readCsv(bytes: Uint8Array): Workbook {
  const text = decode(bytes);
  // The separator is guessed from the header line alone: a quoted line break in the data misleads a guess over the whole file.
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const { delimiter } = Papa.parse(header, { delimitersToGuess: [",", ";", "\t"] }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((cells, i) => ({
    number: i + 1,
    cells: cells.map((cell, column) => {
      refuseFormula(cell, i + 1, column);
      return unquoted(cell);
    }),
  }));
  return { kind: "csv", sheets: [{ name: "", rows }] };
}

/** Streams every entry once, counting what it unpacks to, and refuses past the bounds or on a macro. */
async function checkZip(bytes: Uint8Array): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
  ).catch(() => {
    throw new UploadRefused("This is not a spreadsheet this app can open: upload a CSV or an .xlsx file.");
  });
  let unpacked = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        entries++;
        if (entries > MAX_ENTRIES) return reject(new UploadRefused("The workbook holds too many parts to be a plan: check it is the right file."));
        if (/vbaProject\.bin$/i.test(entry.fileName)) return reject(new UploadRefused("The workbook carries macros: save it as .xlsx without them, or as CSV, and upload that."));
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          stream.on("data", (chunk: Buffer) => {
            unpacked += chunk.length;
            if (unpacked > MAX_UNPACKED_BYTES) {
              stream.destroy();
              reject(new UploadRefused("The workbook unpacks to more than 100 MB, far more than a plan: check it is the right file."));
            }
          });
          stream.on("error", reject);
          stream.on("end", () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    throw error instanceof UploadRefused ? error : new UploadRefused("The workbook is damaged: open it in a spreadsheet, save it again and upload that.");
  } finally {
    zip.close();
  }
}

function cellValue(value: ExcelJS.CellValue): SheetCell | { formula: string } {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "string") return unquoted(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { formula: String((value as { formula?: string }).formula ?? "shared formula") };
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  await checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UploadRefused("This is not a spreadsheet this app can open: upload a CSV or an .xlsx file.");
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    // Read once: exceljs counts the columns over every row each time it is asked.
    const columns = worksheet.columnCount;
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: SheetCell[] = [];
      for (let column = 1; column <= columns; column++) {
        const value = cellValue(row.getCell(column).value);
        if (value && typeof value === "object" && "formula" in value)
          throw new UploadRefused(
            `Row ${number}, column ${columnName(column - 1)} of “${worksheet.name}” holds a formula (=${value.formula.slice(0, 40)}): save the values only and upload again.`,
          );
        cells.push(value as SheetCell);
      }
      rows.push({ number, cells });
    });
    return { name: worksheet.name, rows };
  });
  return { kind: "xlsx", sheets };
}
