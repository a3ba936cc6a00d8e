// What a KPI's figures and dates can plausibly be (issue 10): a percentage
// within 0–100, a count whole and not negative, weeks, days and rates not
// negative; dates between 2000 and 2100. Shared by every form and server
// action that takes a KPI figure. Pure.
import type { KpiUnit } from "@/lib/generated/prisma/enums";

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** Why `value` cannot be a figure in `unit`, or null if it can. */
export function unitProblem(unit: KpiUnit, value: number): string | null {
  switch (unit) {
    case "PERCENT":
      return value < 0 || value > 100 ? "A percentage is between 0 and 100." : null;
    case "COUNT":
      return value < 0 || !Number.isInteger(value) ? "A count is a whole number, 0 or more." : null;
    case "WEEKS":
      return value < 0 ? "A number of weeks cannot be negative." : null;
    case "DAYS":
      return value < 0 ? "A number of days cannot be negative." : null;
    case "RATE":
      return value < 0 ? "A rate cannot be negative." : null;
  }
}
