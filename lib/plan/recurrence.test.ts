import { describe, expect, it } from "vitest";
import { occurrenceDates } from "./recurrence";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";

const iso = (dates: Date[]) => dates.map(toIsoDate);
const d = parseIsoDate;

describe("occurrenceDates", () => {
  it("keeps monthly occurrences on month ends when they start on one, across February", () => {
    expect(iso(occurrenceDates("MONTHLY", d("2025-01-31"), d("2025-05-31")))).toEqual(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"]);
  });

  it("lands on 29 February in a leap year", () => {
    expect(iso(occurrenceDates("MONTHLY", d("2028-01-31"), d("2028-03-31")))).toEqual(["2028-01-31", "2028-02-29", "2028-03-31"]);
  });

  it("clamps a mid-month day to short months without drifting afterwards", () => {
    expect(iso(occurrenceDates("MONTHLY", d("2025-01-30"), d("2025-04-30")))).toEqual(["2025-01-30", "2025-02-28", "2025-03-30", "2025-04-30"]);
  });

  it("steps quarterly, six-monthly and annually, including the end date itself", () => {
    expect(iso(occurrenceDates("QUARTERLY", d("2025-03-31"), d("2026-03-31")))).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"]);
    expect(iso(occurrenceDates("SIX_MONTHLY", d("2025-07-16"), d("2026-07-16")))).toEqual(["2025-07-16", "2026-01-16", "2026-07-16"]);
    expect(iso(occurrenceDates("ANNUALLY", d("2024-02-29"), d("2027-03-01")))).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28"]);
  });

  it("steps every two months (bi-monthly), keeping to month ends", () => {
    expect(iso(occurrenceDates("BIMONTHLY", d("2025-09-30"), d("2026-07-31")))).toEqual(["2025-09-30", "2025-11-30", "2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]);
  });

  it("returns nothing when the end is before the start", () => {
    expect(occurrenceDates("MONTHLY", d("2025-06-30"), d("2025-05-31"))).toEqual([]);
  });
});
