// GET and POST /unsubscribe/<token>: stopping a member's digests without
// signing in. The token (lib/digests/token.ts) names the membership and its
// digestTokenVersion, signed; a forged token, or one whose version was bumped,
// gets the same 404 as an unknown one.
//
// GET shows whose reminders and which partnership, and a "Stop these
// emails" button (a form POST back here). POST turns the digest off: from
// the button, 303 back to the page, which now says it is off; RFC 8058's
// one-click POST (body "List-Unsubscribe=One-Click", sent by the mail
// provider with no cookies) gets a plain 200. A GET never changes anything
// (mail scanners follow links).
//
// Audited (EmailReminders, "unsubscribe"), the actor being the member the
// link names. An archived partnership's audit table refuses the write; it
// sends no reminders anyway, and the page says so.
import "server-only";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { memberDisplayName } from "@/lib/people/names";
import { unsubscribeMember, type UnsubscriberCaller } from "./mutations";
import { myEmailPath, unsubscribePath } from "./paths";
import { getUnsubscribeMember } from "./queries";
import { readUnsubscribeToken } from "./token";
import { unsubscribeArchivedPage, unsubscribeArchivedText, unsubscribeNotFoundPage, unsubscribePage } from "./unsubscribe-page";

const MAX_BODY_BYTES = 4 * 1024;
const HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };

const html = (body: string, status = 200) => new Response(body, { status, headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8" } });
const notFound = () => html(unsubscribeNotFoundPage(), 404);
const text = (body: string) => new Response(body, { status: 200, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

async function memberOf(token: string) {
  const named = readUnsubscribeToken(token);
  if (!named) return null;
  const member = await getUnsubscribeMember(named.membershipId, named.version);
  return member ? { ...member, version: named.version } : null;
}

export async function unsubscribeGet(token: string): Promise<Response> {
  const member = await memberOf(token);
  if (!member) return notFound();
  if (member.partnership.archivedAt && member.digestFrequency !== "OFF") return html(unsubscribeArchivedPage(member.partnership.name));
  return html(
    unsubscribePage({
      memberName: member.user.name,
      partnershipName: member.partnership.name,
      off: member.digestFrequency === "OFF",
      action: unsubscribePath(token),
      manage: myEmailPath(member.partnership.slug),
    }),
  );
}

export async function unsubscribePost(request: Request, token: string): Promise<Response> {
  const member = await memberOf(token);
  if (!member) return notFound();
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response("That request is too large.", { status: 413, headers: HEADERS });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Send the unsubscribe form.", { status: 400, headers: HEADERS });
  }
  const oneClick = form.get("List-Unsubscribe") === "One-Click";
  if (!oneClick && form.get("stop") !== "1") return new Response("Send the unsubscribe form.", { status: 400, headers: HEADERS });
  // The actor is the member the signed link names (no session: the link is their authority).
  const caller: UnsubscriberCaller = { unsubscribing: true, actor: { userId: member.user.id, name: memberDisplayName(member) } };
  try {
    // Conditional on the version (in the UPDATE): a link voided meanwhile changes nothing.
    await unsubscribeMember(member.partnershipId, caller, { membershipId: member.id, version: member.version, via: oneClick ? "one-click unsubscribe" : "the unsubscribe link" });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    // The only rule the write can break: the partnership is archived (its audit table refuses every write).
    if (error instanceof ValidationError) return oneClick ? text(unsubscribeArchivedText(member.partnership.name)) : html(unsubscribeArchivedPage(member.partnership.name));
    throw error;
  }
  if (oneClick) return text(`Unsubscribed: no more email reminders from ${member.partnership.name}.`);
  return new Response(null, { status: 303, headers: { ...HEADERS, Location: unsubscribePath(token) } });
}
