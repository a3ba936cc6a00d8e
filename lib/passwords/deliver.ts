import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { issuePasswordReset } from "./mutations";
import { resetPasswordUrl } from "./paths";
import type { IssuePasswordResetInput } from "./schema";
import { RESET_MINUTES } from "./token";

// The reset link goes to the person's own address when mail is set up; an
// admin who issues one without mail is shown it once, to pass on.

/** The email with a reset link: who asked, how long it works, and what to do if it was not them. */
export async function mailResetLink(to: { email: string; name: string }, token: string, issuedBy?: string): Promise<void> {
  const url = resetPasswordUrl(token);
  const asked = issuedBy ? `${issuedBy} asked for a link for you to choose a new password for Stocktake.` : "Someone asked to reset the password of your Stocktake account.";
  const text = [
    `Hello ${to.name},`,
    "",
    asked,
    `Open this link within ${RESET_MINUTES} minutes to choose a new one (it works once):`,
    "",
    url,
    "",
    "Choosing a new password signs you out everywhere you are signed in.",
    "If you did not expect this email, ignore it: your password stays as it is.",
  ].join("\n");
  await sendMail({ to: to.email, subject: "Choose a new Stocktake password", text });
}

/**
 * An admin's "Issue a password reset link": the reset (audited) and then, when
 * mail is set up, the email. If the mail server refuses, the link is shown
 * instead, so the admin can still pass it on (the audit row, written before
 * sending, says the link was to be emailed).
 */
export async function issueAndDeliverReset(partnershipId: string, caller: Caller, input: IssuePasswordResetInput) {
  const mailed = mailConfigured();
  const reset = await issuePasswordReset(partnershipId, caller, { ...input, mailed });
  const url = resetPasswordUrl(reset.token);
  if (!mailed) return { name: reset.name, email: reset.email, mailed: false, mailFailed: false, url };
  try {
    await mailResetLink(reset, reset.token, caller.actor.name);
    return { name: reset.name, email: reset.email, mailed: true, mailFailed: false, url: null };
  } catch (error) {
    console.error("password reset mail", error);
    return { name: reset.name, email: reset.email, mailed: false, mailFailed: true, url };
  }
}
