import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutralise, toCsv, toXlsx, type Register } from "./register";

type Row = { code: string; title: string; due: Date | null; score: number };

const register: Register<Row> = {
  title: "Risk register — Test Partnership",
  filename: "test-risk-register",
  filters: ["Area: PIA1", "Open"],
  asAt: new Date("2026-11-20T00:00:00Z"),
  columns: [
    { header: "Code", value: (r) => r.code },
    { header: "Title", value: (r) => r.title },
    { header: "Due", value: (r) => r.due },
    { header: "Score", value: (r) => r.score },
  ],
  rows: [
    { code: "R1", title: '=HYPERLINK("http://evil.example","click")', due: new Date("2025-03-31T00:00:00Z"), score: 16 },
    { code: "R2", title: 'Capacity, "quoted" and\nmultiline', due: null, score: -2 },
    { code: "@R3", title: "+1 more", due: null, score: 0 },
  ],
};

describe("registers out", () => {
  it("neutralises anything a spreadsheet would read as a formula", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"].map(neutralise)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1"]);
    expect(neutralise("Capacity of the EHC team")).toBe("Capacity of the EHC team");
  });

  it("writes CSV with the title, date, filters, header and rows, dates the UK way, formulas neutralised", () => {
    const csv = toCsv(register);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["Risk register — Test Partnership"]);
    expect(rows[1]).toEqual(["As at 20 November 2026"]);
    expect(rows[2]).toEqual(["Filters: Area: PIA1; Open"]);
    expect(rows[3]).toEqual(["Code", "Title", "Due", "Score"]);
    expect(rows[4]).toEqual(["R1", '\'=HYPERLINK("http://evil.example","click")', "31 March 2025", "16"]);
    expect(rows[5]).toEqual(["R2", 'Capacity, "quoted" and\nmultiline', "", "-2"]);
    expect(rows[6]).toEqual(["'@R3", "'+1 more", "", "0"]);
  });

  it("writes an XLSX that reads back: text as text (never a formula), dates as dates, numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(register)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Risk register — Test Partnership");
    expect(sheet.getCell("A3").value).toBe("Filters: Area: PIA1; Open");
    expect(sheet.getRow(5).values).toEqual([undefined, "Code", "Title", "Due", "Score"]);
    const first = sheet.getRow(6);
    expect(first.getCell(3).value).toEqual(new Date("2025-03-31T00:00:00Z"));
    expect(first.getCell(3).numFmt).toBe("d mmmm yyyy");
    expect(first.getCell(4).value).toBe(16);
  });

  it("writes a cell a spreadsheet would run as a text cell that reads exactly as typed, no apostrophe", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(register)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const typed = [
      [sheet.getRow(6).getCell(2), '=HYPERLINK("http://evil.example","click")'],
      [sheet.getRow(8).getCell(1), "@R3"],
      [sheet.getRow(8).getCell(2), "+1 more"],
    ] as const;
    for (const [cell, text] of typed) {
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // Text format: the cell stays text when someone edits it and presses Enter.
      expect(cell.numFmt).toBe("@");
    }
    expect(sheet.getRow(7).getCell(2).value).toBe('Capacity, "quoted" and\nmultiline');
  });
});
