// Accepting an invitation (lib/invitations/accept.ts and acceptInvitation),
// in partnerships of the file's own: a new person sets a name and a password
// the NCSC policy accepts and is signed in; a link works once (two
// acceptances racing: the database lets one through); an expired, revoked,
// used or unknown link, another partnership's token, or the wrong signed-in
// account changes nothing; an existing account must sign in with the invited
// email, and a signed-in person with it joins with one click.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "./support/db";
import { ownAreas, pendingInvitation, postAccept, STRONG_PASSWORD } from "./support/invitations";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { PINNED_DAY } from "./support/pinned-day";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { CLOSED_MESSAGES } from "@/lib/invitations/compute";
import { acceptInvitation } from "@/lib/invitations/mutations";
import { getInvitationPage } from "@/lib/invitations/view";
import { ACCEPT_PROBLEMS_FLASH, readAcceptProblems } from "@/lib/invitations/accept";
import { acceptWithOidc } from "@/lib/invitations/oidc";

let own: OwnPartnership;
let other: OwnPartnership;
let areas: string[];
const nobody = async () => null;

beforeAll(async () => {
  own = await ownPartnership("accepting");
  other = await ownPartnership("accepting-other");
  areas = await ownAreas(own.id, ["AC1", "AC2"]);
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
});
afterAll(() => vi.unstubAllEnvs());

/** Everything an acceptance could change, to compare before and after a refusal. */
async function footprint(email: string) {
  const [users, memberships, invitations, audits] = await Promise.all([
    db.user.count({ where: { email } }),
    db.membership.count({ where: { partnershipId: { in: [own.id, other.id] } } }),
    db.invitation.findMany({ where: { partnershipId: { in: [own.id, other.id] } }, select: { id: true, acceptedAt: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { partnershipId: { in: [own.id, other.id] } } }),
  ]);
  return { users, memberships, invitations, audits };
}

const problemsOf = (answer: Response) => {
  const cookie = answer.headers.getSetCookie().find((c) => c.startsWith(`${ACCEPT_PROBLEMS_FLASH}=`));
  return readAcceptProblems(decodeURIComponent(cookie?.split(";")[0]?.split("=").slice(1).join("=") ?? ""));
};

describe("accepting an invitation", () => {
  it("makes a new person's account with their name and password, the membership with the role and areas, signs them in, and works once", async () => {
    const invited = await pendingInvitation(own.id, { role: "LEAD", areaIds: areas });
    const answer = await postAccept(invited.token, { name: "  Nia   New ", password: STRONG_PASSWORD });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/p/${own.slug}`);
    expect(answer.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: invited.email }, select: { id: true, name: true, passwordHash: true, lastSignInAt: true } });
    expect(user.name).toBe("Nia New");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.lastSignInAt).not.toBeNull();
    const membership = await db.membership.findFirstOrThrow({
      where: { partnershipId: own.id, userId: user.id },
      select: { role: true, areas: { select: { priorityAreaId: true } } },
    });
    expect(membership.role).toBe("LEAD");
    expect(membership.areas.map((a) => a.priorityAreaId).sort()).toEqual([...areas].sort());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: invited.invitationId, action: "accept" } });
    expect(audit.actorUserId).toBe(user.id);
    // Used: the page says so, and a second post changes nothing.
    expect((await getInvitationPage(invited.token, nobody)).state).toBe("used");
    const before = await footprint(invited.email);
    const again = await postAccept(invited.token, { name: "Someone Else", password: STRONG_PASSWORD });
    expect(again.headers.get("location")).toBe(`/invite/${invited.token}`);
    expect(await footprint(invited.email)).toEqual(before);
  });

  it("refuses a weak password with the policy's reason next to the field, keeping the name, and makes nothing", async () => {
    const invited = await pendingInvitation(own.id);
    const before = await footprint(invited.email);
    const answer = await postAccept(invited.token, { name: "Wes Weak", password: "password1234" });
    expect(answer.headers.get("location")).toBe(`/invite/${invited.token}?error=1`);
    expect(problemsOf(answer)).toMatchObject({ password: "This password is on lists of commonly used passwords: choose another.", typedName: "Wes Weak" });
    expect(await footprint(invited.email)).toEqual(before);
    expect((await getInvitationPage(invited.token, nobody)).state).toBe("new-person");
  });

  it("has expired after seven days by the clock: the page says so and accepting changes nothing", async () => {
    const invited = await pendingInvitation(own.id);
    const before = await footprint(invited.email);
    vi.stubEnv("STOCKTAKE_TODAY", "2026-11-28");
    try {
      expect(PINNED_DAY).toBe("2026-11-20");
      expect((await getInvitationPage(invited.token, nobody)).state).toBe("expired");
      expect((await postAccept(invited.token, { name: "Ex Pired", password: STRONG_PASSWORD })).headers.get("location")).toBe(`/invite/${invited.token}`);
      const userId = `expired-${Date.now()}`;
      await expect(acceptInvitation(own.id, { actor: { userId, name: "Ex" } }, { token: invited.token, newAccount: { userId, name: "Ex", passwordHash: null } })).rejects.toThrow(
        /expired/,
      );
    } finally {
      vi.stubEnv("STOCKTAKE_TODAY", PINNED_DAY);
    }
    expect(await footprint(invited.email)).toEqual(before);
  });

  it("is refused with another partnership's token (not found), and changes nothing in either", async () => {
    const invited = await pendingInvitation(own.id);
    const before = await footprint(invited.email);
    const userId = `cross-${Date.now()}`;
    await expect(
      acceptInvitation(other.id, { actor: { userId, name: "Cross" } }, { token: invited.token, newAccount: { userId, name: "Cross", passwordHash: null } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await footprint(invited.email)).toEqual(before);
  });

  it("is for someone else when signed in with another email: the page says so and nothing changes", async () => {
    const invited = await pendingInvitation(own.id);
    const someone = { userId: other.userIds.viewer, name: "Vic Viewer", email: `viewer@${other.slug}.test` };
    const before = await footprint(invited.email);
    expect(await getInvitationPage(invited.token, async () => someone)).toMatchObject({ state: "wrong-account", signedInAs: someone.email });
    expect((await postAccept(invited.token, { intent: "join" }, someone)).headers.get("location")).toBe(`/invite/${invited.token}`);
    // The mutation checks the email too, whatever the route did.
    await expect(acceptInvitation(own.id, { actor: someone }, { token: invited.token, newAccount: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await footprint(invited.email)).toEqual(before);
  });

  it("asks an existing account to sign in with the invited email (nobody takes it by registering), then joins with one click", async () => {
    const person = { userId: other.userIds.board, name: "Bea Board", email: `board@${other.slug}.test` };
    const invited = await pendingInvitation(own.id, { email: person.email, role: "BOARD" });
    const page = await getInvitationPage(invited.token, nobody);
    expect(page).toMatchObject({ state: "sign-in", signInHref: `/login?callbackUrl=${encodeURIComponent(`/invite/${invited.token}`)}` });
    const before = await footprint(person.email);
    const registering = await postAccept(invited.token, { name: "Impostor", password: STRONG_PASSWORD });
    expect(registering.headers.get("location")).toBe(`/invite/${invited.token}?error=1`);
    expect(problemsOf(registering).form).toMatch(/already exists: sign in/);
    expect(await footprint(person.email)).toEqual(before);
    expect((await getInvitationPage(invited.token, async () => person)).state).toBe("join");
    const joined = await postAccept(invited.token, { intent: "join" }, person);
    expect(joined.headers.get("location")).toBe(`/p/${own.slug}`);
    expect(await db.membership.findFirst({ where: { partnershipId: own.id, userId: person.userId }, select: { role: true } })).toEqual({ role: "BOARD" });
    expect((await db.user.findUniqueOrThrow({ where: { email: person.email } })).name).toBe("Bea Board");
  });

  it("lets one of two acceptances racing through: the database settles it", async () => {
    const invited = await pendingInvitation(own.id, { role: "VIEWER" });
    const account = (n: number) => {
      const userId = `race-${n}-${Date.now()}`;
      return acceptInvitation(own.id, { actor: { userId, name: `Racer ${n}` } }, { token: invited.token, newAccount: { userId, name: `Racer ${n}`, passwordHash: null } });
    };
    const outcomes = await Promise.allSettled([account(1), account(2)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ValidationError);
    // Refused for being used, by the claim itself, not by a later check that happens to catch it.
    expect((refused.reason as Error).message).toBe(CLOSED_MESSAGES.used);
    expect(await db.user.count({ where: { email: invited.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { partnershipId: own.id, entityId: invited.invitationId, action: "accept" } })).toBe(1);
  });

  it("continues with OpenID Connect: a new account linked to the provider's subject, with no password; once", async () => {
    const invited = await pendingInvitation(own.id, { role: "CONTRIBUTOR", areaIds: [areas[0]!] });
    const subject = `invitee-subject-${Date.now()}`;
    expect(await acceptWithOidc(invited.token, "https://idp.invitations.test", subject, "  Olu   Oidc ")).toBe(own.slug);
    const user = await db.user.findUniqueOrThrow({
      where: { email: invited.email },
      select: { id: true, name: true, passwordHash: true, oidcAccounts: { select: { issuer: true, subject: true } } },
    });
    expect(user).toMatchObject({ name: "Olu Oidc", passwordHash: null, oidcAccounts: [{ issuer: "https://idp.invitations.test", subject }] });
    expect(await db.membership.findFirst({ where: { partnershipId: own.id, userId: user.id }, select: { role: true } })).toEqual({ role: "CONTRIBUTOR" });
    // Used: another subject gets nothing linked.
    expect(await acceptWithOidc(invited.token, "https://idp.invitations.test", `${subject}-again`, "Another")).toBeNull();
    expect(await db.oidcAccount.count({ where: { subject: `${subject}-again` } })).toBe(0);
  });

  it("an unknown link's page says it is not recognised", async () => {
    expect((await getInvitationPage("not-a-token", nobody)).state).toBe("unknown");
    expect((await getInvitationPage("A".repeat(43), nobody)).state).toBe("unknown");
  });

  it("records the last sign-in on a password sign-in", async () => {
    const email = `contributor@${own.slug}.test`;
    await db.user.updateMany({ where: { email }, data: { lastSignInAt: null } });
    const answer = await signInWithPassword(
      new NextRequest("http://localhost:3000/api/auth/sign-in", {
        method: "POST",
        body: new URLSearchParams({ email, password: `${own.slug}-password` }),
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.18.7.1", "sec-fetch-mode": "navigate" },
      }),
    );
    expect(answer.status).toBe(303);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).lastSignInAt).not.toBeNull();
  });
});
