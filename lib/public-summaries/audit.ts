// The public page's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a priority area's public summary drafted, edited, sent for approval,
// approved or returned; and the verbs by which "you said, we did" feedback
// (the stocktakes' Evidence kind) is shown on the public page or taken off it.
// Each names its area by code, so the sentence needs no query.
import { z } from "zod";
import { auditKind, quote, verb, type AnyKind } from "@/lib/audit/define";
import { STATUS_VALUES } from "@/lib/plan/schema";
import { publicSummaryPath } from "./paths";

const inArea = { area: z.string(), areaId: z.string() };
const text = z.object({ ...inArea, whatWeAreDoing: z.string(), whatHasChanged: z.string(), whatIsNext: z.string() });
const of = (after: { area: string }) => `the public summary of ${after.area}`;

export const publicSummaryAudit = {
  PublicSummary: auditKind({
    label: "a public summary",
    verbs: {
      create: verb({ after: text, says: ({ after }) => `started a draft of ${of(after)}` }),
      update: verb({ after: text, says: ({ after }) => `edited the draft of ${of(after)}` }),
      submit: verb({ after: text, says: ({ after }) => `sent ${of(after)} to the programme office for approval` }),
      approve: verb({
        after: z.object({ ...inArea, status: z.enum(STATUS_VALUES) }),
        says: ({ after }, { labels }) => `approved ${of(after)} for the public page (status: ${labels[after.status]})`,
      }),
      return: verb({ after: z.object({ ...inArea, comment: z.string() }), says: ({ after }) => `returned ${of(after)} to its lead: ${quote(after.comment)}` }),
    },
    link: (slug, _id, { after }) => publicSummaryPath(slug, after.areaId),
  }),
} satisfies Record<string, AnyKind>;

const shown = z.object({ public: z.boolean() });
const feedback = z.object({ title: z.string(), public: z.boolean() });

/** Registered with the Evidence kind (lib/stocktakes/audit.ts): feedback shown on the public page, or taken off it. */
export const evidencePublicVerbs = {
  "make public": verb({ before: shown, after: feedback, says: ({ after }) => `showed the feedback ${quote(after.title)} on the public page` }),
  "make private": verb({ before: shown, after: feedback, says: ({ after }) => `took the feedback ${quote(after.title)} off the public page` }),
};
