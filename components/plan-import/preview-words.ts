// The import preview and result in words: what a row becomes, who leads it,
// the counts line. Words, not colour: every state is said in text. Pure.
import type { ImportPreview, PreviewRow } from "@/lib/plan-import/compute/preview";
import { plural } from "@/lib/plan-import/compute/preview-parts";
import type { ImportResult } from "@/lib/plan-import/view";

export { countsWords, plural } from "@/lib/plan-import/compute/preview-parts";

/** "New", "Updated: title, lead", "Unchanged". */
export function becomesWords(row: Pick<PreviewRow, "becomes" | "changes">): string {
  if (row.becomes === "new") return "New";
  if (row.becomes === "updated") return row.changes.length ? `Updated: ${row.changes.join(", ")}` : "Updated";
  return "Unchanged";
}

/** The member it links to, the role kept as text to invite, or nobody. */
export function leadWords(lead: PreviewRow["lead"]): string {
  if (lead.kind === "member") return lead.name;
  if (lead.kind === "role") return `${lead.role} (to invite)`;
  return "None";
}

/** "Row 5" or "Rows 5–6" (a wrapped row joined its row above). */
export function rowsWords(rows: readonly number[]): string {
  if (rows.length === 1) return `Row ${rows[0]}`;
  return `Rows ${rows.join(", ")}`;
}

/** What confirming writes: the new and updated actions. */
export function actionsToImport(counts: ImportPreview["counts"]): number {
  return counts.new + counts.updated;
}

/** "64 actions (60 new, 4 updated)": the parts that are not nought. */
export function resultActionsWords(actions: ImportResult["actions"]): string {
  const total = actions.new + actions.updated + actions.unchanged;
  const parts = (["new", "updated", "unchanged"] as const).filter((k) => actions[k] > 0).map((k) => `${actions[k]} ${k}`);
  return `${plural(total, "action")}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** "3 priority areas, 9 outcomes, 64 actions (64 new), 120 milestones". */
export function resultWords(result: ImportResult): string {
  return [plural(result.areas, "priority area"), plural(result.outcomes, "outcome"), resultActionsWords(result.actions), plural(result.milestones, "milestone")].join(", ");
}
