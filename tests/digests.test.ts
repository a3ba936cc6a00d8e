// Email digests (lib/digests): what each member owes, by role, in a
// partnership of the file's own; nothing of another partnership; and the
// ledger: two workers racing send one email, a claim left by a worker that
// died is sent once by the next run, a period done is never sent again.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { now, today } from "@/lib/clock";
import { composeDigest } from "@/lib/digests/compose";
import { STALE_CLAIM_MINUTES } from "@/lib/digests/compute";
import { sendDigests } from "@/lib/digests/send";
import { readUnsubscribeToken } from "@/lib/digests/token";
import { db } from "./support/db";
import { digestPartnership, type DigestPartnership } from "./support/digests";
import { partnershipId } from "./support/callers";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";

let setup: DigestPartnership;
let smtp: SmtpCapture;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  vi.stubEnv("NEXTAUTH_URL", "https://stocktake.example.gov.uk");
  smtp = await startSmtpCapture();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Stocktake <stocktake@send.example.gov.uk>");
  setup = await digestPartnership("digests");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.stop();
});

const digestOf = (role: "admin" | "board" | "lead" | "contributor" | "viewer" | "advisor") => composeDigest(setup.own.id, setup.own.membershipIds[role], today());
const ledger = (role: "lead" | "viewer" | "board") => db.digestDelivery.findMany({ where: { partnershipId: setup.own.id, membershipId: setup.own.membershipIds[role] } });
const mailTo = (role: string) => smtp.messages.filter((m) => m.to.includes(`${role}@${setup.own.slug}.test`));

describe("what a member owes", () => {
  it("a lead: the update owed on the action they lead, linked to the action, with the footer's links", async () => {
    const digest = await digestOf("lead");
    expect(digest).not.toBeNull();
    expect(digest!.subject).toBe(`${setup.own.name}: 1 thing to do this week`);
    expect(digest!.items).toEqual([
      {
        section: "updates",
        text: "Update DG1.1a Publish the local offer: Not updated yet",
        href: expect.stringMatching(/^https:\/\/stocktake\.example\.gov\.uk\/p\/digests-\d+\/plan\/actions\/\w+$/),
      },
    ]);
    expect(digest!.to).toEqual({ name: "Lee Lead", email: `lead@${setup.own.slug}.test` });
    expect(digest!.text).toContain(`Change how often: https://stocktake.example.gov.uk/p/${setup.own.slug}/my/email`);
    expect(readUnsubscribeToken(digest!.unsubscribe.split("/unsubscribe/")[1]!)).toEqual({ membershipId: setup.own.membershipIds.lead, version: 1 });
  });

  it("a board member: the change request awaiting their decision", async () => {
    const digest = await digestOf("board");
    expect(digest!.items.map((i) => [i.section, i.text])).toEqual([
      ["changes", expect.stringMatching(/^Decide the change request for DG1\.1a Publish the local offer, raised by Lee Lead on /)],
    ]);
    expect(digest!.items[0]!.href).toBe(`https://stocktake.example.gov.uk/p/${setup.own.slug}/changes`);
  });

  it("the programme office: the invitation not yet accepted (and the change request, which it also decides)", async () => {
    const digest = await digestOf("admin");
    const invitations = digest!.items.filter((i) => i.section === "invitations");
    expect(invitations.map((i) => i.text)).toEqual([expect.stringContaining(`${setup.invitedEmail} has not yet accepted their invitation as Viewer`)]);
    expect(invitations[0]!.href).toBe(`https://stocktake.example.gov.uk/p/${setup.own.slug}/members`);
  });

  it("a viewer, an advisor: nothing owed, no digest", async () => {
    expect(await digestOf("viewer")).toBeNull();
    expect(await digestOf("advisor")).toBeNull();
  });

  it("nothing of another partnership: a membership asked for under another partnership's id has no digest", async () => {
    expect(await composeDigest(await partnershipId("derby-city"), setup.own.membershipIds.lead, today())).toBeNull();
    const derbyshire = await composeDigest(await partnershipId("derbyshire"), setup.own.membershipIds.admin, today());
    expect(derbyshire).toBeNull();
  });
});

describe("the ledger", () => {
  it("two workers racing send each member one email; nothing owed is recorded as skipped", async () => {
    const at = now();
    const [first, second] = await Promise.all([
      sendDigests({ partnershipSlug: setup.own.slug, now: at, log: () => {} }),
      sendDigests({ partnershipSlug: setup.own.slug, now: at, log: () => {} }),
    ]);
    const sent = [...first, ...second]
      .filter((o) => o.result === "sent")
      .map((o) => o.email)
      .sort();
    expect(sent).toEqual([`admin@${setup.own.slug}.test`, `board@${setup.own.slug}.test`, `lead@${setup.own.slug}.test`]);
    await smtp.next(`lead@${setup.own.slug}.test`);
    expect(mailTo("lead")).toHaveLength(1);
    const [lead] = await ledger("lead");
    expect(lead).toMatchObject({ itemCount: 1, skipped: false, messageId: expect.stringMatching(/^<digest\./) });
    expect(lead!.sentAt).not.toBeNull();
    expect(await ledger("viewer")).toMatchObject([{ skipped: true, sentAt: null, messageId: null }]);
  });

  it("sends with RFC 8058 one-click unsubscribe headers and the partnership's name in the subject", async () => {
    const mail = mailTo("lead")[0]!;
    expect(mail.subject).toBe(`${setup.own.name}: 1 thing to do this week`);
    // mailparser reads the List-* headers (RFC 2369, RFC 8058) into one "list" header.
    const list = JSON.parse(mail.headers.list!) as { unsubscribe: { url: string; mail: string }; "unsubscribe-post": { name: string } };
    expect(list["unsubscribe-post"].name).toBe("List-Unsubscribe=One-Click");
    expect(list.unsubscribe.url).toMatch(/^https:\/\/stocktake\.example\.gov\.uk\/unsubscribe\/[\w.-]+$/);
    expect(list.unsubscribe.mail).toBe("stocktake@send.example.gov.uk?subject=unsubscribe");
    expect(mail.headers["message-id"]).toMatch(/^<digest\.\d{4}-W\d{2}\.\w+@stocktake\.example\.gov\.uk>$/);
    expect(mail.text).toContain("Update DG1.1a Publish the local offer: Not updated yet");
    expect(mail.html).toContain("Stop these emails");
  });

  it("a period done (sent or skipped) is not sent again", async () => {
    const outcomes = await sendDigests({ partnershipSlug: setup.own.slug, now: now(), log: () => {} });
    expect(new Set(outcomes.map((o) => o.result))).toEqual(new Set(["already done"]));
    expect(mailTo("lead")).toHaveLength(1);
    expect(mailTo("viewer")).toHaveLength(0);
  });

  it("a claim left by a worker that died mid-send: not taken while fresh, sent once by the first run after it is stale", async () => {
    const at = now();
    const claimedAt = (minutesAgo: number) => new Date(at.getTime() - minutesAgo * 60_000);
    const where = { partnershipId: setup.own.id, membershipId: setup.own.membershipIds.lead };
    await db.digestDelivery.updateMany({ where, data: { sentAt: null, messageId: null, claimedAt: claimedAt(STALE_CLAIM_MINUTES - 1) } });
    await sendDigests({ partnershipSlug: setup.own.slug, now: at, log: () => {} });
    expect(mailTo("lead")).toHaveLength(1);
    await db.digestDelivery.updateMany({ where, data: { claimedAt: claimedAt(STALE_CLAIM_MINUTES + 1) } });
    const [a, b] = await Promise.all([
      sendDigests({ partnershipSlug: setup.own.slug, now: at, log: () => {} }),
      sendDigests({ partnershipSlug: setup.own.slug, now: at, log: () => {} }),
    ]);
    expect([...a, ...b].filter((o) => o.result === "sent").map((o) => o.email)).toEqual([`lead@${setup.own.slug}.test`]);
    await smtp.next(`lead@${setup.own.slug}.test`);
    expect(mailTo("lead")).toHaveLength(2);
    expect((await ledger("lead"))[0]!.sentAt).not.toBeNull();
  });

  it("a dry run, or no mail configured, lists what would be sent and claims nothing", async () => {
    const period = new Date(now().getTime() + 7 * 86_400_000); // next week: nothing claimed yet
    const lines: string[] = [];
    vi.stubEnv("SMTP_URL", "");
    const outcomes = await sendDigests({ partnershipSlug: setup.own.slug, now: period, log: (line) => lines.push(line) });
    vi.stubEnv("SMTP_URL", smtp.url);
    expect(lines).toEqual([expect.stringContaining("mail is not configured")]);
    expect(outcomes.find((o) => o.email.startsWith("lead@"))).toMatchObject({ result: "would send", itemCount: 1 });
    expect(outcomes.find((o) => o.email.startsWith("viewer@"))).toMatchObject({ result: "nothing owed" });
    expect(await ledger("lead")).toHaveLength(1);
  });

  it("sends nothing for an archived partnership, or one not named", async () => {
    expect(await sendDigests({ partnershipSlug: "no-such-partnership", now: now(), log: () => {} })).toEqual([]);
    const archived = await digestPartnership("digests-archived");
    expect((await sendDigests({ partnershipSlug: archived.own.slug, now: now(), dryRun: true, log: () => {} })).length).toBeGreaterThan(0);
    await db.partnership.update({ where: { id: archived.own.id }, data: { archivedAt: now() } });
    expect(await sendDigests({ partnershipSlug: archived.own.slug, now: now(), log: () => {} })).toEqual([]);
  });
});
