// How an action's due date reads where it is shown. An action may have no
// agreed due date yet ("TBC" in a plan): it says so, and is never late.
import { formatUkDate } from "@/lib/dates/format";

export const DUE_DATE_TO_BE_CONFIRMED = "Due date to be confirmed";

/** "31 March 2026", or "Due date to be confirmed" while no date is agreed. */
export function dueDateText(due: Date | null): string {
  return due ? formatUkDate(due) : DUE_DATE_TO_BE_CONFIRMED;
}

/** The baseline, shown beside the current due date once an approved change has moved it; else null. */
export function movedFromBaseline(action: { baselineDueDate: Date | null; currentDueDate: Date | null }): string | null {
  const { baselineDueDate: baseline, currentDueDate: current } = action;
  return baseline && current && baseline.getTime() !== current.getTime() ? formatUkDate(baseline) : null;
}

/** A one-off milestone with no date of its own (imported under an action whose due date is to be confirmed). */
export const DATE_TO_BE_CONFIRMED = "Date to be confirmed";
