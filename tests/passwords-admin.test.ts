// An admin and how a member signs in (lib/passwords), in partnerships of the
// file's own: the member's sign-in page, a reset link issued (shown once, or
// mailed through a real SMTP server in this process, and working), an
// OpenID Connect link removed but never a person's last way in; only the
// partnership's admins, and never for another partnership's member (the
// person belongs to no partnership: the membership decides).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "./support/db";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";

const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

const { issuePasswordReset, removeOidcLink } = await import("@/lib/passwords/mutations");
const { issueAndDeliverReset } = await import("@/lib/passwords/deliver");
const { issuePasswordResetAction, removeOidcLinkAction } = await import("@/lib/passwords/actions");
const { getMemberSignInPage } = await import("@/lib/passwords/view");
const { getPasswordReset } = await import("@/lib/passwords/queries");
const { resetPassword } = await import("@/lib/passwords/reset");
const { LAST_WAY_IN } = await import("@/lib/passwords/compute");
const { ForbiddenError, NotFoundError, ValidationError } = await import("@/lib/errors");

let own: OwnPartnership;
let other: OwnPartnership;
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("MAIL_FROM", "Stocktake <stocktake@send.example.gov.uk>");
  vi.stubEnv("SMTP_URL", "");
  [own, other] = [await ownPartnership("sign-in"), await ownPartnership("sign-in-other")];
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.stop();
});

/** A person of the partnership's own who signs in only through OpenID Connect, with `links` links. */
async function oidcOnlyMember(partnership: OwnPartnership, links: number) {
  const tag = `${partnership.slug}-${Math.random().toString(36).slice(2, 8)}`;
  const user = await db.user.create({ data: { email: `oidc-${tag}@example.gov.uk`, name: "Olu Oidc" }, select: { id: true, email: true } });
  const membership = await db.membership.create({ data: { partnershipId: partnership.id, userId: user.id, role: "VIEWER" }, select: { id: true } });
  const ids = [];
  for (let i = 0; i < links; i += 1)
    ids.push((await db.oidcAccount.create({ data: { userId: user.id, issuer: `https://id${i}.example.gov.uk`, subject: `subject-${tag}-${i}` }, select: { id: true } })).id);
  return { userId: user.id, email: user.email, membershipId: membership.id, linkIds: ids };
}

const linksOf = (userId: string) => db.oidcAccount.findMany({ where: { userId }, select: { id: true } });
const auditOf = (partnershipId: string) => db.auditEvent.findMany({ where: { partnershipId, entityType: "SignIn" }, orderBy: { at: "asc" } });
const resetsOf = (userId: string) => db.passwordReset.count({ where: { userId } });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the member's sign-in page", () => {
  it("shows an admin how their member signs in, and is a 404 for every other role and for another partnership's member", async () => {
    const person = await oidcOnlyMember(own, 1);
    const page = await getMemberSignInPage(await own.member("admin"), person.membershipId);
    expect(page).toMatchObject({ hasPassword: false, email: person.email, links: [{ issuer: "https://id0.example.gov.uk", refusal: LAST_WAY_IN }] });
    expect(await getMemberSignInPage(await own.member("admin"), own.membershipIds.lead)).toMatchObject({ hasPassword: true, links: [] });
    for (const role of OWN_ROLES.filter((r) => r !== "admin")) expect(await getMemberSignInPage(await own.member(role), person.membershipId), role).toBeNull();
    expect(await getMemberSignInPage(await other.member("admin"), person.membershipId)).toBeNull();
  });
});

describe("issuing a password reset link", () => {
  it("without mail: the admin is given the link once, it is audited, and it works", async () => {
    const before = await auditOf(own.id);
    const issued = await issueAndDeliverReset(own.id, await own.caller("admin"), { membershipId: own.membershipIds.contributor });
    expect(issued).toMatchObject({ mailed: false, email: `contributor@${own.slug}.test` });
    const token = /\/reset-password\/([\w-]{43})$/.exec(issued.url!)![1]!;
    expect(issued.url).toBe(`http://localhost:3000/reset-password/${token}`);
    const after = await auditOf(own.id);
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ action: "issue password reset", entityId: own.membershipIds.contributor, actorUserId: own.userIds.admin });
    expect(await db.passwordReset.findFirst({ where: { userId: own.userIds.contributor, issuedByUserId: own.userIds.admin }, orderBy: { createdAt: "desc" } })).not.toBeNull();
    const done = await resetPassword(
      new NextRequest("http://localhost:3000/api/auth/reset-password", {
        method: "POST",
        body: new URLSearchParams({ token, password: "harbour kettle violet meadow", confirmPassword: "harbour kettle violet meadow" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(done.headers.get("location")).toBe("/login?reset=1");
  });

  it("with mail: the link goes to the member's own address, not to the page, and the mailed link works", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    try {
      const issued = await issueAndDeliverReset(own.id, await own.caller("admin"), { membershipId: own.membershipIds.board });
      expect(issued).toEqual({ name: "Bea Board", email: `board@${own.slug}.test`, mailed: true, mailFailed: false, url: null });
      const mail = await smtp.next(`board@${own.slug}.test`);
      expect(mail.text).toMatch(/Ada Office \(Programme Manager\) asked for a link/);
      const token = /\/reset-password\/([\w-]{43})/.exec(mail.text)![1]!;
      expect(await getPasswordReset(token)).toMatchObject({ state: "valid", email: `board@${own.slug}.test` });
      expect((await auditOf(own.id)).at(-1)).toMatchObject({ action: "issue password reset", after: { member: "Bea Board (Independent Chair)", mailed: true } });
    } finally {
      vi.stubEnv("SMTP_URL", "");
    }
  });

  it("when the mail server cannot be reached, the admin is given the link instead", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:9");
    try {
      const issued = await issueAndDeliverReset(own.id, await own.caller("admin"), { membershipId: own.membershipIds.advisor });
      expect(issued).toMatchObject({ mailed: false, mailFailed: true, url: expect.stringMatching(/\/reset-password\/[\w-]{43}$/) });
    } finally {
      vi.stubEnv("SMTP_URL", "");
    }
  });

  it("only an admin issues one (every role), and another partnership's admin gets not found with nothing changed", async () => {
    for (const role of OWN_ROLES.filter((r) => r !== "admin")) {
      await expect(issuePasswordReset(own.id, await own.caller(role), { membershipId: own.membershipIds.viewer, mailed: false }), role).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [resets, audits] = [await resetsOf(own.userIds.viewer), (await auditOf(own.id)).length];
    const error = await issuePasswordReset(other.id, await other.caller("admin"), { membershipId: own.membershipIds.viewer, mailed: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).not.toMatch(new RegExp(`${own.slug}|Vic Viewer`));
    expect(await resetsOf(own.userIds.viewer)).toBe(resets);
    expect((await auditOf(own.id)).length).toBe(audits);
    expect(await auditOf(other.id)).toEqual([]);
  });

  it("through the form's action, another partnership's admin is answered not found (a success refreshes pages, which only a request can: e2e/passwords.spec.ts)", async () => {
    const resets = await resetsOf(own.userIds.lead);
    signedIn.user = { userId: other.userIds.admin, name: "Ada Office", email: `admin@${other.slug}.test`, sessionVersion: 0 };
    const refused = await issuePasswordResetAction(null, form({ slug: other.slug, membershipId: own.membershipIds.lead }));
    signedIn.user = null;
    expect(refused).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
    expect(await resetsOf(own.userIds.lead)).toBe(resets);
  });
});

describe("removing an OpenID Connect link", () => {
  it("removes one of two links, audited with its issuer and subject", async () => {
    const person = await oidcOnlyMember(own, 2);
    await removeOidcLink(own.id, await own.caller("admin"), { membershipId: person.membershipId, oidcAccountId: person.linkIds[0]! });
    expect(await linksOf(person.userId)).toEqual([{ id: person.linkIds[1] }]);
    expect((await auditOf(own.id)).at(-1)).toMatchObject({
      action: "remove OpenID Connect link",
      entityId: person.membershipId,
      before: { member: "Olu Oidc", issuer: "https://id0.example.gov.uk", subject: expect.stringMatching(/^subject-/) },
    });
  });

  it("refuses to remove a person's last way to sign in, saying so, and changes nothing", async () => {
    const person = await oidcOnlyMember(own, 1);
    const audits = (await auditOf(own.id)).length;
    const error = await removeOidcLink(own.id, await own.caller("admin"), { membershipId: person.membershipId, oidcAccountId: person.linkIds[0]! }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(LAST_WAY_IN);
    expect(await linksOf(person.userId)).toEqual([{ id: person.linkIds[0] }]);
    expect((await auditOf(own.id)).length).toBe(audits);
  });

  it("two admins removing a person's two links at once: the database lets one through", async () => {
    const person = await oidcOnlyMember(own, 2);
    const admin = await own.caller("admin");
    const results = await Promise.allSettled(person.linkIds.map((oidcAccountId) => removeOidcLink(own.id, admin, { membershipId: person.membershipId, oidcAccountId })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await linksOf(person.userId)).length).toBe(1);
  });

  it("removes a link of a person with a password, even the only one", async () => {
    const link = await db.oidcAccount.create({ data: { userId: own.userIds.lead, issuer: "https://id.example.gov.uk", subject: `lead-${own.slug}` }, select: { id: true } });
    await removeOidcLink(own.id, await own.caller("admin"), { membershipId: own.membershipIds.lead, oidcAccountId: link.id });
    expect(await linksOf(own.userIds.lead)).toEqual([]);
  });

  it("only an admin removes one (every role); another partnership's admin gets not found with nothing changed, also through the action", async () => {
    const person = await oidcOnlyMember(own, 2);
    for (const role of OWN_ROLES.filter((r) => r !== "admin")) {
      await expect(removeOidcLink(own.id, await own.caller(role), { membershipId: person.membershipId, oidcAccountId: person.linkIds[0]! }), role).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    await expect(removeOidcLink(other.id, await other.caller("admin"), { membershipId: person.membershipId, oidcAccountId: person.linkIds[0]! })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // Naming their own member but the other partnership's person's link: not found either.
    await expect(removeOidcLink(other.id, await other.caller("admin"), { membershipId: other.membershipIds.viewer, oidcAccountId: person.linkIds[0]! })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    signedIn.user = { userId: other.userIds.admin, name: "Ada Office", email: `admin@${other.slug}.test`, sessionVersion: 0 };
    const refused = await removeOidcLinkAction(null, form({ slug: other.slug, membershipId: person.membershipId, oidcAccountId: person.linkIds[0]! }));
    signedIn.user = null;
    expect(refused).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
    expect((await linksOf(person.userId)).length).toBe(2);
    expect(await auditOf(other.id)).toEqual([]);
  });
});
