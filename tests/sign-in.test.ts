import { describe, expect, it } from "vitest";
import "./support/db";
import { authOptions } from "@/lib/auth/options";
import { DEMO_PASSWORD } from "@/prisma/seed";

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<{ id: string; email?: string | null } | null>;

function authorize(): Authorize {
  const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

describe("email and password sign-in", () => {
  it("accepts the right password, whatever the case and spacing of the email", async () => {
    const user = await authorize()({ email: " Admin@Derbyshire.demo", password: DEMO_PASSWORD }, {});
    expect(user?.email).toBe("admin@derbyshire.demo");
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await authorize()({ email: "admin@derbyshire.demo", password: "wrong" }, {})).toBeNull();
    expect(await authorize()({ email: "nobody@derbyshire.demo", password: DEMO_PASSWORD }, {})).toBeNull();
    expect(await authorize()({ email: "not an email", password: DEMO_PASSWORD }, {})).toBeNull();
  });

  it("stores passwords only as bcrypt hashes", async () => {
    const { db } = await import("./support/db");
    const users = await db.user.findMany({ select: { passwordHash: true } });
    for (const { passwordHash } of users) expect(passwordHash).toMatch(/^\$2[aby]\$\d{2}\$/);
  });
});
