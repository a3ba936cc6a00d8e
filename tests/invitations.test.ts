// Inviting (lib/invitations), in a partnership of the file's own: only the
// programme office invites, revokes and sends again; the token is stored only
// as its sha-256 and expires seven days from the clock; sending again kills
// the old link; the link is mailed through a real SMTP server in this process
// when mail is configured, and the mailed link opens the invitation.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { freshEmail, ownAreas, pendingInvitation, postAccept, STRONG_PASSWORD } from "./support/invitations";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { inviteAndDeliver } from "@/lib/invitations/deliver";
import { inviteMember, resendInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { inviteMemberSchema } from "@/lib/invitations/schema";
import { getInvitationPage } from "@/lib/invitations/view";
import { now } from "@/lib/clock";

let own: OwnPartnership;
let areas: string[];
let smtp: SmtpCapture;
const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  own = await ownPartnership("invitations");
  areas = await ownAreas(own.id, ["IA1", "IA2", "IA3"]);
  smtp = await startSmtpCapture();
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.unstubAllEnvs();
  await smtp.stop();
});

const audits = (entityId: string) => db.auditEvent.findMany({ where: { partnershipId: own.id, entityId }, select: { action: true, actorUserId: true } });
const nobody = async () => null;
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

describe("inviting", () => {
  it("stores only the token's sha-256, with the role, the areas, who invited and an expiry seven days from the clock", async () => {
    const email = freshEmail("lead");
    const before = now().getTime();
    const sent = await inviteMember(own.id, await own.caller("admin"), { email, role: "LEAD", areaIds: [areas[0]!, areas[1]!] });
    const row = await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId, partnershipId: own.id }, include: { areas: true } });
    expect(row.tokenHash).toBe(sha256(sent.token));
    expect(JSON.stringify(row)).not.toContain(sent.token);
    expect(sent.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.role).toBe("LEAD");
    expect(row.areas.map((a) => a.priorityAreaId).sort()).toEqual([areas[0], areas[1]].sort());
    expect(row.invitedByUserId).toBe(own.userIds.admin);
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    expect(await audits(sent.invitationId)).toEqual([{ action: "create", actorUserId: own.userIds.admin }]);
  });

  it("needs areas for a lead or a contributor, said next to the field; other roles carry none", () => {
    const lead = inviteMemberSchema.safeParse({ email: "a@b.gov.uk", role: "LEAD" });
    expect(lead.success).toBe(false);
    expect(lead.error?.issues.map((i) => i.path.join("."))).toEqual(["areaIds"]);
    expect(inviteMemberSchema.parse({ email: " A@B.gov.uk ", role: "VIEWER", areaIds: areas[0] }).areaIds).toEqual([]);
    expect(inviteMemberSchema.parse({ email: " A@B.gov.uk ", role: "VIEWER" }).email).toBe("a@b.gov.uk");
  });

  it("refuses a person who is already a member, next to the email, and writes nothing", async () => {
    const count = await db.invitation.count({ where: { partnershipId: own.id } });
    const error = await inviteMember(own.id, await own.caller("admin"), { email: `viewer@${own.slug}.test`, role: "BOARD", areaIds: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.email?.[0]).toMatch(/already a member/);
    expect(await db.invitation.count({ where: { partnershipId: own.id } })).toBe(count);
  });

  it.each(OWN_ROLES.filter((role) => role !== "admin"))("refuses %s to invite, revoke or send again, and changes nothing", async (role) => {
    const caller = await own.caller(role);
    const pending = await pendingInvitation(own.id);
    const before = await db.invitation.findMany({ where: { partnershipId: own.id }, orderBy: { id: "asc" } });
    await expect(inviteMember(own.id, caller, { email: freshEmail(role), role: "VIEWER", areaIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeInvitation(own.id, caller, { invitationId: pending.invitationId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resendInvitation(own.id, caller, { invitationId: pending.invitationId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.invitation.findMany({ where: { partnershipId: own.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await audits(pending.invitationId)).toEqual([]);
  });

  it("revokes: the link's page says it was withdrawn, and accepting it changes nothing", async () => {
    const pending = await pendingInvitation(own.id);
    await revokeInvitation(own.id, await own.caller("admin"), { invitationId: pending.invitationId });
    expect((await getInvitationPage(pending.token, nobody)).state).toBe("revoked");
    const answer = await postAccept(pending.token, { name: "Rev Oked", password: STRONG_PASSWORD });
    expect(answer.headers.get("location")).toBe(`/invite/${pending.token}`);
    expect(await db.user.count({ where: { email: pending.email } })).toBe(0);
    await expect(revokeInvitation(own.id, await own.caller("admin"), { invitationId: pending.invitationId })).rejects.toBeInstanceOf(ValidationError);
  });

  it("sends again with a new link: the old one dies, the new one works, with the same role and areas", async () => {
    const pending = await pendingInvitation(own.id, { role: "CONTRIBUTOR", areaIds: [areas[2]!] });
    const again = await resendInvitation(own.id, await own.caller("admin"), { invitationId: pending.invitationId });
    expect(again.token).not.toBe(pending.token);
    expect(again.areaIds).toEqual([areas[2]]);
    expect((await getInvitationPage(pending.token, nobody)).state).toBe("revoked");
    expect((await getInvitationPage(again.token, nobody)).state).toBe("new-person");
    expect(await audits(again.invitationId)).toEqual([{ action: "resend", actorUserId: own.userIds.admin }]);
  });

  it("without mail, gives the link to show once and sends nothing", async () => {
    delete process.env.SMTP_URL;
    const email = freshEmail("nomail");
    const sent = await inviteAndDeliver(own.id, await own.caller("admin"), { email, role: "VIEWER", areaIds: [] });
    expect(sent.mailed).toBe(false);
    expect(sent.url).toMatch(new RegExp(`/invite/${sent.token}$`));
    expect(smtp.messages.some((m) => m.to.includes(email))).toBe(false);
  });

  it("with mail, the invited person receives the link, and it opens and accepts the invitation", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = "Stocktake <stocktake@invitations.test>";
    process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
    const email = freshEmail("mailed");
    const sent = await inviteAndDeliver(own.id, await own.caller("admin"), { email, role: "LEAD", areaIds: [areas[1]!] });
    expect(sent.mailed).toBe(true);
    const mail = await smtp.next(email);
    expect(mail.subject).toBe(`You are invited to ${own.name} on Stocktake`);
    expect(mail.text).toContain("Ada Office (Programme Manager) has invited you");
    const link = /http:\/\/127\.0\.0\.1:3999\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link?.[1]).toBe(sent.token);
    expect(mail.html).toContain(`href="${link![0]}"`);
    const page = await getInvitationPage(link![1]!, nobody);
    expect(page).toMatchObject({ state: "new-person", email, partnershipName: own.name, areas: ["IA2 — Area IA2"] });
    const answer = await postAccept(link![1]!, { name: "Mae Mailed", password: STRONG_PASSWORD });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/p/${own.slug}`);
    const member = await db.membership.findFirstOrThrow({ where: { partnershipId: own.id, user: { email } }, select: { role: true, areas: { select: { priorityAreaId: true } } } });
    expect(member).toEqual({ role: "LEAD", areas: [{ priorityAreaId: areas[1] }] });
  });
});
