"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { newPartnershipId } from "./ids";
import { archivePartnership, createPartnership, restorePartnership } from "./mutations";
import { createPartnershipSchema, partnershipStateSchema } from "./schema";
import { submit } from "./submit";
import { firstAdminInvitation, type FirstAdminInvitation } from "./view";

export async function createPartnershipAction(
  _previous: ActionResult<FirstAdminInvitation | undefined> | null,
  form: FormData,
): Promise<ActionResult<FirstAdminInvitation | undefined>> {
  return submit(form, createPartnershipSchema, newPartnershipId, createPartnership, (created, _input, operator) => firstAdminInvitation(created, operator.name));
}

export async function archivePartnershipAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(
    form,
    partnershipStateSchema,
    (input) => input.partnershipId,
    archivePartnership,
    ({ name }) => ok(undefined, `${name} is archived: its members can read it but not change it, and it is gone from their list of partnerships.`),
  );
}

export async function restorePartnershipAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(
    form,
    partnershipStateSchema,
    (input) => input.partnershipId,
    restorePartnership,
    ({ name }) => ok(undefined, `${name} is restored: its members can change it again.`),
  );
}
