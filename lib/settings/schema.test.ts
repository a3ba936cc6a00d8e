import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { partnershipDetailsSchema, reportingRhythmSchema, resetStatusLabelsSchema, statusLabelsSchema } from "./schema";

const form = { partnershipId: "p1", version: "3" };
const errors = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> => (result.error ? z.flattenError(result.error).fieldErrors : {});

describe("the settings forms' schemas", () => {
  it("reads the name and an optional email", () => {
    expect(partnershipDetailsSchema.parse({ ...form, name: "  Hull   SEND  Partnership ", contactEmail: " send@hull.gov.uk " })).toEqual({
      partnershipId: "p1",
      version: 3,
      name: "Hull SEND Partnership",
      contactEmail: "send@hull.gov.uk",
    });
    expect(partnershipDetailsSchema.parse({ ...form, name: "Hull" }).contactEmail).toBeNull();
    expect(errors(partnershipDetailsSchema.safeParse({ ...form, name: "Hull", contactEmail: "send at hull" }))).toEqual({
      contactEmail: ["Enter an email address like send.office@council.gov.uk."],
    });
    expect(errors(partnershipDetailsSchema.safeParse({ ...form, name: undefined }))).toEqual({ name: ["Give the partnership’s name."] });
    expect(errors(partnershipDetailsSchema.safeParse({ ...form, name: "x".repeat(121) })).name).toEqual(["Keep the name to 120 characters."]);
  });

  it("wants five labels, none empty, none over 40 characters, no two alike", () => {
    const labels = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" };
    expect(statusLabelsSchema.parse({ ...form, ...labels, ON_TRACK: "  Green  light " }).ON_TRACK).toBe("Green light");
    expect(errors(statusLabelsSchema.safeParse({ ...form, ...labels, AT_RISK: undefined }))).toEqual({ AT_RISK: ["Give this status a label."] });
    expect(errors(statusLabelsSchema.safeParse({ ...form, ...labels, AT_RISK: "x".repeat(41) }))).toEqual({
      AT_RISK: ["Keep the label to 40 characters, so it fits a badge and a table."],
    });
    expect(errors(statusLabelsSchema.safeParse({ ...form, ...labels, OFF_TRACK: "GREEN" }))).toEqual({
      ON_TRACK: ["Each status needs a label of its own: “Green” reads the same as the label of red (R)."],
      OFF_TRACK: ["Each status needs a label of its own: “GREEN” reads the same as the label of green (G)."],
    });
  });

  it("resets to the standard labels whatever else is posted", () => {
    expect(resetStatusLabelsSchema.parse({ ...form, ON_TRACK: "Green" })).toEqual({ partnershipId: "p1", version: 3, ...DEFAULT_STATUS_LABELS });
  });

  it("keeps the rhythm within its bounds, in whole numbers", () => {
    const rhythm = { ...form, reportingCadenceDays: "28", staleGraceDays: "0", milestoneWarningDays: "30", highlightReportDueDay: "28" };
    expect(reportingRhythmSchema.parse(rhythm)).toMatchObject({ reportingCadenceDays: 28, staleGraceDays: 0, milestoneWarningDays: 30, highlightReportDueDay: 28 });
    expect(
      errors(reportingRhythmSchema.safeParse({ ...rhythm, reportingCadenceDays: "6", staleGraceDays: "1.5", milestoneWarningDays: "four weeks", highlightReportDueDay: "29" })),
    ).toEqual({
      reportingCadenceDays: ["Enter a whole number of days from 7 to 92."],
      staleGraceDays: ["Enter a whole number of days from 0 to 31."],
      milestoneWarningDays: ["Enter a whole number of days from 7 to 120."],
      highlightReportDueDay: ["Enter a day of the month from 1 to 28."],
    });
    expect(errors(reportingRhythmSchema.safeParse({ ...rhythm, reportingCadenceDays: undefined }))).toEqual({
      reportingCadenceDays: ["Enter a whole number of days from 7 to 92."],
    });
  });
});
