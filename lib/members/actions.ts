"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { removeMember, updateMember } from "./mutations";
import { membersPath } from "./paths";
import { removeMemberSchema, updateMemberSchema } from "./schema";

export async function updateMemberAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(
    form,
    updateMemberSchema,
    updateMember,
    (saved) =>
      ok(
        undefined,
        `Saved. ${saved.member} is ${ROLE_LABELS[saved.role]}${saved.areaIds.length ? ` for ${saved.areaIds.length} priority area${saved.areaIds.length === 1 ? "" : "s"}` : ""} from their next page.`,
      ),
    { values: withCheckboxes("areaIds") },
  );
}

/** Removing yourself leaves the partnership: to the partnership picker. Anyone else: back to the members, saying who went. */
export async function removeMemberAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, removeMemberSchema, removeMember, (removed, input, member) => ({
    redirectTo: input.membershipId === member.membershipId ? "/p" : `${membersPath(member.partnership.slug)}?removed=${encodeURIComponent(removed.name)}`,
  }));
}
