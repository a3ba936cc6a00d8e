// Links to other meetings, decided by the page loaders (issue 22, the probe's
// finding 5): a meeting the viewer may not open (an advisor, a meeting whose
// minutes are not published) is named as text, never linked. In a
// partnership of this file's own: C's minutes approved at A, A's approved at
// B (in progress) and published; B and C unpublished. Then Derbyshire's own meetings, read
// as its advisor: every link the loader gives them opens for them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { partnershipId } from "./support/callers";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { meetingIn } from "./mutations/meetings.cases";
import type { Caller } from "@/lib/auth/caller";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { today } from "@/lib/clock";
import { addDecision } from "@/lib/meetings/mutations/agenda";
import { changeMeetingState } from "@/lib/meetings/mutations/meetings";
import { approveMinutes, publishMinutes, saveMinutes } from "@/lib/meetings/mutations/minutes";
import { meetingPath } from "@/lib/meetings/paths";
import { getDecisionLogPage, getMeetingPage, getMeetingsPage } from "@/lib/meetings/view";

let own: OwnPartnership;
let admin: Caller;
const ids = { a: "", b: "", c: "" };

const dateOf = async (id: string) => (await db.meeting.findFirstOrThrow({ where: { id, partnershipId: own.id }, select: { date: true } })).date;
const versionOf = async (id: string) => (await db.meeting.findFirstOrThrow({ where: { id, partnershipId: own.id }, select: { version: true } })).version;

beforeAll(async () => {
  own = await ownPartnership("meeting-links", { advisorDashboardAccess: true });
  admin = await own.caller("admin");
  const held = async (date: string) => {
    const { meetingId, version } = await meetingIn(own.id, admin, "IN_PROGRESS", date);
    await saveMinutes(own.id, admin, { meetingId, version, minutes: `The minutes of ${date}.` });
    return meetingId;
  };
  const close = async (meetingId: string) => changeMeetingState(own.id, admin, { meetingId, version: await versionOf(meetingId), transition: "close" });
  ids.c = await held("2026-06-01");
  await close(ids.c);
  ids.a = await held("2026-08-01");
  await approveMinutes(own.id, admin, { meetingId: ids.a, minutesOfId: ids.c, version: await versionOf(ids.c) });
  await close(ids.a);
  ids.b = await held("2026-10-01");
  await approveMinutes(own.id, admin, { meetingId: ids.b, minutesOfId: ids.a, version: await versionOf(ids.a) });
  await publishMinutes(own.id, admin, { meetingId: ids.a, version: await versionOf(ids.a), publish: true });
});

describe("the minutes' links to other meetings", () => {
  it("names the approving meeting and the meetings approved there as text to an advisor, who cannot open them", async () => {
    const advisor = await own.member("advisor");
    const page = (await getMeetingPage(advisor, ids.a, today()))!;
    expect(page.meeting.id).toBe(ids.a);
    expect(page.minutesLinks.approvedAt).toEqual({ date: await dateOf(ids.b), href: null });
    expect(page.minutesLinks.approved).toEqual([{ id: ids.c, date: await dateOf(ids.c), href: null }]);
    // Indeed neither opens for them.
    expect(await getMeetingPage(advisor, ids.b, today())).toBeNull();
    expect(await getMeetingPage(advisor, ids.c, today())).toBeNull();
  });

  it("links them for every member who reads all meetings", async () => {
    for (const role of ["admin", "board", "lead", "contributor", "viewer"] as const) {
      const page = (await getMeetingPage(await own.member(role), ids.a, today()))!;
      expect(page.minutesLinks.approvedAt?.href, role).toBe(meetingPath(own.slug, ids.b));
      expect(
        page.minutesLinks.approved.map((m) => m.href),
        role,
      ).toEqual([meetingPath(own.slug, ids.c)]);
    }
  });

  it("links a meeting for the advisor once its minutes are published, and the text again once they are withdrawn", async () => {
    const advisor = await own.member("advisor");
    await publishMinutes(own.id, admin, { meetingId: ids.c, version: await versionOf(ids.c), publish: true });
    try {
      expect((await getMeetingPage(advisor, ids.a, today()))!.minutesLinks.approved.map((m) => m.href)).toEqual([meetingPath(own.slug, ids.c)]);
      // And C's page links back to A, where its minutes were approved: A is published.
      expect((await getMeetingPage(advisor, ids.c, today()))!.minutesLinks.approvedAt?.href).toBe(meetingPath(own.slug, ids.a));
    } finally {
      await publishMinutes(own.id, admin, { meetingId: ids.c, version: await versionOf(ids.c), publish: false });
    }
    expect((await getMeetingPage(advisor, ids.a, today()))!.minutesLinks.approved.map((m) => m.href)).toEqual([null]);
  });

  it("gives another partnership's programme office nothing: the meeting is not found", async () => {
    const elsewhere = await db.user.findUniqueOrThrow({ where: { email: "admin@derby-city.demo" } });
    const row = (await getMembershipBySlug(elsewhere.id, "derby-city"))!;
    const member = memberContext({ userId: elsewhere.id, name: elsewhere.name, email: elsewhere.email, sessionVersion: elsewhere.sessionVersion }, row);
    expect(member.partnershipId).toBe(await partnershipId("derby-city"));
    expect(await getMeetingPage(member, ids.a, today())).toBeNull();
  });
});

describe("the decision log's links", () => {
  it("leads each decision to its meeting's page, decided by the loader", async () => {
    const item = await db.meetingAgendaItem.findFirstOrThrow({ where: { partnershipId: own.id, meetingId: ids.b }, orderBy: { position: "asc" }, select: { id: true } });
    await addDecision(own.id, admin, { meetingId: ids.b, agendaItemId: item.id, kind: "DECISION", text: "Agreed in the links test." });
    const page = (await getDecisionLogPage(await own.member("board"), {}))!;
    expect(page.rows.filter((r) => r.text === "Agreed in the links test.").map((r) => r.href)).toEqual([meetingPath(own.slug, ids.b)]);
    expect(await getDecisionLogPage(await own.member("advisor"), {})).toBeNull();
  });
});

describe("Derbyshire, read as its advisor", () => {
  it("gives links only to meetings the advisor can open, from the list and every meeting they can open", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "advisor@dfe.demo" } });
    const advisor: MemberContext = memberContext(
      { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
      (await getMembershipBySlug(user.id, "derbyshire"))!,
    );
    expect(advisor.scope.role).toBe("ADVISOR");
    const list = (await getMeetingsPage(advisor, today()))!;
    const listed = [...list.upcoming, ...list.past];
    expect(listed.length).toBeGreaterThan(0);
    const hrefs = new Set<string>();
    for (const m of listed) {
      const page = (await getMeetingPage(advisor, m.id, today()))!;
      expect(page, m.title).not.toBeNull();
      for (const link of [page.minutesLinks.approvedAt, ...page.minutesLinks.approved]) if (link?.href) hrefs.add(link.href);
    }
    for (const href of hrefs) {
      const id = href.split("/").at(-1)!;
      expect(await getMeetingPage(advisor, id, today()), href).not.toBeNull();
    }
  });
});
