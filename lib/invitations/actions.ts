"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { inviteAndDeliver, resendAndDeliver } from "./deliver";
import { revokeInvitation } from "./mutations";
import { invitationIdSchema, inviteMemberSchema } from "./schema";

/** What the invite form shows after inviting: the link, once, when it was not mailed. */
export type Invited = { email: string; url: string | null };

const said = (email: string, mailed: boolean, what: string) =>
  mailed
    ? `${what} ${email}: the link is in their inbox, and works once for 7 days.`
    : `${what} ${email}. Email is not set up, so copy the link below and send it to them yourself: it is shown only now, and works once for 7 days.`;

export async function inviteMemberAction(_previous: ActionResult<Invited> | null, form: FormData): Promise<ActionResult<Invited>> {
  return submit(form, inviteMemberSchema, inviteAndDeliver, (sent) => ok({ email: sent.email, url: sent.mailed ? null : sent.url }, said(sent.email, sent.mailed, "Invited")), {
    values: withCheckboxes("areaIds"),
  });
}

export async function resendInvitationAction(_previous: ActionResult<Invited> | null, form: FormData): Promise<ActionResult<Invited>> {
  return submit(form, invitationIdSchema, resendAndDeliver, (sent) =>
    ok({ email: sent.email, url: sent.mailed ? null : sent.url }, said(sent.email, sent.mailed, "Sent a new invitation to")),
  );
}

export async function revokeInvitationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, invitationIdSchema, revokeInvitation, (revoked) => ok(undefined, `Revoked the invitation to ${revoked.email}: its link no longer works.`));
}
