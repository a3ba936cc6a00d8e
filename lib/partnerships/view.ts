// The partnership picker, and an advisor's home: decided here so the page stays thin.
import "server-only";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { isOperatorSession, listMembershipsForUser } from "@/lib/auth/queries";
import type { SessionUser } from "@/lib/auth/session";
import { dashboardPath } from "@/lib/dashboard/paths";
import { getAdvisorSummary } from "@/lib/stocktakes/view";
import { advises } from "./access";

/**
 * The partnerships a signed-in person belongs to: those they advise, each
 * with its latest published stocktake, what changed, the next review and the
 * next steps still open (read with the partnership id of their own
 * membership, from published packs only); and those they work in. An
 * archived partnership is not listed (its address still works for its
 * members). One membership goes straight in (a redirect), unless it is an
 * advisor's or the person is an operator (the picker links to /admin).
 */
export async function getPartnershipPicker(user: SessionUser) {
  const [memberships, operator] = await Promise.all([listMembershipsForUser(user.userId), isOperatorSession(user.userId, user.sessionVersion)]);
  const advising = memberships.filter(advises);
  const others = memberships.filter((m) => !advises(m));
  // An operator stays on the picker, where the link to /admin is.
  if (memberships.length === 1 && advising.length === 0 && !operator) return { kind: "redirect" as const, to: dashboardPath(memberships[0].partnership.slug) };
  const summaries = await Promise.all(advising.map((m) => getAdvisorSummary(m.partnership.id)));
  return {
    kind: "picker" as const,
    none: memberships.length === 0,
    operator,
    advising: advising.map((m, i) => ({ partnership: m.partnership, role: ROLE_LABELS[m.role], summary: summaries[i] })),
    others: others.map((m) => ({ ...m.partnership, role: ROLE_LABELS[m.role], href: dashboardPath(m.partnership.slug) })),
  };
}
