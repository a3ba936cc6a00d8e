import { describe, expect, it } from "vitest";
import { auditFilterQuery, canonicalAuditQuery, encodeCursor, parseAuditQuery } from "./schema";

describe("the audit log's query", () => {
  it("reads valid filters, from the page's searchParams or the download's URLSearchParams alike", () => {
    const query = { person: "cuser1", kind: "Risk", action: "review", from: "2026-04-01", to: "2026-04-30" };
    const page = parseAuditQuery(query);
    expect(page.errors).toEqual({});
    expect(page.filters).toEqual({ ...query, from: new Date("2026-04-01T00:00:00Z"), to: new Date("2026-04-30T00:00:00Z") });
    expect(parseAuditQuery(new URLSearchParams(query))).toEqual(page);
    expect(auditFilterQuery(page.input)).toBe("person=cuser1&kind=Risk&action=review&from=2026-04-01&to=2026-04-30");
  });

  it("refuses each bad value with its own message, and gives no filters", () => {
    const parsed = parseAuditQuery({ person: "<script>", kind: "Unicorn", action: "status.update", from: "2026-02-30", to: "tomorrow" });
    expect(parsed.filters).toBeNull();
    expect(parsed.errors).toEqual({
      person: ["Choose a person from the list."],
      kind: ["Choose a kind of item from the list."],
      from: ["Enter a real date for “From”, for example 1 April 2026."],
      to: ["Enter a real date for “To”, for example 31 March 2027."],
    });
    expect(parsed.input.kind).toBe("Unicorn");
  });

  it("refuses an action the kind never has, and dates the wrong way round", () => {
    expect(parseAuditQuery({ kind: "Risk", action: "publish" }).errors).toEqual({ action: ["No risk is ever “published”: choose another action, or any."] });
    expect(parseAuditQuery({ from: "2026-05-01", to: "2026-04-01" }).errors).toEqual({ to: ["“To” must be on or after “From”."] });
    expect(parseAuditQuery({ from: "2026-05-01", to: "2026-05-01" }).errors).toEqual({});
  });

  it("reads a page's cursor, and ignores one that is not", () => {
    const row = { at: new Date("2026-11-20T10:15:00.123Z"), id: "ckabc123" };
    expect(parseAuditQuery({ older: encodeCursor(row) }).cursor).toEqual({ direction: "older", ...row });
    expect(parseAuditQuery({ newer: encodeCursor(row) }).cursor).toEqual({ direction: "newer", ...row });
    for (const bad of ["", "abc", "12_", "_id", "1e3_x", "12_a b", `99999999999999999_x`]) expect(parseAuditQuery({ older: bad }).cursor, bad).toBeNull();
  });

  it("spells one page one way, whatever order or extras its address had (the kept copy's key)", () => {
    const row = { at: new Date("2026-11-20T10:15:00.123Z"), id: "ckabc123" };
    const canonical = `kind=Risk&from=2026-04-01&older=${encodeCursor(row)}`;
    expect(canonicalAuditQuery(parseAuditQuery({ older: encodeCursor(row), utm: "x", from: " 2026-04-01 ", kind: "Risk" }))).toBe(canonical);
    expect(canonicalAuditQuery(parseAuditQuery(new URLSearchParams(canonical)))).toBe(canonical);
    expect(canonicalAuditQuery(parseAuditQuery({ older: "nonsense" }))).toBe("");
  });
});
