// A board pack as a document: the papers for one meeting. A published pack
// is an immutable snapshot of this (STYLE rule 16): JSON with a version
// number, validated on the way in and on the way out; its page and its PDF
// are functions of the snapshot alone. A draft is the same shape, drawn live.
//
// Changing the shape: add `boardPackSnapshotV2` with `schemaVersion:
// z.literal(2)` and let parseBoardPackSnapshot upgrade v1 packs to it.
import { z } from "zod";
import { STATUS_VALUES } from "@/lib/plan/schema";
import { highlightReportSnapshotV1 } from "@/lib/reports/snapshot";

const status = z.enum(STATUS_VALUES);
const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();
const counts = z.object({ COMPLETE: z.number().int(), ON_TRACK: z.number().int(), AT_RISK: z.number().int(), OFF_TRACK: z.number().int(), NOT_DUE: z.number().int() });

const reportEntry = z.discriminatedUnion("missing", [
  z.object({
    missing: z.literal(false),
    areaCode: z.string(),
    areaTitle: z.string(),
    /** "Submitted, awaiting the board" or "Noted by the board". */
    standing: z.enum(["SUBMITTED", "NOTED"]),
    /** Set when the latest report is older than the month owed: "The October 2026 report has not been submitted; …". */
    late: z.string().nullable(),
    report: highlightReportSnapshotV1,
    /** The area's report for an earlier month, if any, so the pack compares the two as the report's own page does. */
    previous: highlightReportSnapshotV1.nullable(),
  }),
  z.object({
    missing: z.literal(true),
    areaCode: z.string(),
    areaTitle: z.string(),
    leads: z.array(z.string()),
    /** Why there is none, in words: "No report has been submitted", "Returned to the lead on …". */
    reason: z.string(),
  }),
]);

export const boardPackSnapshotV1 = z.object({
  schemaVersion: z.literal(1),
  /** The day the live sections are drawn as at: the day of assembly, or the meeting day if that came first. */
  asAt: isoDate,
  partnership: z.object({ name: z.string(), slug: z.string() }),
  labels: z.object({ COMPLETE: z.string(), ON_TRACK: z.string(), AT_RISK: z.string(), OFF_TRACK: z.string(), NOT_DUE: z.string() }),
  /** Where the partnership's data comes from ("Illustrative: …" for demo data), shown on the cover. */
  provenance: z.string().nullable(),
  meeting: z.object({
    title: z.string(),
    date: isoInstant,
    durationMinutes: z.number().int().nullable(),
    location: z.string().nullable(),
    illustrative: z.boolean(),
    board: z.object({ name: z.string(), chairName: z.string().nullable(), chairRole: z.string().nullable() }),
    agenda: z.array(z.object({ position: z.number().int(), title: z.string(), presenter: z.string().nullable(), durationMinutes: z.number().int().nullable() })),
  }),
  coverNote: z.string().nullable(),
  dashboard: z.object({
    totals: z.object({
      actions: z.number().int(),
      computed: counts,
      conflicts: z.number().int(),
      overdueActions: z.number().int(),
      overdueMilestones: z.number().int(),
      /** Actions with no agreed due date yet (never late); absent from packs published before an action could have none. */
      noDueDate: z.number().int().optional(),
      kpis: z.number().int(),
      kpisOffTrack: z.number().int(),
      kpisNoData: z.number().int(),
      pendingChanges: z.number().int(),
    }),
    areas: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        reported: status,
        computed: status,
        actions: z.number().int(),
        counts,
        conflicts: z.number().int(),
        overdueActions: z.number().int(),
        kpisOffTrack: z.number().int(),
      }),
    ),
    conflicts: z.array(z.object({ code: z.string(), title: z.string(), reported: status, computed: status, reason: z.string() })),
    kpisOffTrack: z.array(z.object({ code: z.string(), name: z.string(), latest: z.string().nullable(), target: z.string().nullable() })),
  }),
  reports: z.array(reportEntry),
  risks: z.object({
    /** Risks per heat map cell, rows likelihood 5 → 1, columns impact 1 → 5 (current scores). */
    heat: z.array(z.array(z.number().int())),
    illustrative: z.boolean(),
    items: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        areaCodes: z.array(z.string()),
        owner: z.string(),
        escalated: z.boolean(),
        likelihood: z.number().int(),
        impact: z.number().int(),
        score: z.number().int(),
        band: z.string(),
        targetScore: z.number().int(),
        trend: z.enum(["RISING", "STEADY", "FALLING"]),
        review: z.string(),
      }),
    ),
  }),
  impactLog: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      owner: z.string().nullable(),
      areaCode: z.string().nullable(),
      actionCode: z.string().nullable(),
      raisedOn: isoDate,
      due: isoDate.nullable(),
      state: z.string(),
      slow: z.array(z.string()),
      latestUpdate: z.string().nullable(),
      illustrative: z.boolean(),
    }),
  ),
  changeRequests: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      scope: z.string().nullable(),
      raisedBy: z.string(),
      raised: z.string(),
      waitingDays: z.number().int(),
    }),
  ),
  kpis: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      areaCodes: z.array(z.string()),
      latest: z.string().nullable(),
      latestPeriod: z.string().nullable(),
      target: z.string().nullable(),
      status,
      noData: z.boolean(),
      /** The last values, oldest first, for a sparkline; `sparkLabel` says the same in words. */
      spark: z.array(z.number()),
      sparkLabel: z.string(),
    }),
  ),
  publication: z.object({ publishedAt: isoInstant, publishedBy: z.string() }),
});
export type BoardPackSnapshot = z.infer<typeof boardPackSnapshotV1>;
export type PackReportEntry = z.infer<typeof reportEntry>;

/** What the read view renders: a published snapshot, or a draft drawn live (not published yet). */
export type BoardPackDocument = Omit<BoardPackSnapshot, "publication"> & { publication: BoardPackSnapshot["publication"] | null };

export const BOARD_PACK_SNAPSHOT_VERSION = 1;

/** Reads a stored pack of any version as the current shape; throws on anything else. */
export function parseBoardPackSnapshot(json: unknown): BoardPackSnapshot {
  return boardPackSnapshotV1.parse(json);
}

/** The frozen pack: validated before it is stored, so a stored one always reads. */
export function freezeBoardPack(doc: BoardPackDocument, publication: BoardPackSnapshot["publication"]): BoardPackSnapshot {
  return boardPackSnapshotV1.parse({ ...doc, publication });
}
