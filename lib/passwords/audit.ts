// How a member signs in, in the audit vocabulary (lib/audit/vocabulary.ts):
// an admin issuing a password reset link, and removing an OpenID Connect
// link. The item is the membership (the partnership's view of the person);
// the person's own resets ("Forgot your password?") belong to no partnership
// and write no partnership's audit.
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { memberSignInPath } from "@/lib/members/paths";

const issued = z.object({ member: z.string(), mailed: z.boolean() });
const link = z.object({ member: z.string(), issuer: z.string(), subject: z.string() });

/** A subject is an opaque id from the provider: the sentence shows enough of it to tell two apart. */
export function shortSubject(subject: string): string {
  return subject.length > 12 ? `${subject.slice(0, 8)}…${subject.slice(-4)}` : subject;
}

export const signInAudit = {
  SignIn: auditKind({
    label: "a member’s sign-in",
    verbs: {
      "issue password reset": verb({
        after: issued,
        says: ({ after }) => `issued a password reset link for ${after.member}${after.mailed ? ", to be emailed to them" : ", shown to copy"}`,
      }),
      "remove OpenID Connect link": verb({
        before: link,
        says: ({ before }) => `removed ${before.member}’s OpenID Connect link (${before.issuer}, subject ${shortSubject(before.subject)})`,
      }),
    },
    link: (slug, membershipId) => memberSignInPath(slug, membershipId),
  }),
} satisfies Record<string, AnyKind>;
