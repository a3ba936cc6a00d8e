import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { namePart, pdfPageCount, planDocuments, uniquePaths } from "./compute";

const day = parseIsoDate;

describe("where each published document goes in the archive", () => {
  const rows = {
    submissions: [
      { reportId: "r1", number: 1, submittedAt: day("2025-04-04"), report: { period: day("2025-03-01"), priorityArea: { code: "PIA1" } } },
      { reportId: "r1", number: 2, submittedAt: day("2025-04-11"), report: { period: day("2025-03-01"), priorityArea: { code: "PIA1" } } },
      { reportId: "r2", number: 1, submittedAt: day("2025-04-05"), report: { period: day("2025-03-01"), priorityArea: { code: "AFI 2" } } },
    ],
    boardPacks: [
      { id: "b1", publishedAt: day("2025-04-16"), meeting: { date: day("2025-04-23"), board: { name: "SEND Improvement Board" } } },
      { id: "b2", publishedAt: null, meeting: { date: day("2025-04-23"), board: { name: "SEND Improvement Board" } } },
    ],
    stocktakes: [{ id: "s1", title: "Stocktake 2", periodEnd: day("2025-09-30"), publishedAt: day("2025-10-06") }],
  };

  it("names each readably: the latest version of a report plain, earlier ones with their version; packs by meeting day and board; stocktakes by the month their period ends", () => {
    expect(planDocuments(rows).map((d) => d.path)).toEqual([
      "pdf/highlight-reports/2025-03-PIA1-v1.pdf",
      "pdf/highlight-reports/2025-03-PIA1.pdf",
      "pdf/highlight-reports/2025-03-AFI-2.pdf",
      "pdf/board-packs/2025-04-23-send-improvement-board.pdf",
      "pdf/board-packs/2025-04-23-send-improvement-board-2.pdf",
      "pdf/stocktakes/2025-09.pdf",
    ]);
  });

  it("says what each holds and the day it speaks for", () => {
    const [v1, v2, , pack, , stocktake] = planDocuments(rows);
    expect(v1).toMatchObject({ kind: "highlight-report", id: "r1", number: 1, asOf: "2025-04-04" });
    expect(v1!.holds).toBe("PIA1 highlight report for March 2025, version 1 (later resubmitted), submitted 4 April 2025");
    expect(v2!.holds).toBe("PIA1 highlight report for March 2025, version 2 (the latest), submitted 11 April 2025");
    expect(pack).toMatchObject({ kind: "board-pack", id: "b1", asOf: "2025-04-16" });
    expect(pack!.holds).toBe("Board pack for the SEND Improvement Board meeting of 23 April 2025, published 16 April 2025");
    expect(stocktake).toMatchObject({ kind: "stocktake", id: "s1", asOf: "2025-10-06", holds: "Stocktake 2: the stocktake pack, published 6 October 2025" });
  });

  it("never gives two files one name", () => {
    expect(uniquePaths(["a/x.pdf", "a/x.pdf", "a/x.pdf", "a/x-2.pdf", "b"])).toEqual(["a/x.pdf", "a/x-2.pdf", "a/x-3.pdf", "a/x-2-2.pdf", "b"]);
  });

  it("keeps a name to letters, digits, dots and dashes", () => {
    expect(namePart("SEND Improvement & Assurance Board")).toBe("send-improvement-assurance-board");
    expect(namePart("../../etc/passwd")).toBe("etc-passwd");
    expect(namePart("—")).toBe("untitled");
  });
});

describe("a printed PDF's page count", () => {
  const pdf = (body: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n${body}\n%%EOF`, "latin1"));

  it("reads the page tree's root count", () => {
    const file = pdf(
      "1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count 12\n/Kids [3 0 R 4 0 R]>>\nendobj\n3 0 obj\n<</Type /Pages /Parent 2 0 R /Count 5 /Kids []>>\nendobj\n4 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj",
    );
    expect(pdfPageCount(file)).toBe(12);
  });

  it("is null when there is no page tree it can read", () => {
    expect(pdfPageCount(pdf("1 0 obj\n<</Type /ObjStm /N 4>>\nstream\nx\nendstream"))).toBeNull();
  });
});
