// The digests' worker: pg-boss (jobs in PostgreSQL, in a schema of its own,
// "pgboss") runs sendDigests once an hour. With several app servers each
// runs a worker, and pg-boss makes one job per hour between them (its cron
// slot is a singleton); a job that fails or whose worker dies is retried; and
// the ledger (lib/digests/send.ts) sends each member's digest once a period
// whatever runs it. `npm start` starts it after the migrations, as the
// database owner (pg-boss creates its schema and tables on start; the app's
// role may not create schemas), and stops it on SIGINT/SIGTERM.
// STOCKTAKE_DIGESTS=off leaves it off (tests and e2e, unless they test it).
import "server-only";
import { PgBoss } from "pg-boss";
import { now } from "@/lib/clock";
import { sendDigests } from "./send";

export const DIGEST_QUEUE = "digests-send";
/** On the hour, every hour: a weekly digest goes on Monday's first run, a daily one each day's. */
export const DIGEST_CRON = "0 * * * *";

export type DigestWorker = {
  /** Queues a run now (the hourly schedule's job, ahead of time). */
  runNow(): Promise<string | null>;
  stop(): Promise<void>;
};

export function digestsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.STOCKTAKE_DIGESTS?.trim().toLowerCase() !== "off";
}

/** One run of the job: throws when a send failed, so pg-boss retries it (the ledger skips those already sent). */
export async function runDigestJob(log: (line: string) => void): Promise<void> {
  const outcomes = await sendDigests({ now: now(), log });
  const count = (result: string) => outcomes.filter((o) => o.result === result).length;
  if (outcomes.length) log(`Digests: ${count("sent")} sent, ${count("nothing owed")} with nothing owed, ${count("already done")} already done, ${count("failed")} failed.`);
  if (count("failed") > 0) throw new Error(`${count("failed")} digests could not be sent; retrying.`);
}

/** Starts pg-boss on `ownerUrl` (the database owner's connection), the queue, the hourly schedule and its handler. */
export async function startDigestWorker(ownerUrl: string, log: (line: string) => void = (line) => console.log(line)): Promise<DigestWorker> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", application_name: "stocktake-digests", max: 2 });
  boss.on("error", (error: Error) => log(`Digests worker: ${error.message}`));
  await boss.start();
  await boss.createQueue(DIGEST_QUEUE, { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 });
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, null, { tz: "Europe/London" });
  await boss.work(DIGEST_QUEUE, async () => runDigestJob(log));
  return {
    runNow: () => boss.send(DIGEST_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
