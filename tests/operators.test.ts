// Operators: /admin's actions answer anyone else "not found" and change
// nothing; an operator creates a partnership with its first board and its
// first admin's invitation in one transaction (or nothing at all), archives
// and restores it; and reads nothing of a partnership they are not a member of.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { getMember, getOperator, requireOperator } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { changePartnershipStateAction, createPartnershipAction } from "@/lib/operators/actions";
import { newPartnershipId } from "@/lib/operators/ids";
import { createPartnership } from "@/lib/operators/mutations";
import { updatePartnershipDetailsAction } from "@/lib/settings/actions";
import { hashInvitationToken } from "@/lib/invitations/token";
import { demoSignIns, OPERATOR_EMAIL } from "../prisma/seed";
import { db } from "./support/db";
import { startSmtpCapture } from "./support/smtp";
import { ownOperator, refusingInvitationsTo, type OwnOperator } from "./support/operator";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));
// Outside a request, Next.js has no cache to refresh.
vi.mock("@/lib/dashboard/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/dashboard/cache")>()), refreshPartnership: () => undefined }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));

let operator: OwnOperator;
let own: OwnPartnership;
let run = "";

const as = (person: { userId: string; name: string; email: string; sessionVersion: number }) => (signedIn.user = { ...person });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const newPartnership = (slug: string) => ({
  name: `Operators ${slug}`,
  partnershipSlug: slug,
  localAuthority: `${slug} Council`,
  icb: `NHS ${slug} ICB`,
  adminEmail: `first-admin@${slug}.test`,
});
const counts = async () => ({
  partnerships: await db.partnership.count(),
  boards: await db.board.count(),
  invitations: await db.invitation.count(),
  audit: await db.auditEvent.count(),
  archived: await db.partnership.count({ where: { archivedAt: { not: null } } }),
});

beforeAll(async () => {
  operator = await ownOperator("operators");
  own = await ownPartnership("operators");
  run = Date.now().toString(36);
});

beforeEach(() => {
  signedIn.user = null;
});

describe("/admin's actions, for operators only", () => {
  it("answers everyone else not found, changing nothing: every role of a partnership, and a person whose flag was taken away", async () => {
    const unflagged = await ownOperator("unflagged", { isOperator: false });
    const people = [
      ...(["admin", "board", "lead", "contributor", "viewer", "advisor"] as const).map((role) => ({
        userId: own.userIds[role],
        name: role,
        email: `${role}@${own.slug}.test`,
        sessionVersion: 0,
      })),
      unflagged,
    ];
    const before = await counts();
    for (const person of people) {
      as(person);
      // The page's guard: a 404, never a 403 that says /admin exists.
      expect(await getOperator()).toBeNull();
      await expect(requireOperator()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      const answers: ActionResult<unknown>[] = [
        await createPartnershipAction(null, form(newPartnership(`refused-${run}`))),
        await changePartnershipStateAction(null, form({ partnershipId: own.id, intent: "archive" })),
        await changePartnershipStateAction(null, form({ partnershipId: own.id, intent: "restore" })),
      ];
      for (const answer of answers) expect(answer).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
    }
    expect(await counts()).toEqual(before);
  });

  it("lets the operator in: the guard gives their caller", async () => {
    as(operator);
    expect(await requireOperator()).toMatchObject({
      user: { userId: operator.userId },
      caller: { operator: true, actor: { userId: operator.userId, name: `${operator.name} (Operator)` } },
    });
  });

  it("creates a partnership with its board and its first admin's invitation, two audit rows in the new partnership, and shows the link once", async () => {
    as(operator);
    const slug = `new-${run}`;
    const answer = await createPartnershipAction(null, form(newPartnership(slug)));
    expect(answer).toMatchObject({ ok: true, data: { slug, email: `first-admin@${slug}.test`, mailed: false } });
    const url = (answer as { data: { url: string } }).data.url;
    expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    const created = await db.partnership.findFirstOrThrow({ where: { slug }, select: { id: true, name: true, localAuthority: true, icb: true, archivedAt: true } });
    expect(created).toMatchObject({ name: `Operators ${slug}`, localAuthority: `${slug} Council`, icb: `NHS ${slug} ICB`, archivedAt: null });
    expect(await db.board.count({ where: { partnershipId: created.id } })).toBe(1);
    const token = url.split("/").at(-1)!;
    const invitation = await db.invitation.findFirstOrThrow({ where: { partnershipId: created.id } });
    expect(invitation).toMatchObject({ email: `first-admin@${slug}.test`, role: "ADMIN", tokenHash: hashInvitationToken(token), acceptedAt: null });
    // One transaction: both rows carry its time.
    const audit = await db.auditEvent.findMany({ where: { partnershipId: created.id } });
    expect(audit.map((r) => [r.entityType, r.action, r.actorUserId]).sort()).toEqual([
      ["Invitation", "create", operator.userId],
      ["Partnership", "create", operator.userId],
    ]);
  });

  it("mails the first admin's invitation when mail is configured, and shows no link", async () => {
    const smtp = await startSmtpCapture();
    Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "Stocktake <stocktake@operators.test>" });
    try {
      as(operator);
      const slug = `mailed-${run}`;
      const answer = await createPartnershipAction(null, form(newPartnership(slug)));
      expect(answer).toMatchObject({
        ok: true,
        data: { mailed: true },
        message: `Operators ${slug} is created, and its first admin’s invitation is mailed to first-admin@${slug}.test.`,
      });
      const mail = await smtp.next(`first-admin@${slug}.test`);
      expect(mail.subject).toBe(`You are invited to Operators ${slug} on Stocktake`);
      expect(mail.text).toContain((answer as { data: { url: string } }).data.url);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.MAIL_FROM;
      await smtp.stop();
    }
  });

  it("refuses a bad or taken address beside its field, and a reserved one, making nothing", async () => {
    as(operator);
    const before = await counts();
    const answers = {
      bad: await createPartnershipAction(null, form(newPartnership("Not A Slug"))),
      taken: await createPartnershipAction(null, form(newPartnership(own.slug))),
      reserved: await createPartnershipAction(null, form(newPartnership("admin"))),
    };
    expect(answers.bad).toMatchObject({ ok: false, fieldErrors: { partnershipSlug: [expect.stringMatching(/lower-case letters/)] } });
    expect(answers.taken).toMatchObject({ ok: false, fieldErrors: { partnershipSlug: ["Another partnership has that address: choose another."] } });
    expect(answers.reserved).toMatchObject({ ok: false, fieldErrors: { partnershipSlug: [expect.stringMatching(/reserved/)] } });
    expect(await counts()).toEqual(before);
  });

  it("makes nothing when a later step fails: an invitation the database refuses leaves no partnership, board or audit row", async () => {
    const slug = `half-${run}`;
    const before = await counts();
    // The invitation is the last write: a trigger of the test's own (as the owner) refuses this one email.
    await refusingInvitationsTo("refused@half.test", async () => {
      await expect(createPartnership(newPartnershipId(), operator.caller, { ...newPartnership(slug), adminEmail: "refused@half.test" })).rejects.toThrow(/refused for the test/);
    });
    expect(await db.partnership.findFirst({ where: { slug } })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("archives and restores through the actions, each answered in words", async () => {
    as(operator);
    expect(await changePartnershipStateAction(null, form({ partnershipId: own.id, intent: "archive" }))).toMatchObject({
      ok: true,
      message: expect.stringContaining(`${own.name} is archived`),
    });
    as({ userId: own.userIds.admin, name: "Ada Office", email: `admin@${own.slug}.test`, sessionVersion: 0 });
    const refused = await updatePartnershipDetailsAction(null, form({ slug: own.slug, partnershipId: own.id, version: "1", name: own.name, contactEmail: "office@archived.test" }));
    expect(refused).toMatchObject({ ok: false, formError: `${own.name} is archived: it can be read but not changed.` });
    as(operator);
    expect(await changePartnershipStateAction(null, form({ partnershipId: own.id, intent: "restore" }))).toMatchObject({
      ok: true,
      message: `${own.name} is restored: its members can change it again.`,
    });
  });
});

describe("the demo's operator", () => {
  it("is seeded as an operator of no partnership, and npm start lists it with the other demo sign-ins", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: OPERATOR_EMAIL }, select: { isOperator: true, passwordHash: true, _count: { select: { memberships: true } } } });
    expect(user).toMatchObject({ isOperator: true, _count: { memberships: 0 } });
    expect(user.passwordHash).toBeTruthy();
    expect(demoSignIns()).toContainEqual({ email: "operator@stocktake.demo", role: "OPERATOR", partnership: expect.stringContaining("/admin") });
  });
});

describe("an operator who is not a member", () => {
  it("reads nothing of a partnership: no membership, so no plan, reports or audit log, and its actions answer not found", async () => {
    as(operator);
    expect(await getMembershipBySlug(operator.userId, own.slug)).toBeNull();
    expect(await getMember(own.slug)).toBeNull();
    const answer = await updatePartnershipDetailsAction(null, form({ slug: own.slug, partnershipId: own.id, version: "1", name: "By an operator" }));
    expect(answer).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
  });
});
