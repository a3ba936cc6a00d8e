// The audit log's words for kinds of item and actions, drawn from the closed
// audit vocabulary (lib/audit/vocabulary.ts): the filter's choices are exactly
// what a row can be. Pure.
import { kindOf, vocabulary } from "@/lib/audit/vocabulary";

export type Option = { value: string; label: string };

/** "a priority area" → "Priority area"; "the partnership" → "Partnership". */
function withoutArticle(label: string): string {
  const bare = label.replace(/^(a|an|the)\s+/i, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** A kind of item as the log names it ("Risk mitigation"), or the stored name in words for a kind the vocabulary no longer has. */
export function kindLabel(entityType: string): string {
  const kind = kindOf(entityType);
  return kind ? withoutArticle(kind.label) : withoutArticle(entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
}

/** Verbs whose stored name does not read well as a label. The rest read as their words. */
const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  remove: "Removed",
  archive: "Archived",
  restore: "Restored",
  move: "Moved",
  correct: "Corrected",
  review: "Reviewed",
  close: "Closed",
  reopen: "Reopened",
  escalate: "Escalated to the board",
  "de-escalate": "De-escalated",
  complete: "Completed",
  approve: "Approved",
  reject: "Rejected",
  open: "Opened",
  start: "Started",
  cancel: "Cancelled",
  submit: "Submitted",
  note: "Noted",
  return: "Returned",
  publish: "Published",
  unpublish: "Unpublished",
  attendance: "Attendance recorded",
  minutes: "Minutes written",
  "approve-minutes": "Minutes approved",
  "meeting-update": "Updated at a meeting",
  "status.update": "Status updated",
  "dueDate.correct": "Due date corrected",
  "milestone.met": "Milestone met",
  "milestone.missed": "Milestone missed",
  "values.import": "Values imported",
  "update settings": "Settings changed",
  "publish findings": "Findings published",
  "next steps answered": "Next steps answered",
  "link evidence": "Evidence linked",
};

/** An action as the log names it: "Status updated"; a verb without a label reads as its words ("role.change" → "Role change"). */
export function actionLabel(verb: string): string {
  if (Object.hasOwn(ACTION_LABELS, verb)) return ACTION_LABELS[verb]!;
  const words = verb
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[.\-_ ]+/)
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, "en-GB");

/** Every kind a row can be, by label. */
export function kindOptions(): Option[] {
  return Object.keys(vocabulary)
    .map((value) => ({ value, label: kindLabel(value) }))
    .sort(byLabel);
}

/** Every action any kind has, once each, by label. */
export function actionOptions(): Option[] {
  const verbs = new Set(Object.values(vocabulary).flatMap((kind) => Object.keys(kind.verbs)));
  return [...verbs].map((value) => ({ value, label: actionLabel(value) })).sort(byLabel);
}

export const isKnownKind = (name: string) => kindOf(name) !== undefined;
export const isKnownVerb = (verb: string) => Object.values(vocabulary).some((kind) => Object.hasOwn(kind.verbs, verb));
export const kindHasVerb = (name: string, verb: string) => Object.hasOwn(kindOf(name)?.verbs ?? {}, verb);
