// Who is calling a mutation: their permission scope and the name the audit
// trail records. Built from the verified membership, never from form data.
import type { Actor } from "@/lib/audit/mutation";
import { displayName } from "@/lib/people/names";
import type { Scope } from "./permissions";

export type Caller = { scope: Scope; actor: Actor };

export function callerOf(member: { scope: Scope; user: { userId: string; name: string }; jobTitle: string | null }): Caller {
  return {
    scope: member.scope,
    actor: { userId: member.user.userId, name: displayName(member.user.name, member.jobTitle) },
  };
}
