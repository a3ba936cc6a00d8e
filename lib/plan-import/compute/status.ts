// A status cell read onto the five canonical states (DESIGN §3): first by the
// partnership's own labels, then the standard ones, then a table of the
// words council plans use ("On track some concerns" → at risk, "Completed
// Embedded Sustained" → complete, "Not due yet" → not started), which the
// admin can add to in the preview. A blank or unknown status is reported and
// imported as "no update yet": never guessed. Pure: no I/O.
import type { Status } from "@/lib/generated/prisma/enums";
import { DEFAULT_STATUS_LABELS, STATUSES, type StatusLabels } from "@/lib/plan/status";
import { cleanCell } from "./cells";

/** Words council plans write for each state (RAG, RAGP, BRAG and their spelt-out forms). */
export const STATUS_SYNONYMS: Readonly<Record<string, Status>> = {
  green: "ON_TRACK",
  g: "ON_TRACK",
  "on track": "ON_TRACK",
  "on track no concerns": "ON_TRACK",
  "on target": "ON_TRACK",
  amber: "AT_RISK",
  a: "AT_RISK",
  "on track some concerns": "AT_RISK",
  "some concerns": "AT_RISK",
  "at risk": "AT_RISK",
  "amber green": "AT_RISK",
  red: "OFF_TRACK",
  r: "OFF_TRACK",
  "off track": "OFF_TRACK",
  "not on track": "OFF_TRACK",
  delayed: "OFF_TRACK",
  "red amber": "OFF_TRACK",
  blue: "COMPLETE",
  b: "COMPLETE",
  "blue complete": "COMPLETE",
  "blue completed": "COMPLETE",
  complete: "COMPLETE",
  completed: "COMPLETE",
  done: "COMPLETE",
  achieved: "COMPLETE",
  "complete embedded sustained": "COMPLETE",
  "completed embedded sustained": "COMPLETE",
  "complete and embedded": "COMPLETE",
  "not started": "NOT_DUE",
  "not due": "NOT_DUE",
  "not due yet": "NOT_DUE",
  "not yet due": "NOT_DUE",
  "not yet started": "NOT_DUE",
  "future action": "NOT_DUE",
  grey: "NOT_DUE",
  gray: "NOT_DUE",
};

/** How a status is compared: letter case, punctuation and spacing aside ("On track - no concerns" = "on track no concerns"). */
export function statusKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export type StatusReading = { kind: "status"; status: Status; doubled: boolean } | { kind: "blank" } | { kind: "unknown"; text: string };

/**
 * The state a status cell names. `extra` holds the admin's own additions
 * from the preview (their key as `statusKey` spells it), which win over the
 * built-in table; the partnership's labels win over both.
 */
export function readStatusCell(cell: string | null | undefined, labels: StatusLabels, extra: Readonly<Record<string, Status>> = {}): StatusReading {
  const { text, doubled } = cleanCell(cell);
  if (!text) return { kind: "blank" };
  const key = statusKey(text);
  for (const source of [labels, DEFAULT_STATUS_LABELS]) {
    const status = STATUSES.find((s) => statusKey(source[s]) === key);
    if (status) return { kind: "status", status, doubled };
  }
  const status = extra[key] ?? STATUS_SYNONYMS[key];
  return status ? { kind: "status", status, doubled } : { kind: "unknown", text };
}
