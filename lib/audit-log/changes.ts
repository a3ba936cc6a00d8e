// An audit row's before and after as a person reads them: the fields that
// changed, each "Status: Amber → Green", values in words (a status in the
// partnership's labels, a day as "31 March 2026", a member by name), never
// raw JSON. Pure: the names a row refers to by id are looked up once per page
// and handed in.
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import type { StatusLabels } from "@/lib/plan/status";

export type FieldChange = { field: string; before?: string; after?: string };
/** A reason, note or comment the row carries beside its change ("Reason: the board agreed…"). */
export type RowNote = { label: string; text: string };

export type NameLookups = { labels: StatusLabels; members: ReadonlyMap<string, string>; areas: ReadonlyMap<string, string> };

/** Fields whose stored name does not read well; the rest read as their words ("inherentLikelihood" → "Inherent likelihood"). */
const FIELD_LABELS: Record<string, string> = {
  leadMembershipId: "Lead member",
  ownerMembershipId: "Owner",
  priorityAreaId: "Priority area",
  areaIds: "Priority areas",
  leadRoles: "Lead roles",
  archivedAt: "Archived",
  byWhenText: "Plan’s words for when",
  advisorDashboardAccess: "Live access for advisors",
  escalatedToBoard: "Escalated to the board",
  reviewFrequency: "Review cadence",
  finding: "Inspection finding",
  text: "Wording",
  actionCodes: "Linked actions",
  alsoArchived: "Also archived",
  alsoRestored: "Also restored",
  durationMinutes: "Minutes allowed",
  kpis: "KPIs",
};

/** Free text a row carries to explain itself: shown beside the sentence, not as a change. */
const NOTE_FIELDS: Record<string, string> = { reason: "Reason", scoreReason: "Reason for the scores", decisionNote: "Decision note", note: "Note", comment: "Comment" };

const STATUS_FIELDS = new Set(["status", "overallStatus"]);
/** Fields that hold one of a closed set of words, stored in capitals ("OPEN", "MONTHLY"). */
const ENUM_FIELDS = /(?:^|[a-z])(?:[Ss]tate|[Ss]tatus|[Kk]ind|[Ff]requency|[Dd]irection)$/;
const LONGEST = 140;

export function fieldLabel(key: string): string {
  if (Object.hasOwn(FIELD_LABELS, key)) return FIELD_LABELS[key]!;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Bookkeeping and bare references a person cannot read: a version number, another row's id. Members and areas are named instead. */
function hidden(key: string): boolean {
  if (key === "version" || key === "schemaVersion") return true;
  if (key.endsWith("MembershipId") || key === "priorityAreaId" || key === "areaIds") return false;
  return /Ids?$/.test(key);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > LONGEST ? `${flat.slice(0, LONGEST - 1)}…` : flat;
}

function sentenceCase(constant: string): string {
  const words = constant.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One stored value in words; `key` says what it is (a status, a member, a day…). */
export function valueText(key: string, value: unknown, names: NameLookups, depth = 0): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "string") {
    if (STATUS_FIELDS.has(key) && Object.hasOwn(names.labels, value)) return names.labels[value as keyof StatusLabels];
    if (key.endsWith("MembershipId")) return names.members.get(value) ?? "a former member";
    if (key === "priorityAreaId" || key === "areaIds") return names.areas.get(value) ?? "a removed area";
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatUkDate(parseIsoDate(value));
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return formatUkDate(new Date(value));
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value) || (ENUM_FIELDS.test(key) && /^[A-Z]+$/.test(value))) return sentenceCase(value);
    return shortened(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every((item) => !isRecord(item) && !Array.isArray(item))) return shortened(value.map((item) => valueText(key, item, names, depth + 1)).join(", "));
    return `${value.length} ${value.length === 1 ? "entry" : "entries"}`;
  }
  if (isRecord(value) && depth === 0) {
    const parts = Object.entries(value)
      .filter(([, inner]) => !isRecord(inner) && !Array.isArray(inner))
      .map(([innerKey, inner]) => `${fieldLabel(innerKey).toLowerCase()} ${valueText(innerKey, inner, names, depth + 1)}`);
    if (parts.length) return shortened(parts.join(", "));
  }
  return "details in the item’s history";
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields a row changed. An edit (both sides recorded): each field
 * recorded on both sides whose value differs, before → after. A creation
 * (no before): what it was created with. A deletion (no after): what it held.
 * Notes (a reason, a comment) are left to rowNotes.
 */
export function fieldChanges(before: unknown, after: unknown, names: NameLookups): FieldChange[] {
  const shown = (key: string) => !hidden(key) && !Object.hasOwn(NOTE_FIELDS, key);
  if (isRecord(before) && isRecord(after)) {
    return Object.keys(before)
      .filter((key) => shown(key) && Object.hasOwn(after, key) && !same(before[key], after[key]))
      .map((key) => ({ field: fieldLabel(key), before: valueText(key, before[key], names), after: valueText(key, after[key], names) }));
  }
  const only = isRecord(after) ? { side: "after" as const, values: after } : isRecord(before) ? { side: "before" as const, values: before } : null;
  if (!only) return [];
  return Object.entries(only.values)
    .filter(([key, value]) => shown(key) && value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => ({ field: fieldLabel(key), [only.side]: valueText(key, value, names) }));
}

/** The reason, note or comment a row gives for itself, unless the sentence already quotes it whole. */
export function rowNotes(before: unknown, after: unknown, sentence: string): RowNote[] {
  if (!isRecord(after)) return [];
  return Object.entries(NOTE_FIELDS).flatMap(([key, label]) => {
    const text = after[key];
    if (typeof text !== "string" || !text.trim()) return [];
    if (isRecord(before) && same(before[key], text)) return [];
    const flat = text.replace(/\s+/g, " ").trim();
    // A sentence quotes a long reason shortened: the note then gives it whole.
    return sentence.includes(flat) ? [] : [{ label, text: flat }];
  });
}

/** The ids a page's rows refer to, to be named in one look-up. */
export function referencedIds(rows: readonly { before: unknown; after: unknown }[]): { membershipIds: string[]; areaIds: string[] } {
  const membershipIds = new Set<string>();
  const areaIds = new Set<string>();
  for (const row of rows) {
    for (const side of [row.before, row.after]) {
      if (!isRecord(side)) continue;
      for (const [key, value] of Object.entries(side)) {
        const values = Array.isArray(value) ? value : [value];
        for (const id of values) {
          if (typeof id !== "string") continue;
          if (key.endsWith("MembershipId")) membershipIds.add(id);
          if (key === "priorityAreaId" || key === "areaIds") areaIds.add(id);
        }
      }
    }
  }
  return { membershipIds: [...membershipIds], areaIds: [...areaIds] };
}
