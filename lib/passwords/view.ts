// What the member's sign-in page shows an admin: decided here, so the page stays thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { memberDisplayName } from "@/lib/people/names";
import { mayManageSignIn } from "./access";
import { shortSubject } from "./audit";
import { isLastWayIn, LAST_WAY_IN } from "./compute";
import { getMemberSignIn } from "./queries";

/** How one member of the admin's partnership signs in; null (a 404) for anyone but its admins, or a membership of another partnership. */
export async function getMemberSignInPage(member: MemberContext, membershipId: string) {
  if (!mayManageSignIn(member.scope)) return null;
  const found = await getMemberSignIn(member.partnershipId, membershipId);
  if (!found) return null;
  const { user } = found;
  const onlyWayIn = isLastWayIn(user.hasPassword, user.oidcAccounts.length);
  return {
    membershipId: found.id,
    name: memberDisplayName({ jobTitle: found.jobTitle, user }),
    email: user.email,
    role: ROLE_LABELS[found.role],
    hasPassword: user.hasPassword,
    links: user.oidcAccounts.map((link) => ({
      id: link.id,
      issuer: link.issuer,
      subject: shortSubject(link.subject),
      fullSubject: link.subject,
      linkedOn: formatUkDate(link.createdAt),
      /** Why it may not be removed, or null. */
      refusal: onlyWayIn ? LAST_WAY_IN : null,
    })),
  };
}

export type MemberSignInPage = NonNullable<Awaited<ReturnType<typeof getMemberSignInPage>>>;
