import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionUserId } from "./session-token";

const SECRET = "a-test-secret-of-thirty-two-chars!";

function request(cookie?: string) {
  return new NextRequest("http://localhost/p/derbyshire", { headers: cookie ? { cookie } : {} });
}

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterAll(() => vi.unstubAllEnvs());

describe("the session user of a dashboard request", () => {
  it("is the token's user, the first time and from memory after", async () => {
    const token = await encode({ token: { uid: "user-1", name: "A" }, secret: SECRET });
    expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-1");
    expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-1");
  });

  it("reads only the cookie next-auth reads: on an http site, a __Secure- cookie is ignored", async () => {
    const mine = await encode({ token: { uid: "user-4" }, secret: SECRET });
    const planted = await encode({ token: { uid: "someone-else" }, secret: SECRET });
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=${planted}`))).toBeNull();
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=junk; next-auth.session-token=${mine}`))).toBe("user-4");
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=${planted}; next-auth.session-token=${mine}`))).toBe("user-4");
  });

  it("is nobody without a cookie, with a forged or tampered token, or one signed with another secret", async () => {
    const token = await encode({ token: { uid: "user-2" }, secret: SECRET });
    const other = await encode({ token: { uid: "user-2" }, secret: "another-secret-of-thirty-two-chars" });
    expect(await sessionUserId(request())).toBeNull();
    expect(await sessionUserId(request("next-auth.session-token=forged"))).toBeNull();
    expect(await sessionUserId(request(`next-auth.session-token=${token.slice(0, -4)}AAAA`))).toBeNull();
    expect(await sessionUserId(request(`next-auth.session-token=${other}`))).toBeNull();
  });

  it("is nobody once the token has expired, even though it was verified before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const token = await encode({ token: { uid: "user-3" }, secret: SECRET, maxAge: 60 });
      expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-3");
      // Past the expiry and next-auth's 15 s clock tolerance.
      vi.setSystemTime(Date.now() + 120_000);
      expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
