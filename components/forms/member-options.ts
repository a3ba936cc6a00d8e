import { memberDisplayName } from "@/lib/people/names";

/** Members as the choices of a "lead" or "owner" select: name, with the job title where known. */
export function memberOptions(members: readonly { id: string; jobTitle: string | null; user: { name: string } }[]) {
  return members.map((m) => ({ value: m.id, label: memberDisplayName(m) }));
}
