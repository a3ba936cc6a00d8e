import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { columnName, MAX_UNPACKED_BYTES, readUpload, UploadRefused } from "./read";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function zip(entries: Record<string, Buffer>): Promise<Uint8Array> {
  const file = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) file.addBuffer(content, name);
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.outputStream.on("error", reject);
  });
}

const refusal = async (name: string, bytes: Uint8Array) => {
  const error = await readUpload(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRefused);
  return (error as Error).message;
};

describe("a CSV", () => {
  it("opens in UTF-8 with its BOM, commas or semicolons, quoted line breaks kept", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Area;Action\r\nPIA1;"Agree the\nstrategy"\r\n')]);
    const { kind, sheets } = await readUpload("plan.csv", withBom);
    expect(kind).toBe("csv");
    expect(sheets[0]!.rows.slice(0, 2)).toEqual([
      { number: 1, cells: ["Area", "Action"] },
      { number: 2, cells: ["PIA1", "Agree the\nstrategy"] },
    ]);
  });

  it("opens in Windows-1252, as Excel on Windows saves it", async () => {
    const bytes = new Uint8Array([...utf8("Area,Action\r\nPIA1,"), 0x93, ...utf8("Quote"), 0x94, ...utf8(" costs "), 0xa3, ...utf8("5\r\n")]);
    const { sheets } = await readUpload("plan.csv", bytes);
    expect(sheets[0]!.rows[1]!.cells).toEqual(["PIA1", "“Quote” costs £5"]);
  });

  it("takes an apostrophe-quoted formula as text, as Stocktake's own downloads write it", async () => {
    const { sheets } = await readUpload("plan.csv", utf8("Area,Action\nPIA1,'=not a formula\nPIA1,-5\nPIA1,- a bullet\n"));
    expect(sheets[0]!.rows.slice(1, 4).map((r) => r.cells[1])).toEqual(["=not a formula", "-5", "- a bullet"]);
  });

  it("refuses a cell a spreadsheet would run, naming where it is", async () => {
    expect(await refusal("plan.csv", utf8('Area,Action\nPIA1,=HYPERLINK("http://x")\n'))).toMatch(/^Row 2, column B holds a formula/);
    expect(await refusal("plan.csv", utf8("Area,Action\nPIA1,@SUM(A1)\n"))).toMatch(/formula/);
    expect(await refusal("plan.csv", utf8("Area,Action\nPIA1,+cmd|' /C calc'!A0\n"))).toMatch(/formula/);
  });
});

describe("an XLSX", () => {
  it("opens every sheet with data; a date cell is a date, a number text", async () => {
    const bytes = await xlsx((workbook) => {
      const plan = workbook.addWorksheet("Plan 2025");
      plan.addRow(["Area", "Action", "Due", "Code"]);
      plan.addRow(["PIA1", "Agree the strategy", new Date(Date.UTC(2025, 2, 31)), 1.1]);
      plan.getCell("C2").numFmt = "mmm-yy";
      workbook.addWorksheet("Notes");
    });
    const { kind, sheets } = await readUpload("plan.xlsx", bytes);
    expect(kind).toBe("xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["Plan 2025"]);
    expect(sheets[0]!.rows[1]!.cells).toEqual(["PIA1", "Agree the strategy", new Date(Date.UTC(2025, 2, 31)), "1.1"]);
  });

  it("refuses a formula cell", async () => {
    const bytes = await xlsx((workbook) => {
      const plan = workbook.addWorksheet("Plan");
      plan.addRow(["Area", "Days late"]);
      plan.addRow(["PIA1", { formula: "TODAY()-A1", result: 3 }]);
    });
    expect(await refusal("plan.xlsx", bytes)).toMatch(/^Row 2, column B of “Plan” holds a formula \(=TODAY\(\)-A1\)/);
  });

  it("refuses a macro-enabled workbook, by its name or by what it carries", async () => {
    const plain = await xlsx((workbook) => workbook.addWorksheet("Plan").addRows([["Area"], ["PIA1"]]));
    expect(await refusal("plan.xlsm", plain)).toMatch(/Macro-enabled/);
    expect(await refusal("plan.xlsx", await zip({ "[Content_Types].xml": Buffer.from("<Types/>"), "xl/vbaProject.bin": Buffer.from("macro") }))).toMatch(/carries macros/);
  });

  it("refuses a ZIP that unpacks past its bound, before exceljs opens it", async () => {
    const bomb = await zip({ "[Content_Types].xml": Buffer.from("<Types/>"), "xl/worksheets/sheet1.xml": Buffer.alloc(MAX_UNPACKED_BYTES + 1) });
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await refusal("plan.xlsx", bomb)).toMatch(/unpacks to more than 100 MB/);
  });

  it("refuses a damaged workbook", async () => {
    const good = await xlsx((workbook) => workbook.addWorksheet("Plan").addRows([["Area"], ["PIA1"]]));
    expect(await refusal("plan.xlsx", good.subarray(0, good.length / 2))).toMatch(/not a spreadsheet|damaged/);
  });
});

describe("a file that is not a plan", () => {
  it("is refused in one sentence", async () => {
    expect(await refusal("plan.csv", new Uint8Array())).toBe("The file is empty.");
    expect(await refusal("plan.csv", new Uint8Array(10 * 1024 * 1024 + 1).fill(65))).toMatch(/over 10 MB/);
    expect(await refusal("plan.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatch(/not a spreadsheet/);
    expect(await refusal("plan.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toMatch(/Excel 97–2003/);
    expect(await refusal("plan.csv", utf8("Area,Action\n"))).toBe("The file has a header row but no rows of data under it.");
    expect(await refusal("plan.csv", utf8("\n ,\n"))).toBe("The file has nothing in it: no rows to import.");
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});
