import "server-only";
import { headers } from "next/headers";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipInPartnership } from "@/lib/auth/queries";
import { renderPath, type KeptPage, type RenderParams } from "./cache";
import { RENDER_SIGNATURE_HEADER, verifyRender } from "./signature";

/**
 * Whom a kept page's render is for (app/dashboard-render, app/plan-render, app/audit-render):
 * the member its path names, but only when the route serving the kept page
 * signed that exact path, after verifying the session and the membership.
 * Null (a 404) for a request from anywhere else, or a path naming nobody.
 */
export async function renderMember(kind: KeptPage, params: RenderParams & { version: string }): Promise<MemberContext | null> {
  if (!verifyRender(renderPath(kind, params), (await headers()).get(RENDER_SIGNATURE_HEADER))) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(params.day) || !/^\d+$/.test(params.version)) return null;
  const membership = await getMembershipInPartnership(params.partnershipId, params.membershipId);
  if (!membership) return null;
  const { user } = membership;
  return memberContext({ userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, membership);
}
