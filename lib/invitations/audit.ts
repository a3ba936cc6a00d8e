// The invitations' entries in the audit vocabulary (lib/audit/vocabulary.ts).
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { membersPath } from "@/lib/members/paths";

const role = z.enum(ROLES);
const invited = z.object({ email: z.string(), role, areaIds: z.array(z.string()) });

/** "as a Priority lead for 2 areas", "as a Viewer". */
export function asRole(after: { role: z.infer<typeof role>; areaIds: readonly string[] }): string {
  const areas = after.areaIds.length === 0 ? "" : after.areaIds.length === 1 ? " for 1 priority area" : ` for ${after.areaIds.length} priority areas`;
  return `as ${ROLE_LABELS[after.role]}${areas}`;
}

export const invitationAudit = {
  Invitation: auditKind({
    label: "an invitation",
    verbs: {
      /** By an admin (members page) or an operator (a new partnership's first admin). */
      create: verb({ after: invited, says: ({ after }) => `invited ${after.email} ${asRole(after)}` }),
      revoke: verb({ before: z.object({ email: z.string() }), says: ({ before }) => `revoked the invitation to ${before.email}` }),
      /** A new link; the entity is the new invitation, `replaces` the one whose link died. */
      resend: verb({
        after: invited.extend({ replaces: z.string() }),
        says: ({ after }) => `sent the invitation to ${after.email} again, with a new link (the old one no longer works)`,
      }),
      /** Written by the person accepting: they are the actor. */
      accept: verb({
        after: invited.extend({ membershipId: z.string(), newAccount: z.boolean() }),
        says: ({ after }) => `accepted the invitation and joined ${asRole(after)}${after.newAccount ? ", with a new account" : ""}`,
      }),
    },
    link: (slug) => membersPath(slug),
  }),
} satisfies Record<string, AnyKind>;
