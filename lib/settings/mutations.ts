import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, NotFoundError, staleError } from "@/lib/errors";
import { mayManageSettings } from "./access";
import type { PartnershipSettingsInput } from "./schema";

/**
 * Whether the DfE and NHS England advisors attached to the partnership may
 * read its live dashboard, plan and KPIs, beside the published stocktake
 * packs they always read (DESIGN §4: "if allowed"; off unless the programme
 * office turns it on).
 */
export const updatePartnershipSettings = mutation(async (tx, partnershipId, caller: Caller, input: PartnershipSettingsInput) => {
  // The form names the partnership it was shown for, as other forms name their row: a form for another partnership changes nothing here.
  const partnership =
    input.partnershipId === partnershipId
      ? await tx.partnership.findFirst({ where: { id: partnershipId }, select: { id: true, advisorDashboardAccess: true, version: true } })
      : null;
  if (!partnership) throw new NotFoundError();
  if (!mayManageSettings(caller.scope)) throw new ForbiddenError("Only the programme office changes the partnership’s settings.");
  const saved = await tx.partnership.updateMany({
    where: { id: partnershipId, version: input.version },
    data: { advisorDashboardAccess: input.advisorDashboardAccess, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("the partnership’s settings");
  return {
    result: { version: input.version + 1, advisorDashboardAccess: input.advisorDashboardAccess },
    audit: {
      kind: "Partnership",
      verb: "update settings",
      entityId: partnershipId,
      before: { advisorDashboardAccess: partnership.advisorDashboardAccess },
      after: { advisorDashboardAccess: input.advisorDashboardAccess },
    },
  };
});
