// A stocktake pack as a document: the partnership's own assessment of
// improvement for the DfE review (Improvement Notice §10) — per area its
// status, progress, key findings, next steps and evidence, the dashboard of
// actions, milestones, slippage, KPIs and risks, and the partnership-wide
// sections — and its responses to the last stocktake's next steps. A
// published pack is an immutable snapshot of this (STYLE rule 16): stored as
// JSON with a schema version, validated on the way in and on the way out; its
// read view, its PDF and the comparison with another pack are functions of
// snapshots alone.
//
// Changing the shape: add `stocktakeSnapshotV2` with `schemaVersion:
// z.literal(2)` and let parseStocktakeSnapshot upgrade v1 packs to it, so
// every published pack still reads.
import { z } from "zod";
import { STATUS_VALUES } from "@/lib/plan/schema";

const status = z.enum(STATUS_VALUES);
const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();
const text = z.string().nullable();

export const EVIDENCE_KINDS = ["DATA", "DOCUMENT", "CASE_STUDY", "FEEDBACK"] as const;
export const SECTION_KINDS = ["AREA", "GOVERNANCE", "FAMILY_VOICE"] as const;

/** What the partnership writes in every section. */
export const writtenSchema = z.object({ status: status.nullable(), progress: text, keyFindings: text, nextSteps: text });
export type SectionWritten = z.infer<typeof writtenSchema>;

export const evidenceItemSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  /** For feedback from families: what they said. */
  title: z.string(),
  date: isoDate,
  /** For feedback: what was done about it. */
  text,
  url: text,
  /** What it is evidence for: an action, a KPI or an area, by code. */
  on: z.string(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const packActionSchema = z.object({
  code: z.string(),
  title: z.string(),
  lead: text,
  /** Null while the action has no agreed due date ("to be confirmed"); packs drawn before such actions existed always have one. */
  baselineDue: isoDate.nullable(),
  currentDue: isoDate.nullable(),
  /** What the lead had reported by the day the pack is drawn as at. */
  reported: status,
  /** What the data says (lib/plan/compute.ts), with its reasons. */
  computed: status,
  reasons: z.array(z.string()),
  daysLate: z.number().int(),
  completedOn: isoDate.nullable(),
});
export type PackAction = z.infer<typeof packActionSchema>;

const milestoneSchema = z.object({ actionCode: z.string(), text: z.string(), due: isoDate, note: text });

export const packChangeRequestSchema = z.object({
  actionCode: text,
  milestone: text,
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  scope: text,
  reason: z.string(),
  /** As it stood on the day the pack is drawn as at. */
  state: z.enum(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"]),
  raisedOn: isoDate,
  decidedOn: isoDate.nullable(),
  decidedBy: text,
  note: text,
  /** The meeting that decided it (or noted a decision taken between meetings). */
  meeting: text,
});
export type PackChangeRequest = z.infer<typeof packChangeRequestSchema>;

export const packKpiSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.enum(["PERCENT", "COUNT", "WEEKS", "DAYS", "RATE"]),
  direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]),
  status,
  noData: z.boolean(),
  reason: z.string(),
  latest: z.object({ period: isoDate, value: z.number(), text: z.string() }).nullable(),
  /** The trajectory's value for the latest period: what "against trajectory" is measured from. */
  expected: z.object({ value: z.number(), text: z.string() }).nullable(),
  baseline: text,
  target: text,
  forecast: text,
  /** The values up to the pack's month (the chart), oldest first. */
  series: z.array(z.object({ period: isoDate, value: z.number() })),
  /** Baseline, interim targets and target (the chart's expected line). */
  trajectory: z.array(z.object({ date: isoDate, value: z.number() })),
});
export type PackKpi = z.infer<typeof packKpiSchema>;

export const packRiskSchema = z.object({
  code: z.string(),
  title: z.string(),
  owner: text,
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  targetScore: z.number().int().nullable(),
  escalated: z.boolean(),
  state: z.enum(["OPEN", "CLOSED"]),
  raisedOn: isoDate,
});
export type PackRisk = z.infer<typeof packRiskSchema>;

const reportMonthSchema = z.object({
  period: isoDate,
  state: z.enum(["DRAFT", "SUBMITTED", "NOTED", "RETURNED"]).nullable(),
  status: status.nullable(),
});

/** The dashboard of an area that reports its own actions (areas for improvement filed under a parent report with it). */
export const areaDataSchema = z.object({
  suggested: z.object({ status, basis: z.string() }),
  counts: z.object({ COMPLETE: z.number().int(), ON_TRACK: z.number().int(), AT_RISK: z.number().int(), OFF_TRACK: z.number().int(), NOT_DUE: z.number().int() }),
  actions: z.array(packActionSchema),
  milestones: z.object({
    met: z.array(milestoneSchema),
    /** Recorded missed in the period, or passed in it without being recorded met. */
    missed: z.array(milestoneSchema.extend({ recorded: z.boolean() })),
    /** Due between the pack's day and the end of the next window (the next set of milestones, §10d.ii). */
    dueNext: z.array(milestoneSchema),
  }),
  changeRequests: z.array(packChangeRequestSchema),
  kpis: z.array(packKpiSchema),
  risks: z.array(packRiskSchema),
  /** The period's monthly highlight reports to the board. */
  reports: z.array(reportMonthSchema),
});
export type AreaData = z.infer<typeof areaDataSchema>;

export const areaSectionSchema = z.object({
  key: z.string(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(["PRIORITY_ACTION", "IMPROVEMENT", "LOCAL_PRIORITY", "DFE_RECOMMENDATION"]),
  /** The inspection finding (or the DfE's recommendation) as written. */
  finding: z.string(),
  leads: z.array(z.string()),
  /** An area for improvement filed under a priority area reports with it. */
  parent: z.object({ code: z.string(), title: z.string() }).nullable(),
  linked: z.array(z.string()),
  written: writtenSchema,
  data: areaDataSchema.nullable(),
  evidence: z.array(evidenceItemSchema),
});
export type AreaSection = z.infer<typeof areaSectionSchema>;

export const governanceSchema = z.object({
  written: writtenSchema,
  boards: z.array(z.object({ name: z.string(), chair: text, reportsTo: text, areas: z.array(z.string()) })),
  meetings: z.array(z.object({ title: z.string(), board: z.string(), date: isoDate, state: z.string(), minutesPublished: z.boolean(), illustrative: z.boolean() })),
  changeRequests: z.object({ raised: z.number().int(), approved: z.number().int(), rejected: z.number().int(), pending: z.number().int() }),
  impactLog: z.object({ raised: z.number().int(), open: z.number().int(), done: z.number().int() }),
  risks: z.object({ open: z.number().int(), escalated: z.number().int(), high: z.number().int() }),
  evidence: z.array(evidenceItemSchema),
});
export type GovernanceSection = z.infer<typeof governanceSchema>;

export const familyVoiceSchema = z.object({ written: writtenSchema, evidence: z.array(evidenceItemSchema) });
export type FamilyVoiceSection = z.infer<typeof familyVoiceSchema>;

/** A next step of the last stocktake and the partnership's response to it. */
export const responseSchema = z.object({
  /** The section the next step was given for: an area's code, or "GOVERNANCE" / "FAMILY_VOICE". */
  section: z.string(),
  heading: z.string(),
  step: z.string(),
  /** Who gave the next step (the advisor, or the partnership's record of the letter). */
  givenBy: z.string(),
  response: text,
  status: status.nullable(),
  by: text,
});
export type PackResponse = z.infer<typeof responseSchema>;

const documentFields = {
  partnership: z.object({ name: z.string(), slug: z.string(), localAuthority: z.string(), icb: z.string(), improvementNoticeDate: isoDate.nullable() }),
  labels: z.object({ COMPLETE: z.string(), ON_TRACK: z.string(), AT_RISK: z.string(), OFF_TRACK: z.string(), NOT_DUE: z.string() }),
  title: z.string(),
  period: z.object({ start: isoDate, end: isoDate }),
  reviewDate: isoDate.nullable(),
  summary: text,
  /** "Illustrative: …" for demo packs; null for packs written in the app. */
  provenance: text,
  /** The day the data is drawn as at: the day of publication, or the period's end if that came first. */
  asAt: isoDate,
  /** "The next set of milestones" run to this day. */
  nextWindowEnd: isoDate,
  previous: z.object({ title: z.string(), reviewDate: isoDate.nullable(), periodEnd: isoDate }).nullable(),
  areas: z.array(areaSectionSchema),
  governance: governanceSchema,
  families: familyVoiceSchema,
  responses: z.array(responseSchema),
};

const publication = z.object({ publishedAt: isoInstant, publishedBy: z.string() });

/** Version 1 of a published stocktake pack. */
export const stocktakeSnapshotV1 = z.object({ schemaVersion: z.literal(1), ...documentFields, publication });
export type StocktakeSnapshot = z.infer<typeof stocktakeSnapshotV1>;

/** What the read view renders: a published snapshot, or a draft drawn live (no publication yet). */
export type PackDocument = Omit<StocktakeSnapshot, "publication"> & { publication: StocktakeSnapshot["publication"] | null };

export const STOCKTAKE_SNAPSHOT_VERSION = 1;

/** Reads a stored snapshot of any version as the current shape; throws on anything else. */
export function parseStocktakeSnapshot(json: unknown): StocktakeSnapshot {
  return stocktakeSnapshotV1.parse(json);
}
