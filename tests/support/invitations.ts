// Helpers for the invitation and member tests: areas in a partnership of the
// file's own, a pending invitation made as the app makes one, and a post to
// the invitation page's form.
import { NextRequest } from "next/server";
import { acceptInvitationRequest } from "@/lib/invitations/accept";
import { createInvitationRow } from "@/lib/invitations/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "./db";

export async function ownAreas(partnershipId: string, codes: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [position, code] of codes.entries()) {
    const area = await db.priorityArea.create({
      data: { partnershipId, code, kind: "PRIORITY_ACTION", title: `Area ${code}`, finding: `Finding ${code}`, position },
      select: { id: true },
    });
    ids.push(area.id);
  }
  return ids;
}

let emails = 0;
/** An email no other test of the run (or an earlier run on the same database) has used. */
export const freshEmail = (what: string) => `${what}-${Date.now()}-${++emails}@invitee.test`;

export function pendingInvitation(partnershipId: string, input: { email?: string; role?: Role; areaIds?: string[] } = {}) {
  const email = input.email ?? freshEmail("pending");
  return db.$transaction(async (tx) => ({ email, ...(await createInvitationRow(tx, partnershipId, { email, role: input.role ?? "VIEWER", areaIds: input.areaIds ?? [] }, null)) }));
}

type Person = { userId: string; name: string; email: string } | null;

/** The invitation page's form posted by a browser, as `person` (null: not signed in). */
export function postAccept(token: string, fields: Record<string, string>, person: Person = null) {
  const request = new NextRequest(`http://localhost:3000/invite/${token}/accept`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-mode": "navigate", accept: "text/html" },
  });
  return acceptInvitationRequest(request, token, async () => person);
}

/** A password the NCSC policy accepts (long, not common, not the person's name). */
export const STRONG_PASSWORD = "quiet harbour lantern mosaic";
