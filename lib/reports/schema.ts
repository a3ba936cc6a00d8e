// Schemas shared by the highlight report forms and their server actions (STYLE rule 6).
import { z } from "zod";
import { STATUS_VALUES } from "@/lib/plan/schema";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { submissionProblems } from "./compute";
import { parsePeriodKey } from "./period";

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const text = (what: string) => z.string().trim().max(8000, `Keep ${what} under 8,000 characters.`).optional();

export const saveHighlightReportSchema = z
  .object({
    areaId: id,
    period: z.string({ error: "Missing month." }).transform((key, ctx) => {
      const period = parsePeriodKey(key);
      if (!period) {
        ctx.addIssue({ code: "custom", message: "Missing month." });
        return z.NEVER;
      }
      return period;
    }),
    /** 0 when the report does not exist yet. */
    version: z.coerce.number({ error: "Reload the page and try again." }).int().min(0),
    /** Which button was pressed: keep the draft, or send it to the board. */
    intent: z.enum(["save", "submit"], { error: "Choose to save the draft or submit it." }),
    overallStatus: z.enum(STATUS_VALUES, { error: "Choose one of the statuses." }).optional(),
    statusReason: text("the reason"),
    summary: text("the summary"),
    achievements: text("the achievements"),
    nextPeriod: text("the plans for next month"),
    risksAndIssues: text("the risks and issues"),
    decisionsNeeded: text("the decisions needed"),
    impactOnFamilies: text("the impact on children and families"),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== "submit") return;
    // The reason rule needs the suggested status, which only the server knows: the mutation checks it.
    for (const [field, messages] of Object.entries(submissionProblems(value, null, DEFAULT_STATUS_LABELS))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [field], message });
    }
  });
export type SaveHighlightReportInput = z.infer<typeof saveHighlightReportSchema>;

export const reviewHighlightReportSchema = z
  .object({
    reportId: id,
    version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
    decision: z.enum(["NOTED", "RETURNED"], { error: "Choose to note the report or return it to the lead." }),
    comment: z.string().trim().max(4000, "Keep the comment under 4,000 characters.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "RETURNED" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the lead should change before resubmitting." });
    }
  });
export type ReviewHighlightReportInput = z.infer<typeof reviewHighlightReportSchema>;
