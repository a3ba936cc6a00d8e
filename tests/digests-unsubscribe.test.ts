// Unsubscribing from digests without signing in (lib/digests/unsubscribe.ts,
// GET and POST /unsubscribe/<token>): the page names whose reminders and which
// partnership; its button turns them off and the page then says so; RFC
// 8058's one-click POST turns them off with a plain 200; a GET changes
// nothing; a forged token, another member's id under a signature, and a
// token voided by a version bump all get the same 404.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { unsubscribeToken } from "@/lib/digests/token";
import { unsubscribeGet, unsubscribePost } from "@/lib/digests/unsubscribe";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

let own: OwnPartnership;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  own = await ownPartnership("unsubscribe");
});

const frequency = async (role: "lead" | "board" | "viewer" | "contributor") =>
  (await db.membership.findFirstOrThrow({ where: { id: own.membershipIds[role] }, select: { digestFrequency: true } })).digestFrequency;
const tokenOf = (role: "lead" | "board" | "viewer" | "contributor", version = 1) => unsubscribeToken(own.membershipIds[role], version);
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
    const body = await (await unsubscribeGet(tokenOf("lead"))).text();
    expect(body).toContain("<h1>Email reminders are off</h1>");
    expect(body).not.toContain("Stop these emails</button>");
  });

  it("RFC 8058 one-click: a POST of List-Unsubscribe=One-Click turns them off with a 200, no redirect", async () => {
    const response = await post(tokenOf("board"), "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(await frequency("board")).toBe("OFF");
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
  });
});
