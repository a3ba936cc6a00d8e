import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { decisionNotice, dueDateShift } from "./compute";

const d = parseIsoDate;

describe("a change request's due date", () => {
  it("moves later or earlier, in days; without a date nothing moves", () => {
    expect(dueDateShift(d("2025-06-30"), d("2025-07-30"))).toBe("30 days later");
    expect(dueDateShift(d("2025-06-30"), d("2025-06-20"))).toBe("10 days earlier");
    expect(dueDateShift(d("2025-06-30"), d("2025-06-30"))).toBe("0 days later");
    expect(dueDateShift(null, d("2025-06-30"))).toBeNull();
    expect(dueDateShift(d("2025-06-30"), null)).toBeNull();
  });
});

describe("the queue's word after a decision", () => {
  const request = { state: "APPROVED" as const, proposedDueDate: d("2026-03-31"), action: { code: "1.2a" }, milestone: null };

  it("says where an approved date now stands, and that the baseline stays", () => {
    expect(decisionNotice(request)).toBe("Approved. 1.2a is now due 31 March 2026; the baseline stays.");
    expect(decisionNotice({ ...request, milestone: { text: "Panel in place" } })).toBe("Approved. 1.2a (milestone) is now due 31 March 2026; the baseline stays.");
  });

  it("records an approved scope change, and sends a rejection back to its lead", () => {
    expect(decisionNotice({ ...request, proposedDueDate: null })).toBe("Approved. The scope change for 1.2a is recorded.");
    expect(decisionNotice({ ...request, state: "REJECTED" })).toBe("Rejected. The request for 1.2a goes back to its lead in My updates.");
  });
});
