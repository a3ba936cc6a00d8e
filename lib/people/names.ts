// How a person is named wherever the plan, a report or the audit trail shows
// them: "Name (job title)", or the name alone when no job title is recorded.
// Built here once, so a report, a pack and the audit log name people alike.

/** "Morgan Hale (SEND Programme Manager)", or "Morgan Hale". */
export function displayName(name: string, jobTitle?: string | null): string {
  return jobTitle ? `${name} (${jobTitle})` : name;
}

/** A membership as the queries select it: the user's name and the job title held in this partnership. */
export type NamedMembership = { jobTitle: string | null; user: { name: string } };

export function memberDisplayName(membership: NamedMembership): string {
  return displayName(membership.user.name, membership.jobTitle);
}
