"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { newPartnershipId } from "./ids";
import { createPartnership } from "./mutations";
import { changePartnershipStateSchema, createPartnershipSchema } from "./schema";
import { changePartnershipState } from "./state";
import { submit } from "./submit";
import { firstAdminInvitation, type FirstAdminInvitation } from "./view";

export async function createPartnershipAction(
  _previous: ActionResult<FirstAdminInvitation | undefined> | null,
  form: FormData,
): Promise<ActionResult<FirstAdminInvitation | undefined>> {
  return submit(form, createPartnershipSchema, newPartnershipId, createPartnership, (created, _input, operator) => firstAdminInvitation(created, operator.name));
}

export async function changePartnershipStateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(
    form,
    changePartnershipStateSchema,
    (input) => input.partnershipId,
    changePartnershipState,
    ({ name }, { intent }) =>
      ok(
        undefined,
        intent === "archive"
          ? `${name} is archived: its members can read it but not change it, and it is gone from their list of partnerships.`
          : `${name} is restored: its members can change it again.`,
      ),
  );
}
