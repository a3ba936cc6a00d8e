// What /admin shows: every partnership's line, and a new partnership's first
// admin's invitation (mailed when mail is configured, else its link shown once).
import "server-only";
import { ok, type ActionResult } from "@/lib/actions/result";
import { deliverInvitation } from "@/lib/invitations/deliver";
import { formatUkDate } from "@/lib/dates/format";
import { listPartnershipsForOperator, type OperatorPartnershipRow } from "./queries";

export type FirstAdminInvitation = { name: string; slug: string; email: string; mailed: boolean; url: string };

export async function firstAdminInvitation(
  created: { name: string; slug: string; email: string; token: string },
  invitedByName: string,
): Promise<ActionResult<FirstAdminInvitation>> {
  const { name, slug, email, token } = created;
  // Mailed when mail is configured (a mail server's refusal falls back to the link: lib/invitations/deliver.ts).
  const delivered = await deliverInvitation({ partnershipName: name, email, role: "ADMIN", token, invitedByName });
  const data = { name, slug, email, ...delivered };
  return ok(
    data,
    delivered.mailed
      ? `${name} is created, and its first admin’s invitation is mailed to ${email}.`
      : `${name} is created. Copy its first admin’s invitation link below and send it to ${email}: it is shown only once, and works for 7 days.`,
  );
}

export type AdminPartnershipLine = OperatorPartnershipRow & { lastActivityText: string; state: "Archived" | "Active" };

/** Every partnership for /admin: archived ones say so in words, not by colour. */
export async function getAdminPartnerships(): Promise<AdminPartnershipLine[]> {
  const rows = await listPartnershipsForOperator();
  return rows.map((row) => ({
    ...row,
    lastActivityText: row.lastActivity ? formatUkDate(row.lastActivity) : "None yet",
    state: row.archivedAt ? "Archived" : "Active",
  }));
}
