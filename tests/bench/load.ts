// The bench's load measurements: autocannon against the running server, the
// sign-in hammer, and SQL statements counted per request (pg_stat_statements).
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed";

export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const WARM_UP = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);
export const CONNECTIONS = 10;

export type Row = { name: string; path: string; rps: number; p50: number; p95: number; requests: number; failures: number; kB: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The app did not become healthy within 60 s");
}

/** Signs in through the sign-in endpoint, as the login form does; returns the session cookie. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, callbackUrl: "/p" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in as ${email} failed (HTTP ${response.status})`);
  return session;
}

function run(url: string, seconds: number, cookie: string | undefined, onResponse?: (responseTime: number) => void): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) => (error ? reject(error) : resolve(done)));
    if (onResponse) instance.on("response", (_client, _status, _bytes, responseTime) => onResponse(responseTime));
  });
}

export type Target = { name: string; path: string; cookie?: string };

/**
 * Hammers the sign-in endpoint for `seconds` at `connections` connections:
 * every attempt a wrong password for a different account from a different
 * address, so that no throttle refuses it and every one costs a password
 * check: the worst case for the rest of the app (DESIGN §8). Counts answers by status.
 */
let floodAttempts = 0;
function hammerSignIn(baseUrl: string, seconds: number): Promise<{ requests: number; byStatus: Record<string, number> }> {
  const byStatus: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}/api/auth/sign-in`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const n = ++floodAttempts;
              return {
                ...request,
                headers: {
                  "content-type": "application/x-www-form-urlencoded",
                  accept: "application/json",
                  "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                },
                body: new URLSearchParams({ email: `flood-${n}@bench.example`, password: "not-the-password" }).toString(),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve({ requests: done.requests.total, byStatus })),
    );
    instance.on("response", (_client, status) => void (byStatus[status] = (byStatus[status] ?? 0) + 1));
  });
}

export type UnderLoad = {
  quietP95: number;
  loadedP95: number;
  healthQuietP95: number;
  healthLoadedP95: number;
  signIns: { requests: number; byStatus: Record<string, number>; rps: number };
};

/**
 * p95 of a page alone and while the sign-in endpoint is hammered (DESIGN §8:
 * within 2×), in alternating turns, so that drift in the machine's speed hits
 * both alike.
 */
export async function measureUnderSignInLoad(baseUrl: string, dashboard: Target): Promise<UnderLoad> {
  const health: Target = { name: "Health check", path: "/api/health" };
  const flood = { requests: 0, byStatus: {} as Record<string, number>, seconds: 0 };
  const p95Of = async (target: Target, rounds: number) => {
    const quiet: number[] = [];
    const loaded: number[] = [];
    const slice = DURATION / rounds;
    for (let round = 0; round < rounds; round++) {
      await run(`${baseUrl}${target.path}`, slice, target.cookie, (ms) => quiet.push(ms));
      const [hammered] = await Promise.all([hammerSignIn(baseUrl, slice), run(`${baseUrl}${target.path}`, slice, target.cookie, (ms) => loaded.push(ms))]);
      flood.requests += hammered.requests;
      flood.seconds += slice;
      for (const [status, count] of Object.entries(hammered.byStatus)) flood.byStatus[status] = (flood.byStatus[status] ?? 0) + count;
    }
    return [
      percentile(
        quiet.sort((a, b) => a - b),
        95,
      ),
      percentile(
        loaded.sort((a, b) => a - b),
        95,
      ),
    ] as const;
  };
  const [quietP95, loadedP95] = await p95Of(dashboard, 4);
  const [healthQuietP95, healthLoadedP95] = await p95Of(health, 2);
  return { quietP95, loadedP95, healthQuietP95, healthLoadedP95, signIns: { requests: flood.requests, byStatus: flood.byStatus, rps: flood.requests / flood.seconds } };
}

/**
 * Measures the targets in turns (a, b, a, b, …: `rounds` slices of
 * DURATION / rounds seconds each), so that a machine whose speed drifts
 * during the run (a shared VM does) slows every target alike, and a ratio
 * between two of them stays fair.
 */
export async function measure(baseUrl: string, targets: Target[], rounds = 1): Promise<Row[]> {
  // Warm up first, unrecorded: the first seconds of any path run cold code
  // (the JIT, lazily loaded modules), which would flatter whichever path ran later.
  for (const target of targets) await run(`${baseUrl}${target.path}`, WARM_UP, target.cookie);
  const totals = targets.map(() => ({ latencies: [] as number[], requests: 0, seconds: 0, failures: 0, bytes: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const total = totals[i]!;
      const result = await run(`${baseUrl}${target.path}`, DURATION / rounds, target.cookie, (responseTime) => total.latencies.push(responseTime));
      total.requests += result.requests.total;
      total.seconds += result.duration;
      total.failures += result.non2xx + result.errors + result.timeouts;
      total.bytes += result.throughput.total;
    }
  }
  return targets.map((target, i) => {
    const total = totals[i]!;
    total.latencies.sort((a, b) => a - b);
    return {
      name: target.name,
      path: target.path,
      rps: total.requests / total.seconds,
      p50: percentile(total.latencies, 50),
      p95: percentile(total.latencies, 95),
      requests: total.requests,
      failures: total.failures,
      // Bytes per response, headers included.
      kB: total.bytes / Math.max(1, total.requests) / 1024,
    };
  });
}

/** SQL statements the database executed while `request` ran (pg_stat_statements, this database only). */
export async function countQueries(client: pg.Client, request: () => Promise<unknown>): Promise<number> {
  await client.query("SELECT pg_stat_statements_reset()");
  await request();
  const { rows } = await client.query<{ calls: string | null }>(
    `SELECT sum(calls) AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}

/** A page, checked to be the page (a 200 that contains `expect`), not a sign-in redirect or an error. */
export async function get(baseUrl: string, urlPath: string, cookie: string, expect: string) {
  const response = await fetch(`${baseUrl}${urlPath}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(expect))
    throw new Error(`GET ${urlPath}: HTTP ${response.status}, expected the page to contain "${expect}"; it begins: ${body.slice(0, 300)}`);
}
