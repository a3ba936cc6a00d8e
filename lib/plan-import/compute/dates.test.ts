import { describe, expect, it } from "vitest";
import { isMonthYearColumn, readDateCell, type DateReading } from "./dates";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const dateOf = (reading: DateReading) => (reading.kind === "date" ? reading.date.toISOString().slice(0, 10) : reading.kind);

describe("a date cell as council plans write it", () => {
  it.each([
    ["Feb-23", "2023-02-28"],
    ["May- 24", "2024-05-31"],
    ["August 2024", "2024-08-31"],
    ["Sept '25", "2025-09-30"],
    ["mar 2026", "2026-03-31"],
  ])("reads the month and year %s as the month's last day when it is a due date", (cell, iso) => {
    const reading = readDateCell(cell, "due");
    expect(dateOf(reading)).toBe(iso);
    expect(reading).toMatchObject({ precision: "month", notes: [] });
  });

  it("reads a month and year as the month's first day when it is a start", () => {
    expect(dateOf(readDateCell("Feb-23", "start"))).toBe("2023-02-01");
    expect(dateOf(readDateCell("February 2024", "start"))).toBe("2024-02-01");
  });

  it("reads full dates the British way, a spaced-out ordinal too", () => {
    expect(readDateCell("31 st March 2025", "due")).toMatchObject({ kind: "date", date: day("2025-03-31"), precision: "day" });
    expect(dateOf(readDateCell("30 June 2025", "due"))).toBe("2025-06-30");
    expect(dateOf(readDateCell("01/04/2025", "start"))).toBe("2025-04-01");
    expect(dateOf(readDateCell("3/4/2025", "due"))).toBe("2025-04-03");
  });

  it("reads 24-Apr as April 2024 only in a column of months and years, and otherwise says why not", () => {
    expect(readDateCell("24-Apr", "due", true)).toMatchObject({ kind: "date", date: day("2024-04-30"), precision: "month" });
    expect((readDateCell("24-Apr", "due", true) as { notes: string[] }).notes[0]).toMatch(/read as April 2024/);
    const alone = readDateCell("24-Apr", "due");
    expect(alone).toMatchObject({ kind: "unreadable", text: "24-Apr" });
    expect((alone as { reason: string }).reason).toMatch(/no year/);
  });

  it("takes the later of two dates as a due date and the earlier as a start, and says which", () => {
    const due = readDateCell("Jan-23 Sep-24", "due");
    expect(due).toMatchObject({ kind: "date", date: day("2024-09-30"), precision: "month" });
    expect((due as { notes: string[] }).notes).toEqual(["“Jan-23 Sep-24” holds 2 dates: took September 2024, the latest"]);
    expect(dateOf(readDateCell("Jan-23 Sep-24", "start"))).toBe("2023-01-01");
    expect(dateOf(readDateCell("31 March 2025 to 30 June 2025", "due"))).toBe("2025-06-30");
  });

  it("reads a value doubled by a copy-paste once", () => {
    const reading = readDateCell("Feb-23 Feb-23", "due");
    expect(reading).toMatchObject({ kind: "date", date: day("2023-02-28") });
    expect((reading as { notes: string[] }).notes).toEqual(["“Feb-23” was written twice; read once"]);
  });

  it("reads the plan download's words for an action with no agreed due date back as unconfirmed", () => {
    // lib/plan/export.ts writes "To be confirmed" in the due date columns.
    expect(readDateCell("To be confirmed", "due")).toEqual({ kind: "unconfirmed", text: "To be confirmed" });
    expect(readDateCell(" to be confirmed ", "due")).toMatchObject({ kind: "unconfirmed" });
  });

  it("never invents a date for TBC and its kin", () => {
    for (const cell of ["TBC", "tbc", "To be confirmed", "Ongoing", "N/A", "-"]) expect(readDateCell(cell, "due")).toEqual({ kind: "unconfirmed", text: cell });
  });

  it("says a blank is blank, and what it could not read", () => {
    expect(readDateCell("  \n", "due")).toEqual({ kind: "blank" });
    expect(readDateCell(null, "due")).toEqual({ kind: "blank" });
    expect(readDateCell("When the new system is live", "due")).toMatchObject({ kind: "unreadable", text: "When the new system is live" });
    expect(readDateCell("March", "due")).toMatchObject({ kind: "unreadable", reason: "“March” has no year" });
  });

  it("takes an XLSX date cell as the date it holds, whatever its format", () => {
    expect(readDateCell(day("2025-03-31"), "due")).toEqual({ kind: "date", date: day("2025-03-31"), precision: "day", notes: [] });
    expect(readDateCell(new Date(Number.NaN), "due")).toMatchObject({ kind: "unreadable" });
  });
});

describe("a column of months and years", () => {
  it("is one where most cells with a date write a month and a year", () => {
    expect(isMonthYearColumn(["Feb-23", "May- 24", "24-Apr", "TBC", ""])).toBe(true);
    expect(isMonthYearColumn(["Feb-23 Feb-23", "Mar-24", "31 March 2025"])).toBe(true);
  });

  it("is not one of full dates, or of nothing", () => {
    expect(isMonthYearColumn(["31 March 2025", "30 June 2025", "Feb-23"])).toBe(false);
    expect(isMonthYearColumn(["TBC", "", null])).toBe(false);
  });
});
