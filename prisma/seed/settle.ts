// How the documents' own time settles a milestone occurrence (see settle()).
import { parseIsoDate as date } from "../../lib/dates/format";
import type { SeedArea } from "./types";

type SeedUpdates = SeedArea["outcomes"][number]["actions"][number]["updates"];

/**
 * An occurrence due within the documents' time is settled as the documents
 * tell it: a one-off measure by the first update on or after its date (green
 * or complete: met; otherwise missed, with that update's words), so a history
 * that says "the 31 March milestone has been missed" never sits beside ✓ Met.
 * Recurring measures (minutes published, reports made) are met while updates
 * run. Anything later is left for the continuation.
 */
export function settle(dueDate: Date, recurring: boolean, updates: SeedUpdates, author: string, provenance: string) {
  const pending = { dueDate, state: "PENDING" } as const;
  const last = updates.at(-1);
  if (!last || dueDate.getTime() > date(last.date).getTime()) return pending;
  const at = updates.find((u) => date(u.date).getTime() >= dueDate.getTime())!;
  const met = recurring || at.status === "ON_TRACK" || at.status === "COMPLETE";
  return {
    dueDate,
    state: met ? "MET" : "MISSED",
    note: met ? (recurring ? "Reported at the monthly highlight report." : at.commentary) : at.commentary,
    decidedAt: date(at.date),
    decidedByName: author,
    provenance,
  } as const;
}

