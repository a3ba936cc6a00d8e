// The highlight reports' entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a report started, saved and submitted by its lead, and noted or returned
// by the board. Each names the area and the month, so the sentence and the
// link need no query.
import { UTCDate } from "@date-fns/utc";
import { isValid, parse } from "date-fns";
import { z } from "zod";
import { auditDay, auditKind, quote, verb, type AnyKind } from "@/lib/audit/define";
import { formatUkMonth, parseIsoDate, toIsoDate } from "@/lib/dates/format";
import { STATUS_VALUES } from "@/lib/plan/schema";
import { reportPath } from "./paths";

/** A month as rows before the vocabulary stored it ("April 2026"), read as its first day ("2026-04-01"). */
const monthWords = z.string().transform((words, ctx) => {
  const month = parse(words, "MMMM yyyy", new UTCDate(0));
  if (!isValid(month)) {
    ctx.addIssue({ code: "custom", message: "Not a month." });
    return z.NEVER;
  }
  return toIsoDate(month);
});

const state = z.enum(["DRAFT", "SUBMITTED", "NOTED", "RETURNED"]);
const before = z.object({ state });
/** The report's area (by code) and month (its first day). */
const report = { area: z.string(), period: auditDay };
const saved = z.object({ ...report, state, overallStatus: z.enum(STATUS_VALUES).nullable() });
const submitted = saved.extend({ submission: z.number().int() });
const reviewed = z.object({ ...report, state, submission: z.number().int(), comment: z.string().nullable() });

/** The same sides as stored before the vocabulary, with the month in words. */
const older = <T extends z.ZodObject>(after: T) => [{ after: after.extend({ period: monthWords }) as unknown as z.ZodType<z.output<T>> }];

const named = (after: { area: string; period: string }) => `the ${after.area} highlight report for ${formatUkMonth(parseIsoDate(after.period))}`;

export const reportAudit = {
  HighlightReport: auditKind({
    label: "a highlight report",
    verbs: {
      create: verb({ after: saved, older: older(saved), says: ({ after }) => `started ${named(after)}` }),
      update: verb({ before, after: saved, older: older(saved), says: ({ after }) => `saved changes to ${named(after)}` }),
      submit: verb({
        before: before.optional(),
        after: submitted,
        older: older(submitted),
        says: ({ after }, { labels }) =>
          `submitted ${named(after)} to the board as version ${after.submission}${after.overallStatus ? `, overall status “${labels[after.overallStatus]}”` : ""}`,
      }),
      note: verb({ before, after: reviewed, older: older(reviewed), says: ({ after }) => `noted version ${after.submission} of ${named(after)}` }),
      return: verb({
        before,
        after: reviewed,
        older: older(reviewed),
        says: ({ after }) => `returned version ${after.submission} of ${named(after)} to the lead${after.comment ? `: ${quote(after.comment)}` : ""}`,
      }),
    },
    link: (slug, _id, { after }) => reportPath(slug, after.area, parseIsoDate(after.period)),
  }),
} satisfies Record<string, AnyKind>;
