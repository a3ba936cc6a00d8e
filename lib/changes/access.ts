// Who may raise, decide and read change requests, read from the permission
// table. The nav, the dashboard's tiles, the queue, the plan and the meeting
// pages ask here.
import type { Caller } from "@/lib/auth/caller";
import { canOnItem, canOpenChangeRequests, type Scope } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/** The programme office, priority leads and contributors ask the board for a new due date or a scope change. */
export const mayRaiseChangeRequests = (scope: Scope) => canOnItem(scope, "changeRequest.raise");

/** The board decides (the programme office records its decision). */
export const mayDecideChangeRequests = (scope: Scope) => canOnItem(scope, "changeRequest.decide");

/** The queue, and its register's download (which follows its page), are for those who raise or decide requests. */
export const mayOpenChangeRequests = (scope: Scope) => canOpenChangeRequests(scope.role);

export function requireRaiser(caller: Caller) {
  if (!mayRaiseChangeRequests(caller.scope)) throw new ForbiddenError("Only the programme office, priority leads and contributors can raise change requests.");
}

export function requireDecider(caller: Caller) {
  if (!mayDecideChangeRequests(caller.scope)) throw new ForbiddenError("Only the board (or the programme office recording its decision) can decide change requests.");
}
