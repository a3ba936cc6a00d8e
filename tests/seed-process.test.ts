// `npm start` seeds the demo in a process of its own (lib/runtime/seed-process.ts
// runs prisma/seed-run.ts), because lib never imports the seed.
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runSeedProcess } from "@/lib/runtime/seed-process";

const root = path.resolve(import.meta.dirname, "..");

describe("the seed process npm start runs", () => {
  it("seeds nothing twice and reports the demo sign-ins", async () => {
    const report = await runSeedProcess(root, inject("ownerDatabaseUrl"));
    expect(report.seeded).toEqual([]);
    expect(report.password).toBe("stocktake-demo");
    expect(report.signIns).toEqual(expect.arrayContaining([{ email: "admin@derbyshire.demo", role: "ADMIN", partnership: "derbyshire" }]));
  });

  it("fails with the seed's own words when it cannot reach the database", async () => {
    await expect(runSeedProcess(root, "postgresql://nobody@127.0.0.1:1/none")).rejects.toThrow(/^the demo seed failed: .*(reach|connect)/i);
  });
});
