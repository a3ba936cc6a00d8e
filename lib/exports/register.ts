// Registers out: any table the app shows as a register (risks, the impact
// log, decisions, change requests…) downloads as CSV and XLSX from one
// description of its columns. Written once here; a register adds itself in
// lib/exports/registers.ts.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { formatUkDate } from "@/lib/dates/format";

export type Cell = string | number | Date | null | undefined;

export type Column<Row> = {
  header: string;
  value: (row: Row) => Cell;
  /** Width in characters in the XLSX (the CSV has none). */
  width?: number;
};

export type Register<Row> = {
  /** "Risk register — Derbyshire Local Area SEND Partnership" */
  title: string;
  /** File name without extension, e.g. "derbyshire-risk-register-2026-11-20". */
  filename: string;
  /** The filters the table was drawn with, as people read them ("Area: PIA1"); none means everything. */
  filters: string[];
  /** When the register was drawn ("As at 20 November 2026"). */
  asAt: Date;
  columns: Column<Row>[];
  rows: Row[];
};

/**
 * A spreadsheet reads a cell starting =, +, -, @ (or a tab or carriage
 * return before one) as a formula; exported text must never run as one
 * (OWASP "CSV injection").
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** In a CSV, a leading apostrophe makes such text text. */
export function neutralise(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/**
 * In an XLSX a string is stored as a string, never as a formula, so it reads
 * exactly as typed (an apostrophe would show). Text that looks like a formula
 * also gets the text format ("@"), so it stays text when someone edits the
 * cell and presses Enter.
 */
function setText(cell: ExcelJS.Cell, text: string) {
  cell.value = text;
  if (FORMULA_LIKE.test(text)) cell.numFmt = "@";
}

function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return formatUkDate(cell);
  if (typeof cell === "number") return String(cell);
  return neutralise(cell);
}

function preamble(register: Register<unknown>): string[] {
  return [register.title, `As at ${formatUkDate(register.asAt)}`, register.filters.length ? `Filters: ${register.filters.join("; ")}` : "Filters: none (everything)"];
}

/** CSV with a byte-order mark (so Excel reads UTF-8), the title, date and filters, a blank line, then the table. */
export function toCsv<Row>(register: Register<Row>): string {
  const lines: Cell[][] = [
    ...preamble(register as Register<unknown>).map((line) => [line]),
    [],
    register.columns.map((c) => c.header),
    ...register.rows.map((row) => register.columns.map((c) => c.value(row))),
  ];
  return `\uFEFF${Papa.unparse(
    lines.map((line) => line.map(textOf)),
    { newline: "\r\n" },
  )}\r\n`;
}

/** The characters a sheet name may not hold, and its length (Excel's rules). */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
}

/** A new workbook, made by Stocktake at the given moment. */
export function newWorkbook(created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Stocktake";
  workbook.created = created;
  return workbook;
}

/**
 * Adds the register to the workbook as one sheet (named `name`, else after its
 * title): the title block, a bold header row frozen in place, dates as dates
 * shown the UK way, text never as formulas.
 */
export function addRegisterSheet<Row>(workbook: ExcelJS.Workbook, register: Register<Row>, name = register.title): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(name));
  const lines = preamble(register as Register<unknown>);
  lines.forEach((line, i) => setText(sheet.getCell(i + 1, 1), line));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const headerRow = lines.length + 2;
  sheet.getRow(headerRow).values = register.columns.map((c) => c.header);
  sheet.getRow(headerRow).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  register.rows.forEach((row, r) => {
    register.columns.forEach((column, c) => {
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      const value = column.value(row);
      if (value instanceof Date) {
        cell.value = value;
        cell.numFmt = "d mmmm yyyy";
      } else if (typeof value === "number") {
        cell.value = value;
      } else if (value) {
        setText(cell, value);
      }
    });
  });
  register.columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = column.width ?? Math.min(60, Math.max(12, column.header.length + 2));
  });
  return sheet;
}

/** An XLSX workbook of the one register. */
export async function toXlsx<Row>(register: Register<Row>): Promise<Buffer> {
  const workbook = newWorkbook(register.asAt);
  addRegisterSheet(workbook, register);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ExportFormat = "csv" | "xlsx";

/** The download: the file, named for the register and the day. */
export async function exportResponse<Row>(register: Register<Row>, format: ExportFormat): Promise<Response> {
  const body = format === "csv" ? toCsv(register) : await toXlsx(register);
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${register.filename.replace(/[^a-z0-9._-]/gi, "-")}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
