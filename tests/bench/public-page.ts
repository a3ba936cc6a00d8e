// The public progress page (/public/<slug>, issue #21), as families open it:
// Derbyshire's demo page, no sign-in. Budget: at least as many requests per
// second as the largest tenant's board dashboard (both kept pages; measured
// in alternating turns so neither is flattered by running later), and no
// more SQL statements per warm request than the dashboard's.
// BENCH_ONLY=public-page measures only this (the seed and the build still run).
import type pg from "pg";
import { publicPagePath } from "../../lib/public-page/paths";
import { WORDS } from "../../lib/public-page/words";
import { countQueries, get, measure, type Row, type Target } from "./load";

export const PUBLIC_PAGE_PATH = publicPagePath("derbyshire");

export type PublicPageRun = { dashboard: Row; publicPage: Row; queries: number };

export async function measurePublicPage(baseUrl: string, stats: pg.Client, dashboard: Target): Promise<PublicPageRun> {
  // The first request renders and keeps the page; the count is of a warm one.
  await get(baseUrl, PUBLIC_PAGE_PATH, "", WORDS.heading);
  const queries = await countQueries(stats, () => get(baseUrl, PUBLIC_PAGE_PATH, "", WORDS.heading));
  const [dashboardRow, publicRow] = await measure(baseUrl, [dashboard, { name: "Public page (Derbyshire)", path: PUBLIC_PAGE_PATH }], 4);
  return { dashboard: dashboardRow!, publicPage: publicRow!, queries };
}

/** One line for the bench's output; the failures (empty within budget). */
export function reportPublicPage(run: PublicPageRun, dashboardQueries: number): string[] {
  const { dashboard, publicPage, queries } = run;
  console.log(
    `Public page (${PUBLIC_PAGE_PATH}): ${publicPage.rps.toFixed(0)} req/s (p95 ${publicPage.p95.toFixed(1)} ms, ${publicPage.kB.toFixed(0)} kB), ` +
      `beside the dashboard's ${dashboard.rps.toFixed(0)} req/s in the same turns; ${queries} SQL statement(s) per warm request (dashboard ${dashboardQueries}).`,
  );
  const failures: string[] = [];
  if (publicPage.failures > 0) failures.push(`${PUBLIC_PAGE_PATH}: ${publicPage.failures} failed requests`);
  if (publicPage.rps < dashboard.rps) failures.push(`public page ${publicPage.rps.toFixed(0)} req/s is below the dashboard's ${dashboard.rps.toFixed(0)}`);
  if (queries > dashboardQueries) failures.push(`public page: ${queries} statements per warm request, more than the dashboard's ${dashboardQueries}`);
  return failures;
}
