// What the members pages show: decided here, so the pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { listPendingInvitations, type PendingInvitation } from "@/lib/invitations/queries";
import { memberDisplayName } from "@/lib/people/names";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import { mayManageMembers } from "./access";
import { digestPreviewPath } from "@/lib/digests/paths";
import { memberPath, memberSignInPath } from "./paths";
import { getMemberHoldings, getMemberRow, listMembers, type MemberRow } from "./queries";
import { roleHasAreas } from "./roles";

/** How a person signs in, in words: "Password", "Microsoft Entra ID", both, or "Not set up yet". */
function signInWays(user: MemberRow["user"]): string[] {
  const oidc = oidcConfig();
  const ways = user.passwordHash ? ["Password"] : [];
  for (const account of user.oidcAccounts) {
    const name = oidc && account.issuer === oidc.issuer ? oidc.name : `OpenID Connect (${hostOf(account.issuer)})`;
    if (!ways.includes(name)) ways.push(name);
  }
  return ways;
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}

const areaLabel = (area: { code: string; title: string }) => `${area.code} — ${area.title}`;
const sortedAreas = (row: MemberRow) => [...row.areas].sort((a, b) => a.priorityArea.position - b.priorityArea.position).map((a) => a.priorityArea);

function memberSummary(slug: string, row: MemberRow, viewer: MemberContext) {
  return {
    id: row.id,
    name: row.user.name,
    email: row.user.email,
    jobTitle: row.jobTitle,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role],
    areas: sortedAreas(row).map((a) => a.code),
    areaTitles: sortedAreas(row).map(areaLabel),
    lastSignIn: row.user.lastSignInAt ? formatUkDateTime(row.user.lastSignInAt) : "Never",
    signIn: signInWays(row.user),
    href: memberPath(slug, row.id),
    signInHref: memberSignInPath(slug, row.id),
    digestHref: digestPreviewPath(slug, row.id),
    isYou: row.id === viewer.membershipId,
  };
}

function invitationSummary(invitation: PendingInvitation, at: Date) {
  const expired = invitation.expiresAt.getTime() <= at.getTime();
  return {
    id: invitation.id,
    email: invitation.email,
    roleLabel: ROLE_LABELS[invitation.role],
    areas: invitation.areas.map((a) => a.priorityArea.code),
    invitedBy: invitation.invitedBy?.name ?? "The command line",
    expires: expired ? `Expired ${formatUkDate(invitation.expiresAt)}` : formatUkDate(invitation.expiresAt),
    expired,
  };
}

const roleOptions = () => ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** The members page, for the programme office; null (a 404) for anyone else. */
export async function getMembersPage(member: MemberContext) {
  if (!mayManageMembers(member.scope)) return null;
  const slug = member.partnership.slug;
  const [members, invitations, areas] = await Promise.all([listMembers(member.partnershipId), listPendingInvitations(member.partnershipId), listAreaOptions(member.partnershipId)]);
  const at = now();
  return {
    partnershipName: member.partnership.name,
    members: members.map((row) => memberSummary(slug, row, member)),
    invitations: invitations.map((invitation) => invitationSummary(invitation, at)),
    roleOptions: roleOptions(),
    areaOptions: areas.map((a) => ({ value: a.id, label: areaLabel(a) })),
  };
}
export type MembersPage = NonNullable<Awaited<ReturnType<typeof getMembersPage>>>;

/** One member's page: their role and areas to change, what they hold, and removing them; null (a 404) for anyone but the programme office. */
export async function getMemberPage(member: MemberContext, membershipId: string) {
  if (!mayManageMembers(member.scope)) return null;
  const [row, holdings, members, areas] = await Promise.all([
    getMemberRow(member.partnershipId, membershipId),
    getMemberHoldings(member.partnershipId, membershipId),
    listMembers(member.partnershipId),
    listAreaOptions(member.partnershipId),
  ]);
  if (!row) return null;
  const summary = memberSummary(member.partnership.slug, row, member);
  const held = [
    { label: "Priority areas", items: roleHasAreas(row.role) ? summary.areaTitles : [] },
    { label: "Actions they lead", items: holdings.actionsLed.map((a) => `${a.code} ${a.title}`) },
    { label: "Actions assigned to them", items: holdings.actionsAssigned.map((a) => `${a.code} ${a.title}`) },
    { label: "KPIs they own", items: holdings.kpis.map((k) => `${k.code} ${k.name}`) },
    { label: "Risks they own", items: holdings.risks.map((r) => `${r.code} ${r.title}`) },
    { label: "Risk mitigations they own", items: holdings.mitigations.map((m) => `${m.risk.code}: ${m.text}`) },
  ].filter((group) => group.items.length > 0);
  return {
    member: { ...summary, areaIds: row.areas.map((a) => a.priorityAreaId) },
    held,
    roleOptions: roleOptions(),
    areaOptions: areas.map((a) => ({ value: a.id, label: areaLabel(a) })),
    successorOptions: members.filter((m) => m.id !== row.id).map((m) => ({ value: m.id, label: `${memberDisplayName(m)} — ${ROLE_LABELS[m.role]}` })),
  };
}
export type MemberPage = NonNullable<Awaited<ReturnType<typeof getMemberPage>>>;
