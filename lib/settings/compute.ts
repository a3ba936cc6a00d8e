// The settings' pure rules: which labels a partnership keeps of its own, when
// two statuses would read alike, and the bounds of the reporting rhythm. No I/O.
import type { Status } from "@/lib/generated/prisma/enums";
import { DEFAULT_STATUS_LABELS, STATUS_LETTERS, STATUSES, type StatusLabels } from "@/lib/plan/status";

/** The longest a status label may be: it has to fit a badge, a table cell and a PDF column. */
export const LABEL_MAX = 40;

/** What each canonical state means, whatever the partnership calls it (DESIGN §3). */
export const STATUS_MEANINGS: Record<Status, { colour: string; means: string }> = {
  COMPLETE: { colour: "Blue", means: "done, with evidence" },
  ON_TRACK: { colour: "Green", means: "on track" },
  AT_RISK: { colour: "Amber", means: "on track, with some concerns" },
  OFF_TRACK: { colour: "Red", means: "off track" },
  NOT_DUE: { colour: "Grey", means: "not started, or not due yet" },
};

/** How the form names a state: its colour, letter and meaning ("Amber (A): on track, with some concerns"). */
export function stateName(status: Status): string {
  const { colour, means } = STATUS_MEANINGS[status];
  return `${colour} (${STATUS_LETTERS[status]}): ${means}`;
}

/**
 * What the partnership stores: only the labels that differ from the
 * standard ones, so "reset to the standard labels" stores nothing, and a
 * partnership that never renamed a state follows the standard wording.
 */
export function labelOverrides(labels: StatusLabels): Partial<StatusLabels> {
  const own: Partial<StatusLabels> = {};
  for (const status of STATUSES) if (labels[status] !== DEFAULT_STATUS_LABELS[status]) own[status] = labels[status];
  return own;
}

export function isStandard(labels: StatusLabels): boolean {
  return STATUSES.every((status) => labels[status] === DEFAULT_STATUS_LABELS[status]);
}

/** Two labels a reader would take for the same word: case, spaces and punctuation aside. */
const sameWords = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A message beside each label that reads the same as another: a board
 * reading "Green" for two different states could not tell them apart. Both
 * fields are flagged, each naming the other, whichever one was just typed.
 */
export function repeatedLabels(labels: Partial<Record<Status, string>>): Partial<Record<Status, string>> {
  const problems: Partial<Record<Status, string>> = {};
  const named = STATUSES.filter((status) => labels[status]);
  for (const status of named) {
    const label = labels[status]!;
    const others = named.filter((other) => other !== status && sameWords(labels[other]!) === sameWords(label));
    if (!others.length) continue;
    const whose = others.map((other) => `${STATUS_MEANINGS[other].colour.toLowerCase()} (${STATUS_LETTERS[other]})`);
    problems[status] = `Each status needs a label of its own: “${label}” reads the same as the label of ${whose.join(" and ")}.`;
  }
  return problems;
}

export type RhythmField = "reportingCadenceDays" | "staleGraceDays" | "milestoneWarningDays" | "highlightReportDueDay";

/**
 * The reporting rhythm's fields, with their bounds and what each drives, in
 * the order the form shows them. The bounds keep the rules meaningful: an
 * update asked for more often than weekly, or less often than quarterly, is
 * not a rhythm a board can follow; the due day stops at 28 so that it falls
 * in every month.
 */
export const RHYTHM: Record<RhythmField, { label: string; min: number; max: number; unit: "days" | "day of the month"; drives: string }> = {
  reportingCadenceDays: {
    label: "Update cadence",
    min: 7,
    max: 92,
    unit: "days",
    drives: "How often each action should be updated: its next update is due this many days after the last one.",
  },
  staleGraceDays: {
    label: "Grace before an update is owed",
    min: 0,
    max: 31,
    unit: "days",
    drives: "Extra days after an update falls due. After them the update is owed: it is listed in My updates and on the dashboard, and the action counts as at risk.",
  },
  milestoneWarningDays: {
    label: "Milestone warning window",
    min: 7,
    max: 120,
    unit: "days",
    drives: "A milestone due within this many days that has no evidence yet makes its action at risk, so there is time to act.",
  },
  highlightReportDueDay: {
    label: "Highlight report due day",
    min: 1,
    max: 28,
    unit: "day of the month",
    drives: "The day of the month by which each area’s highlight report for the month before is due. After it, missing reports are named on the dashboard.",
  },
};

export const RHYTHM_FIELDS = Object.keys(RHYTHM) as RhythmField[];

/** The message beside a rhythm field whose value is out of bounds (or not a whole number). */
export function rhythmMessage(field: RhythmField): string {
  const { min, max, unit } = RHYTHM[field];
  return unit === "days" ? `Enter a whole number of days from ${min} to ${max}.` : `Enter a day of the month from ${min} to ${max}.`;
}
