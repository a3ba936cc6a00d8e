// The public progress page (lib/public-page) against a real PostgreSQL, in a
// partnership of the file's own: only approved and published content appears
// (never drafts, unmarked feedback, private KPIs, unpublished minutes or an
// attendee's name); off, archived and unknown give the same 404, page and
// feed; a warm request runs one statement (as the dashboard's does) and no
// render, and a write renders afresh; Derby City's page never shows
// Derbyshire's. The route's renders are answered by a stand-in render server
// (the real page loader behind a real signature check), as the app's own
// server answers them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { ownAreas } from "./support/invitations";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { ownOperator } from "./support/operator";
import { getDashboardAccess } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { archivePartnership } from "@/lib/operators/mutations";
import { RENDER_SIGNATURE_HEADER, verifyRender } from "@/lib/pages/signature";
import { publicFeedXml } from "@/lib/public-page/feed";
import { servePublicFeed, servePublicPage } from "@/lib/public-page/serve";
import { getPublicPage } from "@/lib/public-page/view";
import { updatePartnershipDetails, updatePublicPageSettings } from "@/lib/settings/mutations";
import { DERBYSHIRE_SUMMARIES } from "@/prisma/seed/public-page";

process.env.AUTH_SECRET ??= "public-page-test-secret-0123456789abcdef";

let own: OwnPartnership;
let server: http.Server;
const renders: string[] = [];
const day = parseIsoDate;

/** Every SQL statement sent on any connection while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const query = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return count;
}

const body = async (response: Response) => ({ status: response.status, text: await response.text() });

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "";
    void (async () => {
      const render = /^\/public-render\/([^/]+)\/(\d+)$/.exec(path);
      const page = render && verifyRender(path, (request.headers[RENDER_SIGNATURE_HEADER] as string | undefined) ?? null) ? await getPublicPage(render[1]!) : null;
      if (page) renders.push(path);
      response.writeHead(page ? 200 : 404, { "Content-Type": "text/html" });
      response.end(page ? `<!DOCTYPE html><html><body>${JSON.stringify(page)}</body></html>` : "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.STOCKTAKE_RENDER_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  own = await ownPartnership("public-page");
  const admin = await own.caller("admin");
  await updatePublicPageSettings(own.id, admin, { partnershipId: own.id, shownEnabled: false, publicPageEnabled: true });
  const [shown, pending] = await ownAreas(own.id, ["PP1", "PP2"]);
  const summary = (priorityAreaId: string, state: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED", words: string, approvedAt?: string) => ({
    partnershipId: own.id,
    priorityAreaId,
    state,
    whatWeAreDoing: `${words} doing`,
    whatHasChanged: `${words} changed`,
    whatIsNext: `${words} next`,
    authorName: "Lee Lead (Head of SEND)",
    ...(approvedAt ? { approvedAt: day(approvedAt), approvedByName: "Ada Office", statusAtApproval: "AT_RISK" as const } : {}),
  });
  await db.publicSummary.createMany({
    data: [
      summary(shown!, "APPROVED", "Superseded approval", "2026-09-01"),
      summary(shown!, "APPROVED", "Approved for families", "2026-10-01"),
      summary(shown!, "DRAFT", "A newer draft"),
      summary(pending!, "SUBMITTED", "Waiting for approval"),
      summary(pending!, "RETURNED", "Sent back"),
    ],
  });
  await db.evidence.createMany({
    data: [
      { partnershipId: own.id, kind: "FEEDBACK", title: "Families said this in public", text: "We did this", date: day("2026-09-10"), publicAt: day("2026-10-05") },
      { partnershipId: own.id, kind: "FEEDBACK", title: "Families said this in private", text: "Not shown", date: day("2026-09-10") },
    ],
  });
  const kpi = (code: string, name: string, isPublic: boolean) => ({
    partnershipId: own.id,
    code,
    name,
    definition: `${name} defined`,
    unit: "PERCENT" as const,
    direction: "HIGHER_IS_BETTER" as const,
    frequency: "MONTHLY" as const,
    isPublic,
  });
  await db.kpi.createMany({ data: [kpi("K1", "Plans on time", true), kpi("K2", "A working figure", false)] });
  const k1 = await db.kpi.findFirstOrThrow({ where: { partnershipId: own.id, code: "K1" }, select: { id: true } });
  await db.kpiValue.createMany({
    data: [41, 60, 78].map((value, i) => ({
      partnershipId: own.id,
      kpiId: k1.id,
      period: day(`2026-0${7 + i}-01`),
      value,
      enteredAt: day(`2026-${String(8 + i).padStart(2, "0")}-05`),
    })),
  });
  const board = await db.board.findFirstOrThrow({ where: { partnershipId: own.id }, select: { id: true } });
  const published = await db.meeting.create({
    data: {
      partnershipId: own.id,
      boardId: board.id,
      title: "Board in public",
      date: day("2026-09-20"),
      minutes: "The board agreed the plan.",
      published: true,
      publishedAt: day("2026-10-10"),
    },
  });
  await db.meetingAttendee.createMany({
    data: [
      { partnershipId: own.id, meetingId: published.id, name: "Bea Board", role: "Independent Chair", kind: "MEMBER", status: "PRESENT" },
      { partnershipId: own.id, meetingId: published.id, name: "Polly Parent", kind: "IN_ATTENDANCE", status: "PRESENT" },
      { partnershipId: own.id, meetingId: published.id, name: "Olive Officer", role: "Head of SEND", organisation: "the council", kind: "IN_ATTENDANCE", status: "PRESENT" },
    ],
  });
  await db.meeting.create({ data: { partnershipId: own.id, boardId: board.id, title: "Board behind closed doors", date: day("2026-10-20"), minutes: "Private minutes." } });
});

afterAll(async () => {
  delete process.env.STOCKTAKE_RENDER_ORIGIN;
  await new Promise((resolve) => server.close(resolve));
});

describe("what the public page shows", () => {
  it("shows only approved summaries (the newest per area), public feedback and KPIs, and published minutes with roles, never names", async () => {
    const page = (await getPublicPage(own.id))!;
    const text = JSON.stringify(page);
    expect(page.areas.map((a) => [a.doing, a.status?.label])).toEqual([["Approved for families doing", "On track, some concerns"]]);
    for (const hidden of [
      "Superseded approval",
      "A newer draft",
      "Waiting for approval",
      "Sent back",
      "in private",
      "A working figure",
      "closed doors",
      "Private minutes",
      "Bea Board",
      "Polly Parent",
      "Olive Officer",
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(page.said.map((s) => s.said)).toEqual(["Families said this in public"]);
    expect(page.figures.map((k) => k.sentence)).toEqual(["Plans on time: 78% in September 2026, up from 41% in July 2026. That is better."]);
    expect(page.minutes.map((m) => m.attendees)).toEqual([["Independent Chair", "Head of SEND, the council"]]);
    expect(page.updatedOn).toBe("10 October 2026");
    const feed = publicFeedXml(page);
    expect(feed).toContain("Approved for families");
    expect(feed).not.toContain("A newer draft");
  });

  it("is Derbyshire's own: Derbyshire's seeded summaries show on its page and never on another partnership's", async () => {
    const derbyshire = await db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" }, select: { id: true } });
    const shire = JSON.stringify(await getPublicPage(derbyshire.id));
    const ours = JSON.stringify(await getPublicPage(own.id));
    // "What is next" as written (no short form to spell out).
    for (const { next } of Object.values(DERBYSHIRE_SUMMARIES)) {
      expect(shire).toContain(next);
      expect(ours).not.toContain(next);
    }
    const derbyCity = await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" }, select: { id: true, publicPageEnabled: true } });
    expect(derbyCity.publicPageEnabled).toBe(false);
    expect(await getPublicPage(derbyCity.id)).toBeNull();
  });
});

describe("the public routes", () => {
  it("serves the page from a kept copy: one statement and no render when warm, no more than the dashboard's warm check", async () => {
    const cold = await body(await servePublicPage(own.slug, null));
    expect(cold.status).toBe(200);
    expect(cold.text).toContain("Approved for families");
    const rendered = renders.length;
    let warm = { status: 0, text: "" };
    const count = await statements(async () => (warm = await body(await servePublicPage(own.slug, null))));
    expect(warm).toEqual(cold);
    expect(renders.length).toBe(rendered);
    const dashboard = await statements(() => getDashboardAccess(own.userIds.admin, own.slug));
    expect(count).toBe(1);
    expect(count).toBeLessThanOrEqual(dashboard);
  });

  it("renders afresh after a write moves the data version", async () => {
    const rendered = renders.length;
    const admin = await own.caller("admin");
    const { detailsVersion } = await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { detailsVersion: true } });
    await updatePartnershipDetails(own.id, admin, { partnershipId: own.id, version: detailsVersion, name: own.name, contactEmail: "families@public-page.test" });
    const page = await body(await servePublicPage(own.slug, null));
    expect(renders.length).toBe(rendered + 1);
    expect(page.text).toContain("families@public-page.test");
  });

  it("gives the same 404, page and feed, for a page switched off, an archived partnership and an unknown address", async () => {
    const archived = await ownPartnership("public-page-archived");
    await updatePublicPageSettings(archived.id, await archived.caller("admin"), { partnershipId: archived.id, shownEnabled: false, publicPageEnabled: true });
    expect((await servePublicPage(archived.slug, null)).status).toBe(200);
    await archivePartnership(archived.id, (await ownOperator("public-page")).caller, { partnershipId: archived.id });
    const answers = [];
    for (const slug of ["derby-city", archived.slug, "no-such-partnership"]) {
      answers.push(await body(await servePublicPage(slug, null)), await body(await servePublicFeed(slug, null)));
    }
    expect(answers[0]!.status).toBe(404);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("serves the feed while the page is on", async () => {
    const feed = await servePublicFeed(own.slug, null);
    expect(feed.headers.get("Content-Type")).toContain("application/atom+xml");
    expect(await feed.text()).toContain(`/public/${own.slug}#area-pp1`);
  });
});

describe("the settings switch", () => {
  const enabled = async () => (await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { publicPageEnabled: true } })).publicPageEnabled;

  it("is the programme office's: every other role is refused and nothing changes", async () => {
    for (const role of OWN_ROLES.filter((r) => r !== "admin")) {
      await expect(updatePublicPageSettings(own.id, await own.caller(role), { partnershipId: own.id, shownEnabled: true, publicPageEnabled: false }), role).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await enabled()).toBe(true);
  });

  it("refuses a form that showed a state since changed, and turns the page off and on (a 404 at once), audited", async () => {
    const admin = await own.caller("admin");
    await expect(updatePublicPageSettings(own.id, admin, { partnershipId: own.id, shownEnabled: false, publicPageEnabled: false })).rejects.toBeInstanceOf(ConflictError);
    await updatePublicPageSettings(own.id, admin, { partnershipId: own.id, shownEnabled: true, publicPageEnabled: false });
    expect((await servePublicPage(own.slug, null)).status).toBe(404);
    await updatePublicPageSettings(own.id, admin, { partnershipId: own.id, shownEnabled: false, publicPageEnabled: true });
    expect((await servePublicPage(own.slug, null)).status).toBe(200);
    const rows = await db.auditEvent.findMany({ where: { partnershipId: own.id, action: "update public page" }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { after: true } });
    expect(rows.map((r) => r.after)).toEqual([{ publicPageEnabled: true }, { publicPageEnabled: false }, { publicPageEnabled: true }]);
  });
});
