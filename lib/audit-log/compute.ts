// The audit log's rows as a person reads them, and the time they are read
// in. Pure: the rows, what still exists and the names they refer to are
// loaded by the caller (view.ts for the page, export.ts for the download).
import { describeAuditRow } from "@/lib/audit/sentence";
import { DAY_MS, formatUkDate } from "@/lib/dates/format";
import { displayName } from "@/lib/people/names";
import type { StatusLabels } from "@/lib/plan/status";
import { fieldChanges, rowNotes, type FieldChange, type RowNote } from "./changes";
import type { AuditEventFilter } from "./queries";
import { NO_PERSON, PERSON_MESSAGE, type AuditFilterErrors, type AuditFilters, type ParsedAuditQuery } from "./schema";
import { actionLabel, kindLabel } from "./words";

/** What the log shows of one row. */
export type AuditLogRow = {
  id: string;
  at: Date;
  /** "20 November 2026, 14:05", UK time; also as its two parts. */
  when: string;
  day: string;
  time: string;
  actorName: string;
  sentence: string;
  kind: string;
  action: string;
  /** The item's page (or its parent's, for an item without one); null when the item is gone or has no page. */
  href: string | null;
  /** The item was looked for and is no longer there. */
  gone: boolean;
  changes: FieldChange[];
  notes: RowNote[];
};

type StoredRow = { id: string; at: Date; actorName: string; entityType: string; entityId: string; action: string; before: unknown; after: unknown };

// Audit rows are instants; people read them in UK time, and a day in the filter is a UK day.
const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function londonParts(at: Date) {
  const part = Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, Number(p.value)])) as Record<string, number>;
  return { year: part.year!, month: part.month!, day: part.day!, hour: part.hour!, minute: part.minute!, second: part.second! };
}

/** An instant as the UK's clocks read it (GMT or BST, as that day's): "20 November 2026" and "14:05". */
export function ukDayAndTime(at: Date): { day: string; time: string } {
  const p = londonParts(at);
  return { day: `${p.day} ${MONTHS[p.month - 1]} ${p.year}`, time: `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}` };
}

/** "20 November 2026, 14:05" in UK time. */
export function ukDateTime(at: Date): string {
  const { day, time } = ukDayAndTime(at);
  return `${day}, ${time}`;
}

/** How far UK time is ahead of UTC at an instant, in milliseconds (0 or one hour). */
function ukOffset(at: Date): number {
  const p = londonParts(at);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight in the UK at the start of a calendar day (given as its UTC midnight). */
export function startOfUkDay(day: Date): Date {
  const guess = new Date(day.getTime() - ukOffset(day));
  return new Date(day.getTime() - ukOffset(guess));
}

/** The valid filters as the query reads them: "to" takes in the whole of its day. */
export function eventFilter(filters: AuditFilters): AuditEventFilter {
  return {
    person: filters.person,
    kind: filters.kind,
    action: filters.action,
    from: filters.from ? startOfUkDay(filters.from) : undefined,
    until: filters.to ? startOfUkDay(new Date(filters.to.getTime() + DAY_MS)) : undefined,
  };
}

export type RowContext = {
  slug: string;
  labels: StatusLabels;
  members: ReadonlyMap<string, string>;
  areas: ReadonlyMap<string, string>;
  /** Kinds whose items were looked for, and the items found ("Kind:id"). */
  checkedKinds: ReadonlySet<string>;
  existing: ReadonlySet<string>;
};

/** One stored row as the log reads it: the vocabulary's sentence and link, what changed, and whether its item is still there. */
export function describeRow(row: StoredRow, context: RowContext): AuditLogRow {
  const described = describeAuditRow(row, context.slug, { labels: context.labels });
  const gone = context.checkedKinds.has(row.entityType) && !context.existing.has(`${row.entityType}:${row.entityId}`);
  // A link to the item itself dies with it; a link to its parent (an item with no page of its own) stays.
  const href = described.href && gone && described.href.includes(row.entityId) ? null : described.href;
  return {
    id: row.id,
    at: row.at,
    when: ukDateTime(row.at),
    ...ukDayAndTime(row.at),
    actorName: row.actorName,
    sentence: described.sentence,
    kind: kindLabel(row.entityType),
    action: actionLabel(row.action),
    href,
    gone,
    changes: fieldChanges(row.before, row.after, context),
    notes: rowNotes(row.before, row.after, described.sentence),
  };
}

export type PersonOption = { value: string; label: string };

/** The person filter's choices: everyone with a row in the log, as the partnership knows them now. */
export function personOptions(actors: { people: { userId: string; name: string; jobTitle: string | null; membershipId: string | null }[]; system: boolean }): PersonOption[] {
  const people = actors.people.map((person) => ({
    value: person.userId,
    label: person.membershipId ? displayName(person.name, person.jobTitle) : `${person.name} (no longer a member)`,
  }));
  return actors.system ? [...people, { value: NO_PERSON, label: "No one signed in (set-up and system)" }] : people;
}

/**
 * The query's filters once the person is checked against the log's people:
 * a person who never wrote a row here (another partnership's, say) is refused
 * like any other value not on the list. Null filters when any is refused.
 */
export function settleFilters(parsed: ParsedAuditQuery, people: readonly PersonOption[]): { filters: AuditFilters | null; errors: AuditFilterErrors } {
  const errors: AuditFilterErrors = { ...parsed.errors };
  const person = parsed.input.person;
  if (person && !errors.person && !people.some((p) => p.value === person)) errors.person = [PERSON_MESSAGE];
  return Object.keys(errors).length ? { filters: null, errors } : { filters: parsed.filters, errors };
}

/** The filters in words, for the page's heading and the download's "Filters:" line; none means everything. */
export function describeFilters(filters: AuditFilters, people: readonly PersonOption[]): string[] {
  const words: string[] = [];
  if (filters.person) words.push(`Person: ${people.find((p) => p.value === filters.person)?.label ?? "unknown"}`);
  if (filters.kind) words.push(`Kind of item: ${kindLabel(filters.kind)}`);
  if (filters.action) words.push(`Action: ${actionLabel(filters.action)}`);
  if (filters.from) words.push(`From ${formatUkDate(filters.from)}`);
  if (filters.to) words.push(`To ${formatUkDate(filters.to)}`);
  return words;
}
