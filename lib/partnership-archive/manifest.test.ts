import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { archiveManifest, archiveReadme, type ArchiveFacts } from "./manifest";

const facts: ArchiveFacts = {
  partnership: { name: "Derbyshire Local Area SEND Partnership", slug: "derbyshire" },
  madeAt: new Date("2026-11-20T09:30:00Z"),
  madeBy: { name: "Ada Office", email: "admin@derbyshire.demo", role: "Programme office (admin)" },
  appVersion: "0.1.0",
  asAt: parseIsoDate("2026-11-20"),
  files: [
    { path: "csv/plan.csv", holds: "The improvement plan.", asOf: "2026-11-20", rows: 64 },
    { path: "csv/members.csv", holds: "The members.", asOf: "2026-11-20", rows: 1 },
    { path: "stocktake.xlsx", holds: "The same tables.", asOf: "2026-11-20", sheets: [{ name: "Plan", rows: 64 }] },
    { path: "pdf/stocktakes/2025-09.pdf", holds: "Stocktake 2.", asOf: "2025-10-06", pages: 31 },
  ],
  notes: [],
};

describe("the archive's manifest", () => {
  it("says whose, when, by whom and with which version, and lists every file, itself and the README included", () => {
    const manifest = archiveManifest(facts);
    expect(manifest).toMatchObject({
      format: "stocktake-partnership-archive",
      partnership: { name: "Derbyshire Local Area SEND Partnership", slug: "derbyshire" },
      madeAt: "2026-11-20T09:30:00.000Z",
      madeBy: { name: "Ada Office", email: "admin@derbyshire.demo", role: "Programme office (admin)" },
      app: { name: "Stocktake", version: "0.1.0" },
      asAt: "2026-11-20",
    });
    expect(manifest.files.map((f) => f.path)).toEqual(["csv/plan.csv", "csv/members.csv", "stocktake.xlsx", "pdf/stocktakes/2025-09.pdf", "manifest.json", "README.txt"]);
    expect(JSON.parse(JSON.stringify(manifest)).files[3]).toEqual({ path: "pdf/stocktakes/2025-09.pdf", holds: "Stocktake 2.", asOf: "2025-10-06", pages: 31 });
  });
});

describe("the archive's README", () => {
  it("says the same for a person: who, when, then each file with what it holds, its size in rows, sheets or pages, and its day", () => {
    const readme = archiveReadme(facts);
    const lines = readme.split("\r\n");
    expect(lines[0]).toBe("Derbyshire Local Area SEND Partnership: everything in Stocktake");
    expect(lines[2]).toBe("Made 20 November 2026, 09:30 UTC by Ada Office (admin@derbyshire.demo, Programme office (admin)), with Stocktake 0.1.0.");
    expect(readme).toContain("csv/plan.csv\r\n  The improvement plan. 64 rows, as of 20 November 2026.");
    expect(readme).toContain("csv/members.csv\r\n  The members. 1 row, as of");
    expect(readme).toContain("stocktake.xlsx\r\n  The same tables. 1 sheet: Plan (64 rows), as of");
    expect(readme).toContain("pdf/stocktakes/2025-09.pdf\r\n  Stocktake 2. 31 pages, as of 6 October 2025.");
    expect(readme).toContain("README.txt");
  });

  it("says what was left out, and why", () => {
    expect(archiveReadme({ ...facts, notes: ["The PDFs are not in this archive."] })).toContain("\r\nThe PDFs are not in this archive.\r\n");
  });
});
