// The whole partnership as one ZIP, as the programme office gets it: from the
// settings page's link, a download that arrives as a ZIP holding the
// manifest, every table, the workbook and real printed PDFs (Chromium on the
// server, through each document's own print view), each listed in the
// manifest with its pages. tests/partnership-archive.test.ts checks the
// contents against the registers, tenancy and roles.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { demoEmail, expect, signIn, test } from "./fixtures";
import { unzip } from "../tests/support/unzip";

test("the programme office downloads everything from the settings page: a ZIP with its manifest, tables, workbook and printed PDFs", async ({ page }, testInfo) => {
  // Some thirty documents are printed while the download runs.
  test.setTimeout(300_000);
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/settings");
  await expect(page.getByRole("heading", { level: 2, name: "Everything, in one download" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("link", { name: "Download everything (ZIP)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^derbyshire-stocktake-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  const entries = await unzip(bytes);

  const manifest = JSON.parse(entries.get("manifest.json")!.toString("utf8")) as {
    partnership: { name: string };
    madeBy: { email: string };
    notes: string[];
    files: { path: string; pages?: number | null; rows?: number }[];
  };
  expect(manifest.partnership.name).toBe("Derbyshire Local Area SEND Partnership");
  expect(manifest.madeBy.email).toBe("admin@derbyshire.demo");
  expect(manifest.notes).toEqual([]);
  expect(manifest.files.map((f) => f.path).sort()).toEqual([...entries.keys()].sort());
  expect(entries.has("README.txt")).toBe(true);
  expect(entries.has("stocktake.xlsx")).toBe(true);
  expect(manifest.files.find((f) => f.path === "csv/plan.csv")!.rows).toBeGreaterThan(20);

  // Real PDFs, each with the pages the manifest says: a highlight report, a board pack and a stocktake at least.
  const pdfs = manifest.files.filter((f) => f.path.endsWith(".pdf"));
  for (const folder of ["pdf/highlight-reports/", "pdf/board-packs/", "pdf/stocktakes/"])
    expect(
      pdfs.some((f) => f.path.startsWith(folder)),
      folder,
    ).toBe(true);
  for (const pdf of pdfs) {
    const file = testInfo.outputPath(pdf.path.replaceAll("/", "-"));
    await writeFile(file, entries.get(pdf.path)!);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info, pdf.path).toMatch(/^Tagged:\s+yes$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]), pdf.path).toBe(pdf.pages);
  }
  const stocktake = testInfo.outputPath("stocktake.pdf");
  await writeFile(stocktake, entries.get(pdfs.find((f) => f.path.startsWith("pdf/stocktakes/"))!.path)!);
  expect(execFileSync("pdftotext", ["-layout", stocktake, "-"], { encoding: "utf8" })).toContain("Derbyshire Local Area SEND Partnership");
});
