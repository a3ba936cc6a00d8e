// An audit row as a person reads it: one sentence and a link to the item.
// Rows are read through the vocabulary; a row it cannot read (written before
// the vocabulary, or by a verb since retired) still reads as a plain
// sentence naming who did what to which kind of item, never as raw JSON.
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import type { SayContext } from "./define";
import { kindOf } from "./vocabulary";

export type AuditRow = { actorName: string; entityType: string; entityId: string; action: string; before: unknown; after: unknown };

export type AuditSentence = { sentence: string; href: string | null; /** false for a row only the plain reader could read */ typed: boolean };

/** A stored side: JSON null and a missing side are the same thing. */
const side = (value: unknown) => (value === null ? undefined : value);

/** The sentence in the partnership's words: its status labels (the defaults when it has none of its own). */
export function describeAuditRow(row: AuditRow, slug: string, context: SayContext = { labels: DEFAULT_STATUS_LABELS }): AuditSentence {
  const kind = kindOf(row.entityType);
  const verb = kind && Object.hasOwn(kind.verbs, row.action) ? kind.verbs[row.action] : undefined;
  if (kind && verb) {
    for (const shape of [{ before: verb.before, after: verb.after }, ...verb.older]) {
      const before = (shape.before ?? verb.before).safeParse(side(row.before));
      const after = (shape.after ?? verb.after).safeParse(side(row.after));
      if (before.success && after.success) {
        const change = { before: before.data, after: after.data };
        return { sentence: finished(`${row.actorName} ${verb.says(change, context)}`), href: kind.link(slug, row.entityId, change), typed: true };
      }
    }
  }
  return { sentence: `${row.actorName} ${plainVerb(row.action)} ${kind?.label ?? `a ${plainWords(row.entityType)}`}.`, href: null, typed: false };
}

/** One full stop at the end, also after quoted words that end their own sentence (“Agreed at the board.”). */
function finished(text: string): string {
  return /[.!?]”?$/.test(text) ? text : `${text}.`;
}

/** "create" → "created"; "status.update" and "update status" → "updated the status of"; "approve-minutes" → "approved the minutes of". */
function plainVerb(action: string): string {
  const words = action
    .split(/[.\-_ ]+/)
    .filter(Boolean)
    .map(plainWords);
  const at = PAST[words[0] ?? ""] ? 0 : PAST[words.at(-1) ?? ""] ? words.length - 1 : -1;
  if (at === -1) return `recorded “${words.join(" ")}” on`;
  const rest = words.filter((_, i) => i !== at);
  return rest.length ? `${PAST[words[at]!]} the ${rest.join(" ")} of` : PAST[words[at]!]!;
}

const PAST: Record<string, string> = {
  archive: "archived",
  restore: "restored",
  close: "closed",
  decide: "decided",
  review: "reviewed",
  escalate: "escalated",
  correct: "corrected",
  create: "created",
  update: "updated",
  delete: "deleted",
  set: "set",
  upsert: "updated",
  move: "moved",
  approve: "approved",
  submit: "submitted",
  publish: "published",
  met: "recorded as met",
  missed: "recorded as missed",
};

/** "MeetingAgendaItem" → "meeting agenda item". */
function plainWords(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
