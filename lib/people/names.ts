// How a person is named wherever the plan, a report or the audit trail shows
// them: "Name (job title)", or the name alone when no job title is recorded.
// Built here once, so a report, a pack and the audit log name people alike.

/** "Morgan Hale (SEND Programme Manager)", or "Morgan Hale". */
export function displayName(name: string, jobTitle?: string | null): string {
  return jobTitle ? `${name} (${jobTitle})` : name;
}

/** A board's chair as the board records them: "Name (role)", the role alone when no name is given, or null. */
export function chairDisplayName(board: { chairName: string | null; chairRole: string | null }): string | null {
  return board.chairName ? displayName(board.chairName, board.chairRole) : board.chairRole;
}

/** A membership as the queries select it: the user's name and the job title held in this partnership. */
export type NamedMembership = { jobTitle: string | null; user: { name: string } };

export function memberDisplayName(membership: NamedMembership): string {
  return displayName(membership.user.name, membership.jobTitle);
}

/** A priority area's leads as the queries select them (`areaLeadsSelect`) and the plan's lead roles. */
export type AreaLeads = { leadRoles: string[]; leads: { membership: { role: string; jobTitle: string | null; user: { name: string } } }[] };

export const areaLeadsSelect = { select: { membership: { select: { role: true, jobTitle: true, user: { select: { name: true } } } } } } as const;

/** Who leads an area, as reports and packs name them: leads with a login, by name; else the plan's lead roles (people without a login). */
export function areaLeadNames(area: AreaLeads): string[] {
  const members = area.leads.filter((l) => l.membership.role === "LEAD").map((l) => memberDisplayName(l.membership));
  return members.length ? members : area.leadRoles;
}
