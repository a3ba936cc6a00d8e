// A highlight report as a document: the lead's words and the tables pulled in
// from the plan, KPIs, change requests and evidence. A submitted report is an
// immutable snapshot of this (STYLE rule 16): stored as JSON with a version
// number, validated on the way in and on the way out, and its read view, its
// PDF and any comparison are functions of snapshots alone — the plan may
// change afterwards; the report does not.
//
// Changing the shape: add a `highlightReportSnapshotV2` with
// `schemaVersion: z.literal(2)`, and let parseHighlightReportSnapshot upgrade
// v1 documents to it (new sections empty), so every stored submission still
// reads. The board pack embeds these snapshots as they are.
import { z } from "zod";
import { STATUS_VALUES } from "@/lib/plan/schema";

const status = z.enum(STATUS_VALUES);
const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();

const actionRef = z.object({
  code: z.string(),
  title: z.string(),
  lead: z.string().nullable(),
});

export const reportPrefillSchema = z.object({
  /** The day the tables are drawn as at: the period's last day, or the day of submission within the month. */
  asAt: isoDate,
  /** The area's suggested roll-up (lib/plan/compute.ts areaRollup) as at `asAt`, and as at the end of the month before. */
  suggested: z.object({
    status,
    lastMonth: status.nullable(),
    /** What the roll-up was made of, in words ("12 actions and 3 KPIs: 2 off track, 4 amber…"). */
    basis: z.string(),
  }),
  actions: z.object({
    completed: z.array(actionRef.extend({ on: isoDate })),
    started: z.array(actionRef.extend({ on: isoDate })),
    slipped: z.array(actionRef.extend({ reasons: z.array(z.string()) })),
  }),
  milestones: z.object({
    met: z.array(z.object({ actionCode: z.string(), text: z.string(), due: isoDate, note: z.string().nullable() })),
    /** Recorded missed, or passed in the period without being recorded met. */
    missed: z.array(z.object({ actionCode: z.string(), text: z.string(), due: isoDate, recorded: z.boolean(), note: z.string().nullable() })),
  }),
  dueNext: z.object({
    /** The month after the period. */
    period: isoDate,
    actions: z.array(actionRef.extend({ due: isoDate })),
    milestones: z.array(z.object({ actionCode: z.string(), text: z.string(), due: isoDate })),
  }),
  kpis: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]),
      latest: z.object({ period: isoDate, text: z.string(), value: z.number() }).nullable(),
      previous: z.object({ period: isoDate, text: z.string(), value: z.number() }).nullable(),
      /** Latest against the value a month earlier, in the KPI's direction. */
      movement: z.enum(["IMPROVED", "WORSENED", "UNCHANGED", "NO_NEW_VALUE", "FIRST_VALUE", "NO_DATA"]),
      status,
      noData: z.boolean(),
      lastMonthStatus: status.nullable(),
      target: z.string().nullable(),
      reason: z.string(),
    }),
  ),
  changeRequests: z.object({
    raised: z.array(
      z.object({
        actionCode: z.string().nullable(),
        milestone: z.string().nullable(),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
        scope: z.string().nullable(),
        reason: z.string(),
        by: z.string(),
        on: isoDate,
        state: z.string(),
      }),
    ),
    decided: z.array(
      z.object({
        actionCode: z.string().nullable(),
        milestone: z.string().nullable(),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
        scope: z.string().nullable(),
        decision: z.string(),
        note: z.string().nullable(),
        by: z.string().nullable(),
        on: isoDate,
      }),
    ),
  }),
  evidence: z.object({
    /** "You said, we did": feedback from families and young people. */
    feedback: z.array(z.object({ title: z.string(), date: isoDate, text: z.string().nullable(), on: z.string() })),
    other: z.array(z.object({ title: z.string(), kind: z.enum(["DATA", "DOCUMENT", "CASE_STUDY"]), date: isoDate, text: z.string().nullable(), on: z.string() })),
  }),
});
export type ReportPrefill = z.infer<typeof reportPrefillSchema>;

export const reportWrittenSchema = z.object({
  overallStatus: status.nullable(),
  statusReason: z.string().nullable(),
  summary: z.string().nullable(),
  achievements: z.string().nullable(),
  nextPeriod: z.string().nullable(),
  risksAndIssues: z.string().nullable(),
  decisionsNeeded: z.string().nullable(),
  impactOnFamilies: z.string().nullable(),
});
export type ReportWritten = z.infer<typeof reportWrittenSchema>;

const documentFields = {
  partnership: z.object({ name: z.string(), slug: z.string() }),
  /** The board the report goes to (the one overseeing the area). */
  board: z.string().nullable(),
  /** The partnership's status labels when the report was drawn. */
  labels: z.object({ COMPLETE: z.string(), ON_TRACK: z.string(), AT_RISK: z.string(), OFF_TRACK: z.string(), NOT_DUE: z.string() }),
  area: z.object({ code: z.string(), title: z.string(), leads: z.array(z.string()), linked: z.array(z.string()) }),
  /** First day of the reporting month. */
  period: isoDate,
  /** "Illustrative: …" for demo reports; null for reports written in the app. */
  provenance: z.string().nullable(),
  written: reportWrittenSchema,
  prefill: reportPrefillSchema,
};

const submission = z.object({ number: z.number().int().min(1), submittedAt: isoInstant, submittedBy: z.string() });

/** Version 1 of a submitted highlight report. */
export const highlightReportSnapshotV1 = z.object({ schemaVersion: z.literal(1), ...documentFields, submission });
export type HighlightReportSnapshot = z.infer<typeof highlightReportSnapshotV1>;

/** What the read view renders: a submitted snapshot, or a draft drawn live (no submission yet). */
export type ReportDocument = Omit<HighlightReportSnapshot, "submission"> & { submission: HighlightReportSnapshot["submission"] | null };

export const SNAPSHOT_VERSION = 1;

/** Reads a stored snapshot of any version as the current shape; throws on anything else. */
export function parseHighlightReportSnapshot(json: unknown): HighlightReportSnapshot {
  return highlightReportSnapshotV1.parse(json);
}
