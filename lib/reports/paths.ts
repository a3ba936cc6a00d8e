// Where a highlight report lives: /p/<slug>/reports/<area code>/<yyyy-mm>,
// its editor under it, each submitted version and its PDF.
import type { HighlightReportState } from "@/lib/generated/prisma/enums";
import { periodKey } from "./period";

export function reportsPath(slug: string): string {
  return `/p/${slug}/reports`;
}

export function reportPath(slug: string, areaCode: string, period: Date): string {
  return `${reportsPath(slug)}/${encodeURIComponent(areaCode)}/${periodKey(period)}`;
}

/** Where the lead writes (or revises) the report. */
export function reportEditPath(slug: string, areaCode: string, period: Date): string {
  return `${reportPath(slug, areaCode, period)}/edit`;
}

/** One submitted version of the report. */
export function reportVersionPath(slug: string, areaCode: string, period: Date, version: number): string {
  return `${reportPath(slug, areaCode, period)}?version=${version}`;
}

/** The report after a submission, which says it went to the board as that version. */
export function submittedReportPath(slug: string, areaCode: string, period: Date, version: number): string {
  return `${reportPath(slug, areaCode, period)}?submitted=${version}`;
}

/** The report after the board's answer, which announces it. */
export function reviewedReportPath(slug: string, areaCode: string, period: Date, outcome: HighlightReportState): string {
  return `${reportPath(slug, areaCode, period)}?${outcome === "NOTED" ? "noted" : "returned"}=1`;
}

/** The PDF of one submitted version (a route handler prints it: lib/pdf). */
export function reportPdfPath(slug: string, areaCode: string, period: Date, version: number): string {
  return `/api/p/${slug}/reports/${encodeURIComponent(areaCode)}/${periodKey(period)}/pdf?version=${version}`;
}
