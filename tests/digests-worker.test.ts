// The digests' worker (lib/digests/worker.ts) on the test database: pg-boss
// makes its own schema as the owner, the queue and the hourly schedule, and a
// queued job runs sendDigests (here with no mail configured: it lists, claims
// nothing, and says so). Started twice, as two app servers would, it keeps
// one schedule.
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { DIGEST_CRON, DIGEST_QUEUE, digestsEnabled, startDigestWorker, type DigestWorker } from "@/lib/digests/worker";
import "./support/db";

const workers: DigestWorker[] = [];

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  vi.unstubAllEnvs();
  // Other files walk every user table of the database (tests/tenancy.test.ts): pg-boss's schema goes with this file.
  const client = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  await client.end();
});

describe("the digests' worker", () => {
  it("is on unless STOCKTAKE_DIGESTS=off", () => {
    expect(digestsEnabled({})).toBe(true);
    expect(digestsEnabled({ STOCKTAKE_DIGESTS: "off" })).toBe(false);
    expect(digestsEnabled({ STOCKTAKE_DIGESTS: "OFF " })).toBe(false);
  });

  it("starts pg-boss in its own schema as the owner, schedules the hourly run once for two servers, and runs a queued job", async () => {
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
    const ownerUrl = inject("ownerDatabaseUrl");
    const lines: string[] = [];
    workers.push(await startDigestWorker(ownerUrl, (line) => lines.push(line)));
    workers.push(await startDigestWorker(ownerUrl, (line) => lines.push(line)));
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string }>(`SELECT name, cron FROM pgboss.schedule WHERE name = $1`, [DIGEST_QUEUE]);
      expect(rows).toEqual([{ name: DIGEST_QUEUE, cron: DIGEST_CRON }]);
    } finally {
      await client.end();
    }
    expect(await workers[0]!.runNow()).toEqual(expect.any(String));
    await vi.waitFor(() => expect(lines.some((line) => line.startsWith("Digests: 0 sent"))).toBe(true), { timeout: 20_000, interval: 250 });
    expect(lines).toContain("Digests: mail is not configured (SMTP_URL and MAIL_FROM), so none are sent; this run only lists them.");
  });
});
