// Unsubscribing from digests without signing in (lib/digests/unsubscribe.ts,
// GET and POST /unsubscribe/<token>): the page names whose reminders and which
// partnership; its button turns them off and the page then says so; RFC
// 8058's one-click POST turns them off with a plain 200; a GET changes
// nothing; a forged token, another member's id under a signature, and a
// token voided by a version bump all get the same 404. Each turning off is
// audited, by the member the link names; an archived partnership (whose
// audit table refuses every write) gets a page saying it sends no reminders.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { describeAuditRow } from "@/lib/audit/sentence";
import { unsubscribeToken } from "@/lib/digests/token";
import { unsubscribeGet, unsubscribePost } from "@/lib/digests/unsubscribe";
import { archivePartnership } from "@/lib/operators/mutations";
import { db } from "./support/db";
import { ownOperator } from "./support/operator";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

let own: OwnPartnership;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  own = await ownPartnership("unsubscribe");
});

const frequency = async (role: "lead" | "board" | "viewer" | "contributor") =>
  (await db.membership.findFirstOrThrow({ where: { id: own.membershipIds[role] }, select: { digestFrequency: true } })).digestFrequency;
const tokenOf = (role: "lead" | "board" | "viewer" | "contributor", version = 1) => unsubscribeToken(own.membershipIds[role], version);
/** The audit rows written about the member's reminders, as the audit log reads them. */
async function remindersAudit(p: OwnPartnership, role: "lead" | "board" | "viewer" | "contributor") {
  const rows = await db.auditEvent.findMany({ where: { partnershipId: p.id, entityType: "EmailReminders", entityId: p.membershipIds[role] }, orderBy: { at: "asc" } });
  return rows.map((row) => ({ actorUserId: row.actorUserId, ...describeAuditRow(row, p.slug) }));
}
const post = (token: string, body: string) =>
  unsubscribePost(new Request(`http://localhost:3000/unsubscribe/${token}`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }), token);

describe("unsubscribing without signing in", () => {
  it("shows whose reminders and which partnership, with a button; a GET changes nothing", async () => {
    const response = await unsubscribeGet(tokenOf("lead"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(body).toContain(`Lee Lead’s email reminders from ${own.name}`);
    expect(body).toContain(`<form method="post" action="/unsubscribe/${tokenOf("lead")}">`);
    expect(body).toContain(">Stop these emails</button>");
    expect(await frequency("lead")).toBe("WEEKLY");
  });

  it("the button turns them off, back to the page, which says so", async () => {
    const response = await post(tokenOf("lead"), "stop=1");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${tokenOf("lead")}`);
    expect(await frequency("lead")).toBe("OFF");
    expect(await remindersAudit(own, "lead")).toEqual([
      {
        actorUserId: own.userIds.lead,
        sentence: "Lee Lead (Head of SEND) turned their email reminders off, from the unsubscribe link.",
        href: `/p/${own.slug}/members/${own.membershipIds.lead}/digest`,
        typed: true,
      },
    ]);
    const body = await (await unsubscribeGet(tokenOf("lead"))).text();
    expect(body).toContain("<h1>Email reminders are off</h1>");
    expect(body).not.toContain("Stop these emails</button>");
  });

  it("RFC 8058 one-click: a POST of List-Unsubscribe=One-Click turns them off with a 200, no redirect", async () => {
    const response = await post(tokenOf("board"), "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(await frequency("board")).toBe("OFF");
    expect((await remindersAudit(own, "board")).map((r) => [r.actorUserId, r.sentence])).toEqual([
      [own.userIds.board, "Bea Board (Independent Chair) turned their email reminders off, with one-click unsubscribe."],
    ]);
    // Already off: nothing to change, and no second row.
    expect((await post(tokenOf("board"), "List-Unsubscribe=One-Click")).status).toBe(200);
    expect(await remindersAudit(own, "board")).toHaveLength(1);
  });

  it("a POST without the form's field changes nothing", async () => {
    expect((await post(tokenOf("contributor"), "something=else")).status).toBe(400);
    expect(await frequency("contributor")).toBe("WEEKLY");
  });

  it("a forged token, another member's id under a signature, and a voided version: the same 404, nothing changed", async () => {
    const valid = tokenOf("viewer");
    const [, version, signature] = valid.split(".");
    const forged = `${own.membershipIds.viewer}.${version}.${"A".repeat(43)}`;
    const anothers = `${own.membershipIds.contributor}.${version}.${signature}`;
    const notFound = await (await unsubscribeGet("not-a-token")).text();
    for (const token of [forged, anothers]) {
      const get = await unsubscribeGet(token);
      expect(get.status).toBe(404);
      expect(await get.text()).toBe(notFound);
      const one = await post(token, "List-Unsubscribe=One-Click");
      expect(one.status).toBe(404);
    }
    // Bumping the version voids every link issued before.
    await db.membership.updateMany({ where: { id: own.membershipIds.viewer }, data: { digestTokenVersion: 2 } });
    const voided = await unsubscribeGet(valid);
    expect(voided.status).toBe(404);
    expect(await voided.text()).toBe(notFound);
    expect((await post(valid, "List-Unsubscribe=One-Click")).status).toBe(404);
    expect(await frequency("viewer")).toBe("WEEKLY");
    expect(await frequency("contributor")).toBe("WEEKLY");
    expect((await unsubscribeGet(tokenOf("viewer", 2))).status).toBe(200);
    expect(await remindersAudit(own, "viewer")).toEqual([]);
    expect(await remindersAudit(own, "contributor")).toEqual([]);
  });

  it("an archived partnership: the page says it sends no reminders; the write is refused, nothing changes, no audit row", async () => {
    const archived = await ownPartnership("unsubscribe-archived");
    const operator = await ownOperator("unsubscribe");
    await archivePartnership(archived.id, operator.caller, { partnershipId: archived.id });
    const said = `${archived.name} is archived: it sends no reminders.`;
    const token = unsubscribeToken(archived.membershipIds.lead, 1);
    const page = await unsubscribeGet(token);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain(said);
    expect(body).not.toContain("Stop these emails</button>");
    // The button's POST (from a page opened before the archive) and the one-click POST: refused by the audit table, said plainly.
    const button = await unsubscribePost(
      new Request(`http://localhost:3000/unsubscribe/${token}`, { method: "POST", body: "stop=1", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      token,
    );
    expect(button.status).toBe(200);
    expect(await button.text()).toContain(said);
    const oneClick = await unsubscribePost(
      new Request(`http://localhost:3000/unsubscribe/${token}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      token,
    );
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toBe(said);
    const lead = await db.membership.findFirstOrThrow({ where: { id: archived.membershipIds.lead }, select: { digestFrequency: true } });
    expect(lead.digestFrequency).toBe("WEEKLY");
    expect(await remindersAudit(archived, "lead")).toEqual([]);
  });
});
