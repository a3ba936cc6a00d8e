// The stocktakes' entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a stocktake started, edited, deleted and published; its sections written
// and their evidence linked or recorded; the responses to the last
// stocktake's next steps; and the findings recorded against a published pack.
// Each names its stocktake by title and its section by area code (or
// GOVERNANCE, FAMILY_VOICE), so the sentence needs no query. Ids added for
// the links since the first rows were written are optional, so those rows
// still read (with no link).
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { formatUkMonth, parseIsoDate } from "@/lib/dates/format";
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, STATUS_VALUES } from "@/lib/plan/schema";
import type { StatusLabels } from "@/lib/plan/status";
import { FINDING_KIND_LABELS, FINDING_KINDS } from "./schema";
import { sectionInWords } from "./labels";
import { evidencePublicVerbs } from "@/lib/public-summaries/audit";
import { publicSummariesPath } from "@/lib/public-summaries/paths";
import { findingsPath, sectionPath, stocktakePath, stocktakesPath } from "./paths";

const count = z.number().int();
const status = z.enum(STATUS_VALUES).nullable();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The stocktake a change belongs to: its title, and its id for the link. */
const inStocktake = { stocktake: z.string(), stocktakeId: z.string().optional() };
/** The section: an area's code, or GOVERNANCE / FAMILY_VOICE (rows before the vocabulary: the section's name in words). */
const inSection = { ...inStocktake, section: z.string() };

/** "the governance and accountability section", "the voice of families section", "the PIA1 section". */
const sectionWords = (section: string) => {
  const words = sectionInWords(section, section);
  return `${words.startsWith("the ") ? words : `the ${words}`} section`;
};
const of = (change: { section: string; stocktake: string }) => `${sectionWords(change.section)} of ${quote(change.stocktake)}`;
const withStatus = (value: z.output<typeof status>, labels: StatusLabels) => (value ? `, status “${labels[value]}”` : "");
const period = (p: { periodStart: string; periodEnd: string }) => `${sayDay(p.periodStart)} to ${sayDay(p.periodEnd)}`;

const details = z.object({ title: z.string(), periodStart: auditDay, periodEnd: auditDay });
const finding = z.object({ kind: z.enum(FINDING_KINDS), heading: z.string() });
const findingWords = (f: z.output<typeof finding>) => `${FINDING_KIND_LABELS[f.kind].toLowerCase()} ${quote(f.heading)}`;
/** A draft as it was before a change: whose it was, when the one changing it was not its author (the programme office). */
const draftBefore = finding.extend({ recordedBy: z.string().optional() });
/** "the draft" of one's own, "Lee Lead (Head of SEND)’s draft" of someone else's. */
const whoseDraft = (before: z.output<typeof draftBefore>) => (before.recordedBy ? `${before.recordedBy}’s draft` : "the draft");

export const stocktakeAudit = {
  Stocktake: auditKind({
    label: "a stocktake",
    verbs: {
      create: verb({
        after: details.extend({ follows: z.string().nullable(), sections: count }),
        says: ({ after }) => `started the stocktake ${quote(after.title)} for ${period(after)}`,
      }),
      update: verb({
        before: details,
        after: details.extend({ reviewDate: auditDay.nullable(), summary: z.string().nullable() }),
        says: ({ before, after }) => `changed the details of the stocktake ${quote(after.title)}${before.title === after.title ? "" : ` (was ${quote(before.title)})`}`,
      }),
      delete: verb({ before: z.object({ title: z.string(), state: z.enum(["DRAFT", "PUBLISHED"]) }), says: ({ before }) => `deleted the draft stocktake ${quote(before.title)}` }),
      publish: verb({
        after: details.extend({ areas: count, responses: count, asAt: auditDay }),
        says: ({ after }) => `published the stocktake ${quote(after.title)}, its tables drawn as at ${sayDay(after.asAt)}`,
      }),
      "publish findings": verb({
        after: z.object({
          stocktake: z.string().optional(),
          findings: count,
          byAdvisor: z.boolean(),
          nextReview: z.object({ date: auditDay, monthOnly: z.boolean() }).nullable(),
        }),
        says: ({ after }) =>
          `published ${plural(after.findings, after.byAdvisor ? "advisors’ finding" : "finding")} on ${after.stocktake ? `the stocktake ${quote(after.stocktake)}` : "the stocktake"}${
            after.nextReview ? `, the next review ${after.nextReview.monthOnly ? formatUkMonth(parseIsoDate(after.nextReview.date)) : sayDay(after.nextReview.date)}` : ""
          }`,
      }),
      "next steps answered": verb({
        after: z.object({ answeredIn: z.string(), nextSteps: count }),
        says: ({ after }) => `recorded ${plural(after.nextSteps, "next step")} of the stocktake as answered by ${quote(after.answeredIn)}`,
      }),
    },
    // A deleted draft has no page: the list is where it was.
    link: (slug, id, { after }) => (after === undefined ? stocktakesPath(slug) : stocktakePath(slug, id)),
  }),
  StocktakeSection: auditKind({
    label: "a section of a stocktake",
    verbs: {
      update: verb({ after: z.object({ ...inSection, status }), says: ({ after }, { labels }) => `wrote ${of(after)}${withStatus(after.status, labels)}` }),
      "link evidence": verb({
        after: z.object({ ...inSection, evidence: count }),
        says: ({ after }) => `linked ${plural(after.evidence, "item")} of evidence to ${of(after)}`,
      }),
    },
    link: (slug, id, { after }) => (after.stocktakeId ? sectionPath(slug, after.stocktakeId, id) : null),
  }),
  StocktakeResponse: auditKind({
    label: "a response to a next step",
    verbs: {
      create: verb({
        after: z.object({ ...inStocktake, nextStep: z.string(), status }),
        says: ({ after }, { labels }) => `responded to the next step ${quote(after.nextStep)} in ${quote(after.stocktake)}${withStatus(after.status, labels)}`,
      }),
      update: verb({
        after: z.object({ ...inStocktake, nextStep: z.string(), status }),
        says: ({ after }, { labels }) => `changed the response to the next step ${quote(after.nextStep)} in ${quote(after.stocktake)}${withStatus(after.status, labels)}`,
      }),
    },
    link: (slug, _id, { after }) => (after.stocktakeId ? stocktakePath(slug, after.stocktakeId) : null),
  }),
  AdvisorFinding: auditKind({
    label: "a finding on a stocktake",
    verbs: {
      create: verb({ after: finding.extend(inSection), says: ({ after }) => `recorded the draft ${findingWords(after)} on ${of(after)}` }),
      update: verb({
        before: draftBefore,
        after: finding.extend({ stocktakeId: z.string().optional() }),
        says: ({ before, after }) => `edited ${whoseDraft(before)} ${findingWords(after)}${before.heading === after.heading ? "" : ` (was ${quote(before.heading)})`}`,
      }),
      delete: verb({
        before: draftBefore.extend(inStocktake),
        says: ({ before }) => `deleted ${whoseDraft(before)} ${findingWords(before)} on ${quote(before.stocktake)}`,
      }),
    },
    link: (slug, _id, { before, after }) => {
      const side: { stocktakeId?: string } | undefined = after ?? before;
      return side?.stocktakeId ? findingsPath(slug, side.stocktakeId) : null;
    },
  }),
  Evidence: auditKind({
    label: "an item of evidence",
    verbs: {
      create: verb({
        after: z.object({ ...inSection, title: z.string(), kind: z.enum(EVIDENCE_KINDS), date: auditDay }),
        says: ({ after }) => `recorded evidence ${quote(after.title)} (${EVIDENCE_KIND_LABELS[after.kind].toLowerCase()}, ${sayDay(after.date)}) for ${of(after)}`,
      }),
      /** "You said, we did" shown on the public page or taken off it (lib/public-summaries). */
      ...evidencePublicVerbs,
    },
    // Evidence has no page of its own: the stocktake shows it with its section; feedback made public, the public page's screen.
    link: (slug, _id, { after }) => ("stocktakeId" in after ? (after.stocktakeId ? stocktakePath(slug, after.stocktakeId) : null) : publicSummariesPath(slug)),
  }),
} satisfies Record<string, AnyKind>;
