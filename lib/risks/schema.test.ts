import { z } from "zod";
import { describe, expect, it } from "vitest";
import { addMitigationSchema, createRiskSchema, reviewRiskSchema, setRiskClosedSchema } from "./schema";

const form = {
  title: "EHC plans continue to be issued late",
  ownerRole: "Interim Assistant Director Inclusion",
  areaIds: "a1,a2,a1",
  actionCodes: "3.2a, 3.2c;3.2a",
  inherentLikelihood: "5",
  inherentImpact: "5",
  currentLikelihood: "4",
  currentImpact: "5",
  targetLikelihood: "2",
  targetImpact: "4",
  reviewFrequency: "MONTHLY",
  nextReviewDate: "2026-12-20",
};

function errors(schema: z.ZodType, values: Record<string, string | undefined>): Record<string, string[] | undefined> {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
}

describe("the risk form's schema (shared by the form and the server action)", () => {
  it("reads a complete form: numbers from the selects, areas and actions without repeats", () => {
    const parsed = createRiskSchema.parse(form);
    expect(parsed).toMatchObject({ inherentLikelihood: 5, currentImpact: 5, areaIds: ["a1", "a2"], actionCodes: ["3.2a", "3.2c"] });
    expect(parsed.nextReviewDate).toEqual(new Date("2026-12-20T00:00:00Z"));
  });

  it("puts each problem next to its field", () => {
    expect(errors(createRiskSchema, { ...form, title: " " })).toHaveProperty("title");
    expect(errors(createRiskSchema, { ...form, currentLikelihood: "6" }).currentLikelihood?.[0]).toMatch(/1 \(rare\) to 5/);
    expect(errors(createRiskSchema, { ...form, currentImpact: "0" }).currentImpact?.[0]).toMatch(/1 \(insignificant\) to 5/);
    expect(errors(createRiskSchema, { ...form, inherentImpact: "three" })).toHaveProperty("inherentImpact");
    expect(errors(createRiskSchema, { ...form, targetLikelihood: "2.5" })).toHaveProperty("targetLikelihood");
    expect(errors(createRiskSchema, { ...form, reviewFrequency: "WEEKLY" })).toHaveProperty("reviewFrequency");
    expect(errors(createRiskSchema, { ...form, nextReviewDate: "31/12/2026" })).toHaveProperty("nextReviewDate");
    expect(errors(createRiskSchema, { ...form, nextReviewDate: "2026-02-30" })).toHaveProperty("nextReviewDate");
  });

  it("needs an owner: a member or a role", () => {
    expect(errors(createRiskSchema, { ...form, ownerRole: undefined }).ownerMembershipId?.[0]).toMatch(/owner/);
    expect(errors(createRiskSchema, { ...form, ownerRole: undefined, ownerMembershipId: "m1" })).toEqual({});
  });

  it("refuses a target worse than the inherent score", () => {
    expect(errors(createRiskSchema, { ...form, inherentLikelihood: "2", inherentImpact: "2", targetLikelihood: "3", targetImpact: "2" }).targetLikelihood?.[0]).toMatch(/cannot be higher than the inherent/);
  });

  it("a review needs a note and a real date; a closure needs a reason; a mitigation an owner and a due date", () => {
    expect(Object.keys(errors(reviewRiskSchema, { riskId: "r1", version: "2", currentLikelihood: "3", currentImpact: "3" })).sort()).toEqual(["nextReviewDate", "note"]);
    expect(errors(setRiskClosedSchema, { id: "r1", version: "1", closed: "1", reason: "" })).toHaveProperty("reason");
    expect(errors(setRiskClosedSchema, { id: "r1", version: "1", closed: "maybe", reason: "x" })).toHaveProperty("closed");
    expect(Object.keys(errors(addMitigationSchema, { riskId: "r1", text: "More staff" })).sort()).toEqual(["dueDate"]);
    expect(errors(addMitigationSchema, { riskId: "r1", text: "More staff", dueDate: "2027-01-31" })).toHaveProperty("ownerMembershipId");
    expect(addMitigationSchema.parse({ riskId: "r1", text: "More staff", dueDate: "2027-01-31", ownerRole: "Team Manager" }).state).toBe("PLANNED");
  });
});
