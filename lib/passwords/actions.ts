"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { issueAndDeliverReset } from "./deliver";
import { removeOidcLink } from "./mutations";
import { issuePasswordResetSchema, removeOidcLinkSchema } from "./schema";
import { RESET_MINUTES } from "./token";

/** The link is in the answer only when it was not mailed: the page shows it once, to copy. */
export async function issuePasswordResetAction(_previous: ActionResult<{ url: string | null }> | null, form: FormData): Promise<ActionResult<{ url: string | null }>> {
  return submit(form, issuePasswordResetSchema, issueAndDeliverReset, (issued) =>
    ok(
      { url: issued.url },
      issued.mailed
        ? `We have emailed ${issued.email} a link to choose a new password. It works once, for ${RESET_MINUTES} minutes.`
        : `${issued.mailFailed ? "The email could not be sent. " : ""}Copy this link and give it to ${issued.name} yourself (it is not shown again). It works once, for ${RESET_MINUTES} minutes, and ends every session they have when used.`,
    ),
  );
}

export async function removeOidcLinkAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, removeOidcLinkSchema, removeOidcLink, () => ok(undefined, "Removed. They can no longer sign in with that account."));
}
