// What each row of an uploaded plan becomes, before anything is saved: a new
// action, an update of one the plan has (matched by code, or by area and
// title where the file has no code), or unchanged; with its problems, errors
// blocking the import and warnings not. The partnership's own rules hold: an
// existing action's due date moves only through a change request, and its
// status only through an update, so a file that differs says so and changes
// neither. Pure: the plan, the members and the labels are passed in.
import type { Status } from "@/lib/generated/prisma/enums";
import type { StatusLabels } from "@/lib/plan/status";
import { CodeBook, outcomeNumber, readAreaCell, readOutcomeCell, sameWords, wordsOf } from "./codes";
import { readDateCell, type DateReading } from "./dates";
import { readWhen, splitMeasures, type WhenReading } from "./measures";
import type { PlanRow } from "./rows";
import { readStatusCell } from "./status";
import { readTags } from "./tags";
import { describeDay, leadOf, type Lead } from "./preview-parts";

export type ExistingPlan = {
  areas: readonly { id: string; code: string; title: string }[];
  outcomes: readonly { id: string; code: string; text: string; areaId: string }[];
  actions: readonly {
    id: string;
    code: string;
    title: string;
    outcomeId: string;
    startDate: Date | null;
    currentDueDate: Date | null;
    reportedStatus: Status;
    leadMembershipId: string | null;
    leadRole: string | null;
    tags: readonly string[];
    milestones: readonly { text: string }[];
  }[];
};

export type PreviewContext = {
  existing: ExistingPlan;
  members: readonly { membershipId: string; name: string }[];
  labels: StatusLabels;
  /** The admin's own status words from the preview (statusKey → state). */
  synonyms?: Readonly<Record<string, Status>>;
  /** Whether each date column writes months and years (isMonthYearColumn). */
  monthYear?: { start?: boolean; due?: boolean };
};

/**
 * What a row's reading found: an error blocks the import; a warning is kept
 * but worth checking (a date not read, a status not known); a note says how
 * the sheet was read (a blank under a merged cell taken from the row above,
 * an area from a heading row, a wrapped row joined), so nothing is silent.
 */
export type Problem = { level: "error" | "warning" | "note"; message: string };

export type PreviewMilestone = { text: string; byWhen: string; when: WhenReading };

export type PreviewRow = {
  /** The spreadsheet rows it came from. */
  rows: number[];
  becomes: "new" | "updated" | "unchanged";
  /** What an update changes, in words ("title", "lead", "2 milestones added"). */
  changes: string[];
  area: { code: string; title: string; isNew: boolean };
  outcome: { code: string; text: string; isNew: boolean };
  code: string;
  title: string;
  /** The existing action it updates. */
  actionId: string | null;
  startDate: Date | null;
  /** Null: no agreed due date yet ("due date to be confirmed"). */
  dueDate: Date | null;
  /** Null: no update yet. */
  status: Status | null;
  lead: Lead;
  tags: string[];
  milestones: PreviewMilestone[];
  problems: Problem[];
};

export type ImportPreview = {
  rows: PreviewRow[];
  counts: { new: number; updated: number; unchanged: number; errors: number; warnings: number; notes: number };
  /** Leads named in the file who are not members: kept as text, listed so the admin can invite them. */
  toInvite: string[];
};

const dateOf = (reading: DateReading) => (reading.kind === "date" ? reading.date : null);

export function previewImport(planRows: readonly PlanRow[], context: PreviewContext): ImportPreview {
  const { existing } = context;
  const book = new CodeBook([...existing.areas.map((a) => a.code), ...existing.outcomes.map((o) => o.code), ...existing.actions.map((a) => a.code)]);
  /** Each area once, with the number its outcomes go by. */
  const fileAreas = new Map<string, { code: string; title: string; isNew: boolean; number: number }>();
  let areasKnown = existing.areas.length;
  const fileOutcomes = new Map<string, { code: string; text: string; isNew: boolean }>();
  const codesInFile = new Map<string, number>();
  for (const row of planRows) if (row.code) book.take(row.code);
  const toInvite = new Set<string>();
  // Indexed once: a 2,000-row file against a 2,000-action plan previews in well under a second.
  const areaOfOutcome = new Map(existing.outcomes.map((o) => [o.id, o.areaId]));
  const actionsByCode = new Map(existing.actions.map((a) => [a.code.toLowerCase(), a]));
  const actionsByTitle = new Map<string, ExistingPlan["actions"][number]>();
  for (const a of [...existing.actions].reverse()) actionsByTitle.set(`${areaOfOutcome.get(a.outcomeId) ?? null}|${wordsOf(a.title)}`, a);

  const rows = planRows.map((row): PreviewRow => {
    const problems: Problem[] = row.said.map((message) => ({ level: "note" as const, message }));
    const error = (message: string) => problems.push({ level: "error", message });
    const warn = (message: string) => problems.push({ level: "warning", message });

    // The area: by code, by title, or new.
    const areaCell = readAreaCell(row.area);
    const areaKey = areaCell.code?.toLowerCase() ?? `title:${areaCell.title.toLowerCase()}`;
    let area = fileAreas.get(areaKey);
    if (!area) {
      const found = existing.areas.find((a) => (areaCell.code ? a.code.toLowerCase() === areaCell.code.toLowerCase() : sameWords(a.title, areaCell.title)));
      area = found
        ? { code: found.code, title: found.title, isNew: false, number: outcomeNumber(found.code, existing.areas.indexOf(found) + 1) }
        : { code: areaCell.code ?? book.area(), title: areaCell.title, isNew: true, number: outcomeNumber(areaCell.code, ++areasKnown) };
      if (!found && areaCell.code) book.take(areaCell.code);
      if (row.area) fileAreas.set(areaKey, area);
    }
    if (!row.area) error("no priority area: give the row its area, or the area heading above it");
    const areaId = existing.areas.find((a) => a.code === area.code)?.id ?? null;

    // The outcome: by code, by its words within the area, or new.
    const outcomeCell = readOutcomeCell(row.outcome || `${area.title}`);
    const outcomeKey = `${area.code}|${outcomeCell.code ?? outcomeCell.text.toLowerCase()}`;
    let outcome = fileOutcomes.get(outcomeKey);
    if (!outcome) {
      const found = existing.outcomes.find((o) => (outcomeCell.code ? o.code === outcomeCell.code : o.areaId === areaId && sameWords(o.text, outcomeCell.text)));
      outcome = found ? { code: found.code, text: found.text, isNew: false } : { code: outcomeCell.code ?? book.outcome(area.number), text: outcomeCell.text, isNew: true };
      if (!found && outcomeCell.code) book.take(outcomeCell.code);
      fileOutcomes.set(outcomeKey, outcome);
    }
    if (!row.outcome) warn("no desired outcome: the action is filed under one named after its area");

    // The action: by code, else by area and title.
    if (!row.action) error("no action: the row has no action text");
    if (row.action.length > 500) error(`the action is ${row.action.length} characters long: the most is 500`);
    const match = row.code ? actionsByCode.get(row.code.toLowerCase()) : actionsByTitle.get(`${areaId}|${wordsOf(row.action)}`);
    const code = row.code ?? match?.code ?? book.action(outcome.code);
    const seen = codesInFile.get(code.toLowerCase());
    if (seen !== undefined) error(`action ${code} is also in row ${seen}: each action once`);
    else codesInFile.set(code.toLowerCase(), row.rows[0]!);

    // Dates, status, lead, tags, measures.
    const start = readDateCell(row.start, "start", context.monthYear?.start);
    const due = readDateCell(row.due, "due", context.monthYear?.due);
    for (const [reading, what] of [
      [start, "start date"],
      [due, "due date"],
    ] as const) {
      if (reading.kind === "unreadable") warn(`${what}: ${reading.reason}; imported with none`);
      if (reading.kind === "date") for (const note of reading.notes) warn(`${what}: ${note}`);
    }
    if (due.kind !== "date") warn(due.kind === "unconfirmed" ? `due date “${due.text}”: imported as to be confirmed` : "no due date: imported as to be confirmed");
    const startDate = dateOf(start);
    const dueDate = dateOf(due);
    if (startDate && dueDate && startDate > dueDate) error(`the start (${describeDay(startDate)}) is after the due date (${describeDay(dueDate)})`);
    const statusReading = readStatusCell(row.status, context.labels, context.synonyms);
    const status = statusReading.kind === "status" ? statusReading.status : null;
    if (statusReading.kind === "unknown") warn(`status “${statusReading.text}” is not one this partnership uses: imported as no update yet (add it to the status words to map it)`);
    if (statusReading.kind === "blank") warn("no status: imported as no update yet");
    const lead = leadOf(row.lead, context.members);
    if (lead.kind === "role") toInvite.add(lead.role);
    const tags = readTags(row.tags);
    for (const message of tags.problems) warn(message);
    const milestones = splitMeasures(row.measure).map((m) => ({ ...m, when: readWhen(m.byWhen) }));
    for (const m of milestones) {
      if (m.when.kind === "unreadable") warn(`milestone “${m.text.slice(0, 60)}”: ${m.when.reason}; it takes the action's due date`);
      if (m.when.kind === "recurring" && m.when.note) warn(`milestone “${m.text.slice(0, 60)}”: ${m.when.note}`);
    }

    // New, updated or unchanged; what the plan's rules keep as it is.
    const changes: string[] = [];
    if (match) {
      const outcomeNow = existing.outcomes.find((o) => o.id === match.outcomeId);
      if (match.title !== row.action) changes.push("title");
      // A blank cell (or a column the file does not have) never clears or moves what the plan holds.
      if (row.outcome && outcomeNow?.code !== outcome.code) changes.push("outcome");
      if (startDate && match.startDate?.getTime() !== startDate.getTime()) changes.push("start date");
      if (lead.kind === "member" ? match.leadMembershipId !== lead.membershipId : lead.kind === "role" ? match.leadRole !== lead.role || match.leadMembershipId !== null : false)
        changes.push("lead");
      if ([...match.tags].sort().join() !== [...tags.tags].sort().join()) changes.push("tags");
      const added = milestones.filter((m) => !match.milestones.some((old) => sameWords(old.text, m.text))).length;
      if (added) changes.push(`${added} milestone${added === 1 ? "" : "s"} added`);
      if (dueDate && match.currentDueDate && dueDate.getTime() !== match.currentDueDate.getTime())
        warn(`due date ${describeDay(dueDate)} differs from the plan's ${describeDay(match.currentDueDate)}: a due date moves only through a change request, so it is not changed`);
      if (status && status !== match.reportedStatus)
        warn(
          `status “${context.labels[status]}” differs from the last update's “${context.labels[match.reportedStatus]}”: a status changes only through an update, so it is not changed`,
        );
    }
    const { number: _number, ...areaShown } = area;
    return {
      rows: row.rows,
      becomes: !match ? "new" : changes.length ? "updated" : "unchanged",
      changes,
      area: areaShown,
      outcome,
      code,
      title: row.action,
      actionId: match?.id ?? null,
      startDate,
      dueDate,
      status,
      lead,
      tags: tags.tags,
      milestones,
      problems,
    };
  });

  const count = (becomes: PreviewRow["becomes"]) => rows.filter((r) => r.becomes === becomes).length;
  const problems = rows.flatMap((r) => r.problems);
  return {
    rows,
    counts: {
      new: count("new"),
      updated: count("updated"),
      unchanged: count("unchanged"),
      errors: problems.filter((p) => p.level === "error").length,
      warnings: problems.filter((p) => p.level === "warning").length,
      notes: problems.filter((p) => p.level === "note").length,
    },
    toInvite: [...toInvite].sort(),
  };
}
