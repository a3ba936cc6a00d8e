// The live rows a stocktake pack is drawn from, as plain data (read in
// lib/stocktakes/queries/, drawn in lib/stocktakes/compute/pack.ts). The
// plan's rows of each top-level area come in the shared kernel's shape
// (lib/plan/as-at), so the pack replays the same as-at rules as the reports.
import type { AreaKind, EvidenceKind, HighlightReportState, ImpactLogState, MeetingState, Status } from "@/lib/generated/prisma/enums";
import type { PlanRows, SourceChangeRequest } from "@/lib/plan/as-at/compute";
import type { PlanSettings } from "@/lib/plan/compute";
import type { StatusLabels } from "@/lib/plan/status";

export type SourceArea = {
  id: string;
  code: string;
  title: string;
  kind: AreaKind;
  finding: string;
  leads: string[];
  parentId: string | null;
};

/** A risk's scores and state after one event of its history (lib/risks: every review, score change, escalation, closure). */
export type SourceRiskEvent = {
  kind: "CREATED" | "REVIEWED" | "SCORES_CHANGED" | "CLOSED" | "REOPENED" | "ESCALATED" | "DE_ESCALATED";
  at: Date;
  likelihood: number;
  impact: number;
  targetScore: number;
};

export type SourceRisk = {
  code: string;
  title: string;
  owner: string | null;
  createdAt: Date;
  areaIds: readonly string[];
  /** As the register stands now. */
  now: { likelihood: number; impact: number; targetScore: number; escalated: boolean; escalatedAt: Date | null; state: "OPEN" | "CLOSED"; closedAt: Date | null };
  /** Oldest first. */
  history: readonly SourceRiskEvent[];
};

export type SourceReportMonth = { period: Date; state: HighlightReportState; overallStatus: Status | null };

/** One top-level area's rows (with the areas for improvement filed under it). */
export type AreaSource = Omit<PlanRows, "changeRequests"> & {
  changeRequests: readonly (SourceChangeRequest & { meeting: string | null })[];
  reports: readonly SourceReportMonth[];
};

export type SourceEvidence = { id: string; kind: EvidenceKind; title: string; date: Date; text: string | null; url: string | null; on: string };

export type GovernanceSource = {
  boards: readonly { name: string; chair: string | null; reportsTo: string | null; areaIds: readonly string[] }[];
  meetings: readonly { title: string; board: string; date: Date; state: MeetingState; published: boolean; illustrative: boolean }[];
  changeRequests: readonly { createdAt: Date; state: SourceChangeRequest["state"]; decidedAt: Date | null }[];
  impactLog: readonly { raisedOn: Date; state: ImpactLogState; closedAt: Date | null }[];
};

export type StocktakeSource = {
  partnership: { name: string; slug: string; localAuthority: string; icb: string; improvementNoticeDate: Date | null };
  labels: StatusLabels;
  settings: PlanSettings;
  /** Every live area, in plan order. */
  areas: readonly SourceArea[];
  /** By top-level area id. */
  areaSources: ReadonlyMap<string, AreaSource>;
  risks: readonly SourceRisk[];
  governance: GovernanceSource;
};

/** A section as the partnership has written it so far, with its linked evidence. */
export type SectionRow = {
  id: string;
  key: string;
  kind: "AREA" | "GOVERNANCE" | "FAMILY_VOICE";
  priorityAreaId: string | null;
  status: Status | null;
  progress: string | null;
  keyFindings: string | null;
  nextSteps: string | null;
  version: number;
  evidence: readonly SourceEvidence[];
};

/** A next step of the previous stocktake, and this stocktake's response to it, if any. */
export type StepRow = {
  findingId: string;
  /** The key of the section it was given for (an area's id, "GOVERNANCE", "FAMILY_VOICE"). */
  sectionKey: string;
  heading: string;
  text: string;
  givenBy: string;
  response: { id: string; text: string; status: Status | null; by: string; version: number } | null;
};

export type StocktakeRow = {
  id: string;
  title: string;
  periodStart: Date;
  periodEnd: Date;
  reviewDate: Date | null;
  summary: string | null;
  provenance: string | null;
  previous: { title: string; reviewDate: Date | null; periodEnd: Date } | null;
  sections: readonly SectionRow[];
  steps: readonly StepRow[];
};

export const GOVERNANCE_KEY = "GOVERNANCE";
export const FAMILY_VOICE_KEY = "FAMILY_VOICE";
