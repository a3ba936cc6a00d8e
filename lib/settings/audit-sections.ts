// The verbs of the settings page's sections (registered on the Partnership kind in
// ./audit.ts). Each records the whole section before and after, and its sentence
// names only what changed: "renamed the status “Amber” to “On track some concerns”".
import { z } from "zod";
import { quote, verb } from "@/lib/audit/define";
import { ordinal } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";
import { isStandard, RHYTHM_FIELDS, type RhythmField } from "./compute";

/** "a", "a and b", "a, b and c". */
function inWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

const details = z.object({ name: z.string(), contactEmail: z.string().nullable() });

function detailsChanges(before: z.output<typeof details>, after: z.output<typeof details>): string[] {
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`renamed the partnership from ${quote(before.name)} to ${quote(after.name)}`);
  if (before.contactEmail !== after.contactEmail) {
    if (!after.contactEmail) changes.push(`removed the partnership’s contact email (was ${before.contactEmail})`);
    else if (!before.contactEmail) changes.push(`set the partnership’s contact email to ${after.contactEmail}`);
    else changes.push(`changed the partnership’s contact email from ${before.contactEmail} to ${after.contactEmail}`);
  }
  return changes;
}

/**
 * The labels as the audit row stores them: one field per state, named so the
 * audit log's "what changed" reads ("At risk: Amber → On track some concerns").
 */
const LABEL_KEYS = { COMPLETE: "complete", ON_TRACK: "onTrack", AT_RISK: "atRisk", OFF_TRACK: "offTrack", NOT_DUE: "notDue" } as const satisfies Record<Status, string>;
const labelsSide = z.object({
  ...(Object.fromEntries(STATUSES.map((status) => [LABEL_KEYS[status], z.string()])) as Record<(typeof LABEL_KEYS)[Status], z.ZodString>),
  standardLabels: z.boolean(),
});

/** One side of a labels change, from the five labels. */
export function labelsAudit(labels: StatusLabels): z.input<typeof labelsSide> {
  const side = Object.fromEntries(STATUSES.map((status) => [LABEL_KEYS[status], labels[status]])) as Record<(typeof LABEL_KEYS)[Status], string>;
  return { ...side, standardLabels: isStandard(labels) };
}

function labelChanges(before: z.output<typeof labelsSide>, after: z.output<typeof labelsSide>): string {
  const renamed = STATUSES.map((status) => LABEL_KEYS[status])
    .filter((key) => before[key] !== after[key])
    .map((key) => `${quote(before[key])} to ${quote(after[key])}`);
  if (!renamed.length) return "saved the status labels without changing them";
  const words = `renamed the ${renamed.length === 1 ? "status" : "statuses"} ${inWords(renamed)}`;
  return after.standardLabels ? `reset the status labels to the standard ones: ${words}` : words;
}

const rhythm = z.object({
  reportingCadenceDays: z.number().int(),
  staleGraceDays: z.number().int(),
  milestoneWarningDays: z.number().int(),
  highlightReportDueDay: z.number().int(),
});

/** Each field as the sentence names it, and its value in words. */
const RHYTHM_WORDS: Record<RhythmField, { name: string; value: (n: number) => string }> = {
  reportingCadenceDays: { name: "the update cadence", value: (n) => `${n}` },
  staleGraceDays: { name: "the grace before an update is owed", value: (n) => `${n}` },
  milestoneWarningDays: { name: "the milestone warning window", value: (n) => `${n}` },
  highlightReportDueDay: { name: "the highlight report due day", value: (n) => `the ${ordinal(n)}` },
};

function rhythmChanges(before: z.output<typeof rhythm>, after: z.output<typeof rhythm>): string {
  const changed = RHYTHM_FIELDS.filter((field) => before[field] !== after[field]).map((field) => {
    const { name, value } = RHYTHM_WORDS[field];
    const unit = field === "highlightReportDueDay" ? " of the month" : ` ${after[field] === 1 ? "day" : "days"}`;
    return `${name} from ${value(before[field])} to ${value(after[field])}${unit}`;
  });
  return changed.length ? `changed ${inWords(changed)}` : "saved the reporting rhythm without changing it";
}

export const settingsSectionVerbs = {
  "update details": verb({
    before: details,
    after: details,
    says: ({ before, after }) => inWords(detailsChanges(before, after)) || "saved the partnership’s name and contact email without changing them",
  }),
  "update status labels": verb({ before: labelsSide, after: labelsSide, says: ({ before, after }) => labelChanges(before, after) }),
  "update reporting rhythm": verb({ before: rhythm, after: rhythm, says: ({ before, after }) => rhythmChanges(before, after) }),
};
