// Schemas shared by the member page's forms and their server actions (STYLE rule 6).
import { z } from "zod";
import { AREAS_NEEDED, areaIdsField, roleField } from "@/lib/invitations/schema";
import { roleHasAreas } from "./roles";

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);

/** A member's role and, for leads and contributors, their areas: one form, one save. */
export const updateMemberSchema = z
  .object({ membershipId: id, role: roleField, areaIds: areaIdsField })
  .superRefine((input, ctx) => {
    if (roleHasAreas(input.role) && input.areaIds.length === 0) ctx.addIssue({ code: "custom", path: ["areaIds"], message: AREAS_NEEDED });
  })
  .transform((input) => ({ ...input, areaIds: roleHasAreas(input.role) ? input.areaIds : [] }));
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

/** Remove a member; what they held goes to the successor, or is left unassigned (no successor chosen). */
export const removeMemberSchema = z.object({
  membershipId: id,
  successorMembershipId: id.optional().transform((value) => value ?? null),
});
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
