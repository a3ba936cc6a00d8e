import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createActionSchema, createAreaSchema, createMilestoneSchema, updateActionSchema, updateMilestoneSchema } from "./schema";

const errorsOf = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error).fieldErrors : {});
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("milestone schedule: a one-off date or a recurrence, exactly one", () => {
  const base = { actionId: "a1", text: "Audit of plans" };

  it("a one-off date", () => {
    const parsed = createMilestoneSchema.parse({ ...base, schedule: "ONE_OFF", dueDate: "2026-03-31" });
    expect(parsed.schedule).toEqual({ kind: "ONE_OFF", dueDate: utc("2026-03-31") });
  });

  it("a recurrence", () => {
    const parsed = createMilestoneSchema.parse({ ...base, schedule: "RECURRING", frequency: "QUARTERLY", recurrenceStart: "2026-03-31", recurrenceEnd: "2026-12-31" });
    expect(parsed.schedule).toEqual({ kind: "RECURRING", frequency: "QUARTERLY", start: utc("2026-03-31"), end: utc("2026-12-31") });
  });

  it("neither: asks for a choice, or for the chosen kind's fields", () => {
    expect(errorsOf(createMilestoneSchema.safeParse(base))).toHaveProperty("schedule");
    expect(errorsOf(createMilestoneSchema.safeParse({ ...base, schedule: "ONE_OFF" }))).toEqual({ dueDate: ["Enter the date it is due, for example 31 March 2026."] });
    expect(Object.keys(errorsOf(createMilestoneSchema.safeParse({ ...base, schedule: "RECURRING" }))).sort()).toEqual(["frequency", "recurrenceEnd", "recurrenceStart"]);
  });

  it("checks the schedule even when another field is also wrong, so every message shows at once", () => {
    expect(Object.keys(errorsOf(createMilestoneSchema.safeParse({ actionId: "a1", schedule: "RECURRING" }))).sort()).toEqual([
      "frequency",
      "recurrenceEnd",
      "recurrenceStart",
      "text",
    ]);
  });

  it("both: refused, whichever kind is chosen", () => {
    const both = { ...base, dueDate: "2026-03-31", frequency: "MONTHLY", recurrenceStart: "2026-01-31", recurrenceEnd: "2026-12-31" };
    expect(errorsOf(createMilestoneSchema.safeParse({ ...both, schedule: "ONE_OFF" }))).toHaveProperty("frequency");
    expect(errorsOf(createMilestoneSchema.safeParse({ ...both, schedule: "RECURRING" }))).toHaveProperty("dueDate");
  });

  it("a recurrence that ends before it starts, or runs for decades, is refused on its end date", () => {
    const recurring = { ...base, schedule: "RECURRING", frequency: "MONTHLY", recurrenceStart: "2026-03-31" };
    expect(errorsOf(createMilestoneSchema.safeParse({ ...recurring, recurrenceEnd: "2026-01-31" }))).toEqual({
      recurrenceEnd: ["The recurrence must end on or after its first date."],
    });
    expect(errorsOf(createMilestoneSchema.safeParse({ ...recurring, recurrenceEnd: "2205-01-31" }))).toHaveProperty("recurrenceEnd");
  });

  it("an edit never moves a one-off date (that is a change request), but may change a recurrence", () => {
    const edit = { id: "m1", version: "3", text: "Audit" };
    expect(errorsOf(updateMilestoneSchema.safeParse({ ...edit, schedule: "ONE_OFF", dueDate: "2026-03-31" }))).toHaveProperty("dueDate");
    expect(updateMilestoneSchema.parse({ ...edit, schedule: "ONE_OFF" })).toEqual({ id: "m1", version: 3, text: "Audit", byWhenText: undefined, recurrence: undefined });
    expect(updateMilestoneSchema.parse({ ...edit, schedule: "RECURRING", frequency: "ANNUALLY", recurrenceStart: "2026-01-31", recurrenceEnd: "2028-01-31" }).recurrence).toEqual({
      frequency: "ANNUALLY",
      start: utc("2026-01-31"),
      end: utc("2028-01-31"),
    });
  });
});

describe("action and area fields", () => {
  const action = { outcomeId: "o1", code: "1.1a", title: "Governance review", baselineDueDate: "2026-03-31" };

  it("reads comma-separated tags and one-per-line lead roles", () => {
    expect(createActionSchema.parse({ ...action, tags: " SEF, DBV,, SEF , AFI2 " }).tags).toEqual(["SEF", "DBV", "AFI2"]);
    expect(
      createAreaSchema.parse({ code: "PIA1", kind: "PRIORITY_ACTION", title: "t", finding: "f", leadRoles: "Director of Education\r\n\n  ICB Head of Commissioning " }).leadRoles,
    ).toEqual(["Director of Education", "ICB Head of Commissioning"]);
  });

  it("puts each problem on its field", () => {
    expect(errorsOf(createActionSchema.safeParse({ ...action, code: "1.1 a" }))).toEqual({ code: ["Use letters and numbers, separated by dots if needed, for example 1.1a."] });
    expect(errorsOf(createActionSchema.safeParse({ ...action, startDate: "2026-04-01" }))).toEqual({ startDate: ["The start date must be on or before the due date."] });
    expect(errorsOf(createActionSchema.safeParse({ ...action, title: undefined, startDate: "2026-04-01" }))).toHaveProperty("startDate");
    expect(errorsOf(createActionSchema.safeParse({ ...action, baselineDueDate: "2026-02-30" }))).toHaveProperty("baselineDueDate");
    expect(errorsOf(createActionSchema.safeParse({ outcomeId: "o1" }))).toMatchObject({
      code: ["Give a code, for example 1.1a."],
      title: ["Give the action a title."],
    });
  });
});

describe("an action's due date: optional while none is agreed", () => {
  const action = { outcomeId: "o1", code: "1.1a", title: "Publish the strategy" };

  it("blank (the form sends nothing) is to be confirmed: null, for creating and for editing", () => {
    expect(createActionSchema.parse(action).baselineDueDate).toBeNull();
    expect(updateActionSchema.parse({ ...action, id: "x1", version: "1" }).baselineDueDate).toBeNull();
    expect(createActionSchema.parse({ ...action, baselineDueDate: "2026-03-31" }).baselineDueDate).toEqual(utc("2026-03-31"));
  });

  it("a start after the due date is refused where both are given, and allowed with no due date", () => {
    expect(errorsOf(createActionSchema.safeParse({ ...action, startDate: "2026-04-01", baselineDueDate: "2026-03-31" }))).toHaveProperty("startDate");
    expect(errorsOf(updateActionSchema.safeParse({ ...action, id: "x1", version: "1", startDate: "2026-04-01", baselineDueDate: "2026-03-31" }))).toHaveProperty("startDate");
    expect(createActionSchema.safeParse({ ...action, startDate: "2026-04-01" }).success).toBe(true);
    expect(errorsOf(createActionSchema.safeParse({ ...action, baselineDueDate: "31/03/2026" }))).toHaveProperty("baselineDueDate");
  });
});
