import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_LIFETIME_SECONDS, sessionClaims } from "./session-token";

const started = () => Math.floor(Date.now() / 1000);
/** A token as the sign-in route issues it: the user, their session version and when they signed in. */
const claims = (uid: string, extra: Record<string, unknown> = {}) => ({ uid, sv: 0, started: started(), ...extra });
const sessionUserId = async (req: NextRequest) => (await sessionClaims(req))?.userId ?? null;

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
    const token = await encode({ token: { ...claims("user-1"), name: "A" }, secret: SECRET });
    expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-1");
    expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-1");
  });

  it("reads only the cookie next-auth reads: on an http site, a __Secure- cookie is ignored", async () => {
    const mine = await encode({ token: claims("user-4"), secret: SECRET });
    const planted = await encode({ token: claims("someone-else"), secret: SECRET });
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=${planted}`))).toBeNull();
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=junk; next-auth.session-token=${mine}`))).toBe("user-4");
    expect(await sessionUserId(request(`__Secure-next-auth.session-token=${planted}; next-auth.session-token=${mine}`))).toBe("user-4");
  });

  it("is nobody without a cookie, with a forged or tampered token, or one signed with another secret", async () => {
    const token = await encode({ token: claims("user-2"), secret: SECRET });
    const other = await encode({ token: claims("user-2"), secret: "another-secret-of-thirty-two-chars" });
    expect(await sessionUserId(request())).toBeNull();
    expect(await sessionUserId(request("next-auth.session-token=forged"))).toBeNull();
    expect(await sessionUserId(request(`next-auth.session-token=${token.slice(0, -4)}AAAA`))).toBeNull();
    expect(await sessionUserId(request(`next-auth.session-token=${other}`))).toBeNull();
  });

  it("is nobody once the token has expired, even though it was verified before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const token = await encode({ token: claims("user-3"), secret: SECRET, maxAge: 60 });
      expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBe("user-3");
      // Past the expiry and next-auth's 15 s clock tolerance.
      vi.setSystemTime(Date.now() + 120_000);
      expect(await sessionUserId(request(`next-auth.session-token=${token}`))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("carries the session version, for the caller to compare with the user's", async () => {
    const token = await encode({ token: claims("user-5", { sv: 3 }), secret: SECRET });
    expect(await sessionClaims(request(`next-auth.session-token=${token}`))).toMatchObject({ userId: "user-5", sessionVersion: 3 });
  });

  it("is nobody for a token without a session version or sign-in time (issued before sessions could end)", async () => {
    const old = await encode({ token: { uid: "user-6" }, secret: SECRET });
    expect(await sessionUserId(request(`next-auth.session-token=${old}`))).toBeNull();
  });

  it("is nobody once the session is past its absolute lifetime, however fresh the token (re-issued by /api/auth/session)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const signedIn = started();
      vi.setSystemTime(Date.now() + (SESSION_LIFETIME_SECONDS - 60) * 1000);
      const renewed = await encode({ token: claims("user-7", { started: signedIn }), secret: SECRET });
      expect(await sessionUserId(request(`next-auth.session-token=${renewed}`))).toBe("user-7");
      vi.setSystemTime(Date.now() + 120_000);
      expect(await sessionUserId(request(`next-auth.session-token=${renewed}`))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
