"use client";

import { useActionState } from "react";
import { PartnershipField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ActionResult } from "@/lib/actions/result";
import { resendInvitationAction, revokeInvitationAction, type Invited } from "@/lib/invitations/actions";
import type { MembersPage } from "@/lib/members/view";
import { LinkOnce } from "./link-once";

/**
 * The invitations still waiting, each with "Send again" and "Revoke" (small
 * forms that work without JavaScript). Their results show above the table:
 * the row they came from is gone or replaced once they are done.
 */
export function InvitationsTable({ slug, invitations }: { slug: string; invitations: MembersPage["invitations"] }) {
  const [resent, resend, resending] = useActionState<ActionResult<Invited> | null, FormData>(resendInvitationAction, null);
  const [revoked, revoke, revoking] = useActionState<ActionResult | null, FormData>(revokeInvitationAction, null);
  const url = resent?.ok ? resent.data.url : null;
  return (
    <div className="space-y-3">
      <FormMessage state={resent} id="resend-message" />
      {url ? <LinkOnce id="resend-link" url={url} /> : null}
      <FormMessage state={revoked} id="revoke-message" />
      {invitations.length === 0 ? (
        <p className="text-slate-800">No invitations are waiting.</p>
      ) : (
        <ScrollRegion labelledBy="invitations-heading">
          <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
            <caption className="sr-only">Invitations waiting to be accepted</caption>
            <thead>
              <tr className="border-b border-slate-300 text-slate-900">
                <th scope="col" className="py-2 pr-3">
                  Email
                </th>
                <th scope="col" className="py-2 pr-3">
                  Role
                </th>
                <th scope="col" className="py-2 pr-3">
                  Areas
                </th>
                <th scope="col" className="py-2 pr-3">
                  Invited by
                </th>
                <th scope="col" className="py-2 pr-3">
                  Expires
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium break-all text-slate-900">
                    {invitation.email}
                  </th>
                  <td className="py-2 pr-3">{invitation.roleLabel}</td>
                  <td className="py-2 pr-3">{invitation.areas.join(", ") || "—"}</td>
                  <td className="py-2 pr-3">{invitation.invitedBy}</td>
                  <td className="py-2 pr-3">{invitation.expired ? <strong>{invitation.expires}</strong> : invitation.expires}</td>
                  <td className="py-2">
                    <div className="flex flex-wrap gap-2">
                      <form action={resend}>
                        <PartnershipField slug={slug} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <SubmitButton pending={resending} pendingText="Sending…" variant="secondary" describedBy="resend-message">
                          Send again<span className="sr-only"> to {invitation.email}</span>
                        </SubmitButton>
                      </form>
                      <form action={revoke}>
                        <PartnershipField slug={slug} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <SubmitButton pending={revoking} pendingText="Revoking…" variant="secondary" describedBy="revoke-message">
                          Revoke<span className="sr-only"> the invitation to {invitation.email}</span>
                        </SubmitButton>
                      </form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
