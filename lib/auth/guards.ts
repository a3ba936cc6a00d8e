import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { logRefusal } from "@/lib/security/log";
import { operatorCaller, type OperatorCaller } from "./caller";
import { memberContext, type MemberContext } from "./member-context";
import { getMembershipBySlug, isOperatorSession, isSessionCurrent } from "./queries";
import { getSession, type SessionUser } from "./session";

export { memberContext, type MemberContext } from "./member-context";

/**
 * The signed-in user whose session is still current (not signed out), or
 * null: for pages outside a partnership (the picker, the sign-in page), which
 * have no membership query to fold the check into.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const user = await getSession();
  return user && (await isSessionCurrent(user.userId, user.sessionVersion)) ? user : null;
});

export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
});

/**
 * The member, "signed-out" when the session's version is no longer the
 * user's (checked in the membership query every page and action makes
 * anyway, so ending a session costs no extra query), or null.
 */
const loadMember = cache(async (slug: string): Promise<MemberContext | "signed-out" | null> => {
  const user = await getSession();
  if (!user) return "signed-out";
  const membership = await getMembershipBySlug(user.userId, slug);
  if (!membership) {
    // Once per request (cached): every page, action and download asks here first.
    logRefusal({ reason: "not-a-member", userId: user.userId, partnership: slug });
    return null;
  }
  if (membership.user.sessionVersion !== user.sessionVersion) return "signed-out";
  return memberContext(user, membership);
});

/**
 * For pages under /p/[slug]: the signed-in member of that partnership, as the
 * database says now (a role changed or a membership removed counts from the
 * next request). Not signed in, or signed out → the sign-in page; not a
 * member (or no such partnership) → 404, never a 403 that would confirm the
 * partnership exists.
 */
export const requireMembership = cache(async (slug: string): Promise<MemberContext> => {
  const member = await loadMember(slug);
  if (member === "signed-out") redirect("/login");
  if (!member) notFound();
  return member;
});

/** For server actions and downloads: the member, or null (the action answers "not found"). */
export const getMember = cache(async (slug: string): Promise<MemberContext | null> => {
  const member = await loadMember(slug);
  return member === "signed-out" ? null : member;
});

/** A platform operator with a current session: who they are and the caller their writes carry. */
export type OperatorContext = { user: SessionUser; caller: OperatorCaller };

/** For /admin's actions: the operator, or null (the action answers "not found"). */
export const getOperator = cache(async (): Promise<OperatorContext | null> => {
  const user = await getSession();
  if (!user || !(await isOperatorSession(user.userId, user.sessionVersion))) return null;
  return { user, caller: operatorCaller(user) };
});

/**
 * For /admin: the signed-in operator. Not signed in → the sign-in page;
 * anyone else → 404, never a 403 that would say the page exists.
 */
export const requireOperator = cache(async (): Promise<OperatorContext> => {
  if (!(await getSession())) redirect("/login");
  const operator = await getOperator();
  if (!operator) notFound();
  return operator;
});
