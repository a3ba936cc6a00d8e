// Pure rules of the public page: the KPI sentence, short forms spelt out on
// first use, who came to a meeting (by role only), when the page last changed.
import type { AttendanceKind, AttendanceStatus, KpiDirection, KpiUnit } from "@/lib/generated/prisma/enums";
import { formatKpiValue } from "@/lib/kpis/compute";
import { GLOSSARY } from "./words";

const monthYear = (date: Date) => date.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export type PublicKpiPoint = { period: Date; value: number };
export type PublicKpiFacts = { name: string; unit: KpiUnit; direction: KpiDirection; values: PublicKpiPoint[] };

/**
 * One sentence a parent can read: the newest figure and its month, and how it
 * compares with the first one shown ("86.9% in April 2026, up from 86.1% in
 * July 2025. That is better."). Better or worse follows the KPI's direction.
 */
export function kpiSentence({ name, unit, direction, values }: PublicKpiFacts): string {
  const points = [...values].sort((a, b) => a.period.getTime() - b.period.getTime());
  const latest = points.at(-1);
  if (!latest) return `${name}: no figures yet.`;
  const now = `${name}: ${formatKpiValue(latest.value, unit)} in ${monthYear(latest.period)}`;
  const first = points[0]!;
  if (points.length === 1) return `${now}.`;
  const was = `${formatKpiValue(first.value, unit)} in ${monthYear(first.period)}`;
  const change = Math.round((latest.value - first.value) * 10) / 10;
  if (change === 0) return `${now}, the same as ${was}.`;
  const up = change > 0;
  const better = up === (direction === "HIGHER_IS_BETTER");
  return `${now}, ${up ? "up" : "down"} from ${was}. That is ${better ? "better" : "worse"}.`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "EHC plans" is matched before "EHC plan".
const SHORT_FORMS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`\\b(${SHORT_FORMS.map(escape).join("|")})\\b`, "g");

/**
 * Spells out each short form the first time the page uses it ("education,
 * health and care plan (EHC plan)"), in reading order: call the returned
 * function on each text as the page shows them.
 */
export function firstUseExpander(): (text: string) => string {
  const seen = new Set<string>();
  return (text) =>
    text.replace(PATTERN, (found: string) => {
      const meaning = GLOSSARY[found];
      const key = found.replace(/s$/, "");
      if (!meaning || seen.has(key)) return found;
      seen.add(key);
      return `${meaning} (${found})`;
    });
}

export type AttendeeFacts = { role: string | null; organisation: string | null; kind: AttendanceKind; status: AttendanceStatus };

/**
 * Who came, by role and organisation only: names are never read (a parent, a
 * young person or a member of the public may sit in), and someone with
 * neither a role nor an organisation is left out.
 */
export function attendeesByRole(attendees: AttendeeFacts[]): string[] {
  const seen = new Set<string>();
  for (const { role, organisation, status } of attendees) {
    if (status !== "PRESENT") continue;
    const label = [role?.trim(), organisation?.trim()].filter(Boolean).join(", ");
    if (label) seen.add(label);
  }
  return [...seen];
}

/** The newest of the page's dates (approvals, publications, figures), or null for an empty page. */
export function lastUpdated(dates: (Date | null | undefined)[]): Date | null {
  let newest: Date | null = null;
  for (const date of dates) if (date && (!newest || date > newest)) newest = date;
  return newest;
}
