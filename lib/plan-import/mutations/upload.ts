import "server-only";
// A plan file kept between the import's steps (the preview reads it again at
// each step; nothing of the plan changes until the import is confirmed).
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayImportPlan, ONLY_PROGRAMME_OFFICE } from "../access";
import type { UploadPlanInput } from "../schema";

/** File names are shown and audited: a path a browser sent is cut to its last part, and kept short. */
const fileNameOf = (name: string) => (name.split(/[\\/]/).at(-1) ?? "").trim().slice(0, 200) || "upload";

export const storeUpload = mutation(async (tx, partnershipId, caller: Caller, input: UploadPlanInput) => {
  if (!mayImportPlan(caller.scope)) throw new ForbiddenError(ONLY_PROGRAMME_OFFICE);
  const member = await tx.membership.findFirst({ where: { id: caller.scope.membershipId, partnershipId }, select: { id: true } });
  if (!member) throw new NotFoundError();
  const fileName = fileNameOf(input.fileName);
  const upload = await tx.planImportUpload.create({
    data: { partnershipId, membershipId: member.id, fileName, bytes: Buffer.from(input.bytes) },
    select: { id: true },
  });
  return {
    result: { id: upload.id, fileName },
    audit: { kind: "PlanImportUpload", verb: "upload", entityId: upload.id, after: { fileName, bytes: input.bytes.length } },
  };
});
