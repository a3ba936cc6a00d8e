// Draws a highlight report as a document: the lead's words, and the tables
// pulled in from live data as at the right day. A draft is drawn afresh on
// every view; on submission the same drawing is frozen as the snapshot.
import { toIsoDate } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";
import { buildPrefill } from "./prefill";
import { asAtDate } from "./period";
import type { LoadedReportSource } from "./queries";
import { SNAPSHOT_VERSION, highlightReportSnapshotV1, type HighlightReportSnapshot, type ReportDocument, type ReportWritten } from "./snapshot";

/** The report row's columns as the document names them. */
export type WrittenRow = {
  overallStatus: Status | null;
  statusReason: string | null;
  commentary: string | null;
  achievements: string | null;
  plannedNext: string | null;
  risksAndIssues: string | null;
  decisionsNeeded: string | null;
  impactOnFamilies: string | null;
};

export function writtenOf(row: WrittenRow | null): ReportWritten {
  return {
    overallStatus: row?.overallStatus ?? null,
    statusReason: row?.statusReason ?? null,
    summary: row?.commentary ?? null,
    achievements: row?.achievements ?? null,
    nextPeriod: row?.plannedNext ?? null,
    risksAndIssues: row?.risksAndIssues ?? null,
    decisionsNeeded: row?.decisionsNeeded ?? null,
    impactOnFamilies: row?.impactOnFamilies ?? null,
  };
}

/** The document for `period` as the data stands on `today` (a draft, or what a submission freezes). */
export function drawReport(loaded: LoadedReportSource, period: Date, today: Date, written: ReportWritten, provenance: string | null): ReportDocument {
  return {
    schemaVersion: SNAPSHOT_VERSION,
    partnership: loaded.partnership,
    board: loaded.board,
    labels: loaded.labels,
    area: { code: loaded.area.code, title: loaded.area.title, leads: loaded.area.leads, linked: loaded.area.linked },
    period: toIsoDate(period),
    provenance,
    written,
    prefill: buildPrefill(loaded.source, period, asAtDate(period, today), loaded.labels),
    submission: null,
  };
}

/** The frozen snapshot of a submission: validated before it is stored, so a stored one always reads. */
export function freezeReport(document: ReportDocument, submission: HighlightReportSnapshot["submission"]): HighlightReportSnapshot {
  return highlightReportSnapshotV1.parse({ ...document, submission });
}
