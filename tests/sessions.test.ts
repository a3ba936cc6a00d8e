// Issue 14, item 4: sessions that end. Signing out ends the session on the
// server (a token captured before still fails afterwards), a session has an
// absolute lifetime however often it is renewed, and removing a member or
// changing their role counts from their next request, with no extra query on
// the dashboard's warm path (the check rides in getDashboardAccess).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "./support/db";

const SECRET = "a-test-secret-of-thirty-two-chars!";
// The guards read the session through this one module; the test plays the signed-in user.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

const { GET: dashboard } = await import("@/app/p/[slug]/route");
const { POST: signOutRoute } = await import("@/app/api/auth/sign-out/route");
const { getDashboardAccess } = await import("@/lib/auth/queries");
const { getMember } = await import("@/lib/auth/guards");
const { authOptions } = await import("@/lib/auth/options");
const { SESSION_LIFETIME_SECONDS, SessionEndedError } = await import("@/lib/auth/session-token");

let renderer: http.Server;
let user: { id: string; name: string; email: string };
let membershipId: string;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  // Stands in for the dashboard's own renderer (the route asks it for the page on a cache miss).
  renderer = http.createServer((req, res) => {
    if (req.url?.endsWith("/not-found")) res.statusCode = 404;
    res.end(res.statusCode === 404 ? "<title>Page not found</title>" : "<title>Board dashboard</title>");
  });
  await new Promise<void>((resolve) => renderer.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("STOCKTAKE_RENDER_ORIGIN", `http://127.0.0.1:${(renderer.address() as AddressInfo).port}`);
  // A member of their own, so that changing and removing them touches no demo data.
  const derbyCity = await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" }, select: { id: true } });
  user = await db.user.create({ data: { email: `sessions-${Date.now()}@derby-city.test`, name: "Sam Session" }, select: { id: true, name: true, email: true } });
  membershipId = (await db.membership.create({ data: { partnershipId: derbyCity.id, userId: user.id, role: "BOARD" }, select: { id: true } })).id;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => renderer.close(resolve));
  await db.membership.deleteMany({ where: { userId: user.id } });
  await db.user.deleteMany({ where: { id: user.id } });
});

const currentVersion = async () => (await db.user.findFirstOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion;

/** A session cookie as the sign-in route issues it. */
async function cookieFor(sessionVersion: number, started = Math.floor(Date.now() / 1000)) {
  const token = await encode({ token: { name: user.name, email: user.email, sub: user.id, uid: user.id, sv: sessionVersion, started }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

function request(path: string, cookie: string, method = "GET") {
  return new NextRequest(`http://localhost:3000${path}`, { method, headers: { cookie } });
}

const openDashboard = (cookie: string) => dashboard(request("/p/derby-city", cookie), { params: Promise.resolve({ slug: "derby-city" }) });

describe("signing out", () => {
  it("ends the session on the server: the same token, captured before, no longer opens the dashboard", async () => {
    const cookie = await cookieFor(await currentVersion());
    expect((await openDashboard(cookie)).status).toBe(200);
    expect((await openDashboard(cookie)).status).toBe(200); // now from the token memo and the page cache

    const out = await signOutRoute(request("/api/auth/sign-out", cookie, "POST"));
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/login");
    expect(out.headers.getSetCookie().join()).toMatch(/next-auth\.session-token=; Path=\/; Max-Age=0/);

    const after = await openDashboard(cookie);
    expect(after.status).toBe(307);
    expect(new URL(after.headers.get("location")!).pathname).toBe("/login");
  });

  it("ends it for pages and server actions too, and a new sign-in works", async () => {
    const version = await currentVersion();
    signedIn.user = { userId: user.id, name: user.name, email: user.email, sessionVersion: version - 1 };
    expect(await getMember("derby-city")).toBeNull();
    signedIn.user = { ...signedIn.user, sessionVersion: version };
    expect(await getMember("derby-city")).toMatchObject({ role: "BOARD" });
    expect((await openDashboard(await cookieFor(version))).status).toBe(200);
  });

  it("costs the dashboard no query: the version comes back in its one statement", async () => {
    expect(await getDashboardAccess(user.id, "derby-city")).toMatchObject({ sessionVersion: await currentVersion() });
  });
});

describe("a session's lifetime", () => {
  const jwt = () => authOptions().callbacks!.jwt!;

  it("ends a fixed time after sign-in, however often the token was renewed (/api/auth/session)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { uid: user.id, sv: 0, name: user.name, email: user.email };
    await expect(jwt()({ token: { ...claims, started: now - 60 } } as never)).resolves.toMatchObject({ uid: user.id });
    await expect(jwt()({ token: { ...claims, started: now - SESSION_LIFETIME_SECONDS - 1 } } as never)).rejects.toBeInstanceOf(SessionEndedError);
    // A token from before sessions could end has no sign-in time: it is ended too.
    await expect(jwt()({ token: { uid: user.id, name: user.name } } as never)).rejects.toBeInstanceOf(SessionEndedError);
  });

  it("is refused by the dashboard once over, though the token itself has not expired", async () => {
    const old = await cookieFor(await currentVersion(), Math.floor(Date.now() / 1000) - SESSION_LIFETIME_SECONDS - 1);
    expect((await openDashboard(old)).status).toBe(307);
  });
});

describe("membership changes", () => {
  it("a new role counts from the next request; a removed member gets the plain 404", async () => {
    const version = await currentVersion();
    signedIn.user = { userId: user.id, name: user.name, email: user.email, sessionVersion: version };
    await db.membership.updateMany({ where: { id: membershipId }, data: { role: "VIEWER" } });
    expect(await getDashboardAccess(user.id, "derby-city")).toMatchObject({ role: "VIEWER" });
    expect(await getMember("derby-city")).toMatchObject({ role: "VIEWER" });

    await db.membership.deleteMany({ where: { id: membershipId } });
    expect(await getDashboardAccess(user.id, "derby-city")).toBeNull();
    expect(await getMember("derby-city")).toBeNull();
    expect((await openDashboard(await cookieFor(version))).status).toBe(404);
  });
});
