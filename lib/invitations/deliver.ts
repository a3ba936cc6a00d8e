import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { inviteMember, resendInvitation } from "./mutations";
import { invitationUrl } from "./paths";
import type { InvitationIdInput, InviteMemberInput } from "./schema";
import { INVITATION_DAYS } from "./token";

// An invitation's link goes to the invited address when mail is set up;
// otherwise (or if the mail server refuses it) the admin who invited is shown
// it once, to copy and pass on. The link is never stored, so it cannot be
// shown again later: "Send again" makes a new one.

export type Delivery = { mailed: boolean; url: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function deliverInvitation(invitation: { partnershipName: string; email: string; role: Role; token: string; invitedByName: string | null }): Promise<Delivery> {
  const url = invitationUrl(invitation.token);
  if (!mailConfigured()) return { mailed: false, url };
  const who = invitation.invitedByName ? `${invitation.invitedByName} has invited you` : "You have been invited";
  const lines = [
    `${who} to ${invitation.partnershipName} on Stocktake, as ${ROLE_LABELS[invitation.role]}.`,
    `Open this link within ${INVITATION_DAYS} days to accept (it works once):`,
    url,
    "If you did not expect this invitation, ignore this email: nothing happens unless the link is opened and accepted.",
  ];
  try {
    await sendMail({
      to: invitation.email,
      subject: `You are invited to ${invitation.partnershipName} on Stocktake`,
      text: [lines[0], "", lines[1], "", lines[2], "", lines[3]].join("\n"),
      html: `<p>${escapeHtml(lines[0]!)}</p><p>${escapeHtml(lines[1]!)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>${escapeHtml(lines[3]!)}</p>`,
    });
    return { mailed: true, url };
  } catch (error) {
    console.error("Invitation mail not sent:", error instanceof Error ? error.message : error);
    return { mailed: false, url };
  }
}

/** The admin's "Invite": the invitation (audited), then its delivery. */
export async function inviteAndDeliver(partnershipId: string, caller: Caller, input: InviteMemberInput) {
  const invitation = await inviteMember(partnershipId, caller, input);
  return { ...invitation, ...(await deliverInvitation({ ...invitation, invitedByName: caller.actor.name })) };
}

/** "Send again": a new invitation replacing the old (audited), then its delivery. */
export async function resendAndDeliver(partnershipId: string, caller: Caller, input: InvitationIdInput) {
  const invitation = await resendInvitation(partnershipId, caller, input);
  return { ...invitation, ...(await deliverInvitation({ ...invitation, invitedByName: caller.actor.name })) };
}
