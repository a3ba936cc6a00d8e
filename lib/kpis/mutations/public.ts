import "server-only";
// Which KPIs the public page shows (chart, table and a sentence): the
// programme office's choice. The definition's version is left alone, so a
// definition form open elsewhere is not made stale by it.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayChooseKpisForPublic } from "../access";
import type { SetKpiPublicInput } from "../schema";

export const setKpiPublic = mutation(async (tx, partnershipId, caller: Caller, input: SetKpiPublicInput) => {
  const kpi = await tx.kpi.findFirst({ where: { id: input.kpiId, partnershipId, archivedAt: null }, select: { id: true, code: true, name: true, isPublic: true } });
  if (!kpi) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
  if (!mayChooseKpisForPublic(caller.scope)) throw new ForbiddenError("Only the programme office chooses which KPIs the public page shows.");
  await tx.kpi.updateMany({ where: { id: kpi.id, partnershipId }, data: { isPublic: input.show } });
  return {
    result: { kpiId: kpi.id, code: kpi.code, public: input.show },
    audit: {
      kind: "Kpi",
      verb: input.show ? "make public" : "make private",
      entityId: kpi.id,
      before: { isPublic: kpi.isPublic },
      after: { code: kpi.code, name: kpi.name, isPublic: input.show },
    },
  };
});
