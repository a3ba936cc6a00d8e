// Who leads a priority area, as reports and board packs name them.
/** Leads with a login, by name; else the plan's lead roles (people without a login). */
export function leadNames(area: { leadRoles: string[]; leads: { membership: { role: string; jobTitle: string | null; user: { name: string } } }[] }): string[] {
  const members = area.leads.filter((l) => l.membership.role === "LEAD").map((l) => (l.membership.jobTitle ? `${l.membership.user.name} (${l.membership.jobTitle})` : l.membership.user.name));
  return members.length ? members : area.leadRoles;
}

export const leadSelect = { select: { membership: { select: { role: true, jobTitle: true, user: { select: { name: true } } } } } } as const;
