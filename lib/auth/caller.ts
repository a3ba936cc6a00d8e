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

/**
 * A platform operator acting on partnerships (/admin, `npm run admin`): not a
 * member, so no scope, and no member mutation accepts it (its type has none).
 * The person's flag is read with the verified session (requireOperator), and
 * again in the write's transaction; the command line (no user) is trusted as
 * it holds the database itself.
 */
export type OperatorCaller = { operator: true; actor: Actor };

export function operatorCaller(user: { userId: string; name: string }): OperatorCaller {
  return { operator: true, actor: { userId: user.userId, name: displayName(user.name, "Operator") } };
}

/** `npm run admin`: the audit names the command line and the account that ran it. */
export function commandLineCaller(account: string): OperatorCaller {
  return { operator: true, actor: { userId: null, name: `Command line (${account})` } };
}
