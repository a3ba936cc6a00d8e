// The kept pages (the dashboard, the plan's first view) against a real HTTP server standing in for the
// app's render page: what renders, what is kept, and what a render is told.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DashboardAccess } from "@/lib/auth/queries";
import { keptNotFoundPage, keptPage } from "./cache";
import { RENDER_SIGNATURE_HEADER, signRender, verifyRender } from "./signature";

let server: Server;
let origin: string;
const renders: string[] = [];
/** Paths the stand-in answers with this status instead of 200. */
const failing = new Map<string, number>();
/** Paths the stand-in answers slowly. */
const slow = new Set<string>();

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  server = createServer((request, response) => {
    const path = request.url ?? "";
    const signature = request.headers[RENDER_SIGNATURE_HEADER];
    renders.push(path);
    // As the real page: no valid signature, no dashboard.
    const status = !verifyRender(path, typeof signature === "string" ? signature : null) ? 404 : (failing.get(path) ?? 200);
    // A little later, so that concurrent requests really overlap.
    setTimeout(() => response.writeHead(status, { "content-type": "text/html" }).end(`<h1>${status}</h1><p>${path}</p>`), slow.has(path) ? 200 : 20);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

let members = 0;
function access(overrides: Partial<DashboardAccess> = {}): DashboardAccess {
  return {
    partnershipId: "p1",
    membershipId: `m${++members}`,
    role: "BOARD",
    advisorDashboardAccess: false,
    dataVersion: 7,
    jobTitle: "Chair",
    userName: "Alex Board",
    membershipCount: 1,
    sessionVersion: 0,
    ...overrides,
  };
}

const text = (page: { html: Uint8Array }) => new TextDecoder().decode(page.html);

async function rendersDuring(work: () => Promise<unknown>): Promise<string[]> {
  const before = renders.length;
  await work();
  return renders.slice(before);
}

describe("the dashboard page cache", () => {
  it("renders a member's page once, however many ask at once, then serves the kept copy", async () => {
    const member = access();
    const first = await rendersDuring(() => Promise.all([1, 2, 3, 4, 5].map(() => keptPage(member, "2026-11-23", origin))));
    expect(first).toEqual([`/dashboard-render/p1/${member.membershipId}/2026-11-23/7`]);
    let page;
    expect(await rendersDuring(async () => (page = await keptPage(member, "2026-11-23", origin)))).toEqual([]);
    expect(page!.status).toBe(200);
    expect(text(page!)).toContain(`/dashboard-render/p1/${member.membershipId}/2026-11-23/7`);
  });

  it("keeps a member's plan first view apart from their dashboard, each rendered once", async () => {
    const member = access();
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin))).toHaveLength(1);
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin, { kind: "plan" }))).toEqual([`/plan-render/p1/${member.membershipId}/2026-11-23/7`]);
    expect(await rendersDuring(() => Promise.all([keptPage(member, "2026-11-23", origin), keptPage(member, "2026-11-23", origin, { kind: "plan" })]))).toEqual([]);
    expect(await rendersDuring(() => keptPage({ ...member, dataVersion: 8 }, "2026-11-23", origin, { kind: "plan" }))).toEqual([
      `/plan-render/p1/${member.membershipId}/2026-11-23/8`,
    ]);
  });

  it("keeps a page of the audit log by its query, signed with it, and renders another query or a newer version afresh", async () => {
    const member = access({ role: "ADMIN" });
    const page = (query: string, version = 7) => keptPage({ ...member, dataVersion: version }, "2026-11-23", origin, { kind: "audit", query });
    expect(await rendersDuring(() => Promise.all([page("kind=Risk"), page("kind=Risk")]))).toEqual([`/audit-render/p1/${member.membershipId}/2026-11-23/7?kind=Risk`]);
    expect(text(await page("kind=Risk"))).toContain("<h1>200</h1>");
    expect(await rendersDuring(() => page("kind=Risk"))).toEqual([]);
    expect(await rendersDuring(() => page(""))).toEqual([`/audit-render/p1/${member.membershipId}/2026-11-23/7`]);
    expect(await rendersDuring(() => page("", 8))).toEqual([`/audit-render/p1/${member.membershipId}/2026-11-23/8`]);
  });

  it("renders afresh when the partnership's data version, the day, the role or the header details change", async () => {
    const member = access();
    await keptPage(member, "2026-11-23", origin);
    const changes: Partial<DashboardAccess>[] = [
      { dataVersion: 8 },
      { role: "ADMIN" },
      { jobTitle: "Vice chair" },
      { userName: "Alex B." },
      { membershipCount: 2 },
      { advisorDashboardAccess: true },
    ];
    for (const change of changes) {
      expect(await rendersDuring(() => keptPage({ ...member, ...change }, "2026-11-23", origin)), JSON.stringify(change)).toHaveLength(1);
    }
    expect(await rendersDuring(() => keptPage(member, "2026-11-24", origin))).toEqual([`/dashboard-render/p1/${member.membershipId}/2026-11-24/7`]);
  });

  it("keeps one page per member: going back to an older version renders again", async () => {
    const member = access();
    await keptPage(member, "2026-11-23", origin);
    await keptPage({ ...member, dataVersion: 8 }, "2026-11-23", origin);
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin))).toHaveLength(1);
  });

  it("keeps the newer version when an older version's render finishes later", async () => {
    const member = access({ dataVersion: 7 });
    slow.add(`/dashboard-render/p1/${member.membershipId}/2026-11-23/7`);
    await Promise.all([keptPage(member, "2026-11-23", origin), keptPage({ ...member, dataVersion: 8 }, "2026-11-23", origin)]);
    slow.clear();
    expect(await rendersDuring(() => keptPage({ ...member, dataVersion: 8 }, "2026-11-23", origin))).toEqual([]);
  });

  it("returns a failed render but never keeps it", async () => {
    const member = access();
    failing.set(`/dashboard-render/p1/${member.membershipId}/2026-11-23/7`, 500);
    expect((await keptPage(member, "2026-11-23", origin)).status).toBe(500);
    failing.clear();
    const retried = await rendersDuring(async () => expect((await keptPage(member, "2026-11-23", origin)).status).toBe(200));
    expect(retried).toHaveLength(1);
  });

  it("gives members of different partnerships different pages", async () => {
    const a = access({ partnershipId: "p1" });
    const b = access({ partnershipId: "p2" });
    expect(text(await keptPage(a, "2026-11-23", origin))).toContain(`/dashboard-render/p1/${a.membershipId}/`);
    expect(text(await keptPage(b, "2026-11-23", origin))).toContain(`/dashboard-render/p2/${b.membershipId}/`);
  });

  it("asks for the 404 page without a signature, so the render page refuses it", async () => {
    const page = await keptNotFoundPage(origin);
    expect(page.status).toBe(404);
    expect(await rendersDuring(() => keptNotFoundPage(origin))).toEqual([]);
  });
});

describe("the render signature", () => {
  it("verifies only the exact path it signed", () => {
    const path = "/dashboard-render/p1/m1/2026-11-23/7";
    const signature = signRender(path);
    expect(verifyRender(path, signature)).toBe(true);
    expect(verifyRender("/dashboard-render/p1/m2/2026-11-23/7", signature)).toBe(false);
    expect(verifyRender("/dashboard-render/p1/m1/2026-11-23/8", signature)).toBe(false);
    expect(verifyRender(path, null)).toBe(false);
    expect(verifyRender(path, "forged")).toBe(false);
  });
});

describe("a board's dashboard", () => {
  it("is rendered and kept apart from the partnership's, per member and board", async () => {
    const member = access();
    const all = `/dashboard-render/p1/${member.membershipId}/2026-11-23/7`;
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin))).toEqual([all]);
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin, { board: "board2" }))).toEqual([`${all}/board2`]);
    // Both stay kept: neither evicts the other.
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin))).toEqual([]);
    expect(await rendersDuring(() => keptPage(member, "2026-11-23", origin, { board: "board2" }))).toEqual([]);
    // A write renders each afresh.
    expect(await rendersDuring(() => keptPage({ ...member, dataVersion: 8 }, "2026-11-23", origin, { board: "board2" }))).toEqual([
      `/dashboard-render/p1/${member.membershipId}/2026-11-23/8/board2`,
    ]);
  });

  it("takes a board id from the query string only when it looks like one", async () => {
    const { boardParam } = await import("./cache");
    expect(boardParam("cmwyzm4qz00cubk7djhs8r0xg")).toBe("cmwyzm4qz00cubk7djhs8r0xg");
    expect(boardParam("../../x")).toBeUndefined();
    expect(boardParam("")).toBeUndefined();
    expect(boardParam(null)).toBeUndefined();
  });
});
