// Where a highlight report lives: /p/<slug>/reports/<area code>/<yyyy-mm>.
import { periodKey } from "./period";

export function reportsPath(slug: string): string {
  return `/p/${slug}/reports`;
}

export function reportPath(slug: string, areaCode: string, period: Date): string {
  return `${reportsPath(slug)}/${encodeURIComponent(areaCode)}/${periodKey(period)}`;
}

/** The PDF of one submitted version (a route handler prints it: lib/pdf). */
export function reportPdfPath(slug: string, areaCode: string, period: Date, version: number): string {
  return `/api/p/${slug}/reports/${encodeURIComponent(areaCode)}/${periodKey(period)}/pdf?version=${version}`;
}
