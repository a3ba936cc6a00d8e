import "server-only";
import type { Tx } from "@/lib/db";
import { fieldError, notFoundField } from "@/lib/errors";

// The plan's rows a form names by id or code, looked up within one
// partnership inside the caller's transaction: a KPI, a risk or an import
// that links to the plan checks its references here, with the message the
// form shows next to the field.

/** Every chosen area is live and in this partnership; otherwise the form's error next to `field`. */
export async function requireLiveAreas(tx: Tx, partnershipId: string, areaIds: readonly string[], field = "areaIds"): Promise<void> {
  const found = await tx.priorityArea.count({ where: { partnershipId, archivedAt: null, id: { in: [...areaIds] } } });
  if (found !== new Set(areaIds).size) throw notFoundField(field, "One of the chosen areas no longer exists. Reload the page and choose again.");
}

/** The ids of the live actions these codes name in this partnership; a code no live action has is the form's error next to `field`. */
export async function requireActionCodes(tx: Tx, partnershipId: string, codes: readonly string[], field = "actionCodes"): Promise<string[]> {
  if (codes.length === 0) return [];
  const actions = await tx.action.findMany({ where: { partnershipId, archivedAt: null, code: { in: [...codes] } }, select: { id: true, code: true } });
  const unknown = codes.filter((code) => !actions.some((a) => a.code === code));
  if (unknown.length) throw fieldError(field, `No live action has the code ${unknown.join(", ")}. Check the codes on the plan.`);
  return actions.map((a) => a.id);
}
