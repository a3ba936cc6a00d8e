// What the invitation's page shows, decided here: which of the states the
// link is in, and for an open one what the person opening it can do.
import "server-only";
import { getCurrentUser } from "@/lib/auth/guards";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { dashboardPath } from "@/lib/dashboard/paths";
import { formatUkDate } from "@/lib/dates/format";
import { CLOSED_MESSAGES, closedState } from "./compute";
import { acceptInvitationPostPath, invitationPath } from "./paths";
import { accountExists, getInvitationByToken } from "./queries";
import { looksLikeInvitationToken } from "./token";

export type InvitationPage =
  | { state: "unknown" | "used" | "revoked" | "expired" | "wrong-account"; message: string; signedInAs?: string }
  | {
      state: "new-person" | "sign-in" | "join";
      email: string;
      partnershipName: string;
      role: string;
      areas: string[];
      invitedBy: string | null;
      expires: string;
      postTo: string;
      signInHref: string;
      /** "Continue with <provider>" for a new person, when OpenID Connect is configured. */
      oidc: { name: string; startPath: string; callbackUrl: string } | null;
    };

/** The invitation's page for whoever opens it; reading it changes nothing. */
export async function getInvitationPage(token: string, currentUser: () => Promise<{ email: string } | null> = getCurrentUser): Promise<InvitationPage> {
  const invitation = looksLikeInvitationToken(token) ? await getInvitationByToken(token) : null;
  if (!invitation) return { state: "unknown", message: CLOSED_MESSAGES.unknown };
  const closed = closedState(invitation, now());
  if (closed) return { state: closed, message: CLOSED_MESSAGES[closed] };
  const user = await currentUser();
  if (user && user.email.toLowerCase() !== invitation.email) {
    return { state: "wrong-account", message: CLOSED_MESSAGES["wrong-account"], signedInAs: user.email };
  }
  const provider = oidcConfig();
  const open = {
    email: invitation.email,
    partnershipName: invitation.partnership.name,
    role: ROLE_LABELS[invitation.role],
    areas: invitation.areas.map((a) => `${a.priorityArea.code} — ${a.priorityArea.title}`),
    invitedBy: invitation.invitedBy?.name ?? null,
    expires: formatUkDate(invitation.expiresAt),
    postTo: acceptInvitationPostPath(token),
    signInHref: `/login?${new URLSearchParams({ callbackUrl: invitationPath(token) })}`,
    oidc: provider ? { name: provider.name, startPath: `${invitationPath(token)}/oidc`, callbackUrl: dashboardPath(invitation.partnership.slug) } : null,
  };
  if (user) return { state: "join", ...open };
  return { state: (await accountExists(invitation.email)) ? "sign-in" : "new-person", ...open };
}
