// The board packs' entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a meeting's pack started and its covering note saved by the programme
// office, and the pack published, frozen as at its day. Each names the
// meeting, so the sentence needs no query.
import { UTCDate } from "@date-fns/utc";
import { isValid, parse } from "date-fns";
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { toIsoDate } from "@/lib/dates/format";
import { boardPackDraftPath, boardPackPath } from "./paths";

/** A day as rows before the vocabulary stored the meeting's ("26 November 2026"), read as an ISO day. */
const dayWords = z.string().transform((words, ctx) => {
  const day = parse(words, "d MMMM yyyy", new UTCDate(0));
  if (!isValid(day)) {
    ctx.addIssue({ code: "custom", message: "Not a day." });
    return z.NEVER;
  }
  return toIsoDate(day);
});

/** The pack's meeting by title, and its id for the draft's link (rows before the vocabulary have none). */
const draft = z.object({ meeting: z.string(), meetingId: z.string().optional(), coverNote: z.string().nullable() });
const published = z.object({
  meeting: z.string(),
  meetingDate: auditDay,
  asAt: auditDay,
  reports: z.number().int(),
  missingReports: z.array(z.string()),
  risks: z.number().int(),
  schemaVersion: z.number().int(),
});

export const boardPackAudit = {
  BoardPack: auditKind({
    label: "a board pack",
    verbs: {
      create: verb({ after: draft, says: ({ after }) => `started the board pack for ${quote(after.meeting)}` }),
      update: verb({
        before: z.object({ coverNote: z.string().nullable() }),
        after: draft,
        says: ({ after }) => `saved the covering note of the board pack for ${quote(after.meeting)}`,
      }),
      publish: verb({
        after: published,
        older: [{ after: published.extend({ meetingDate: dayWords }) }],
        says: ({ after }) =>
          `published the board pack for ${quote(after.meeting)} of ${sayDay(after.meetingDate)}, drawn as at ${sayDay(after.asAt)}${
            after.missingReports.length ? `, without highlight reports from ${after.missingReports.join(", ")}` : ""
          }`,
      }),
    },
    // A published pack has its own page for good; a draft is the meeting's.
    link: (slug, id, { after }) => ("asAt" in after ? boardPackPath(slug, id) : after.meetingId ? boardPackDraftPath(slug, after.meetingId) : null),
  }),
} satisfies Record<string, AnyKind>;
