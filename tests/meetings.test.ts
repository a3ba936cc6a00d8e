// Boards, meetings and the action and impact log against a real PostgreSQL:
// who may do what (DESIGN §4), the state machine in the data layer, closed
// meetings read-only, stale edits refused, change-request decisions naming
// their meeting, and the demo's real facts.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { meetingCases, meetingIn } from "./mutations/meetings.cases";
import { meetingSaved } from "./mutations/meetings.saved";
import type { Caller } from "@/lib/auth/caller";
import { isMutation, type Mutation } from "@/lib/audit/mutation";
import { decideChangeRequest, raiseChangeRequest } from "@/lib/changes/mutations";
import { parseIsoDate } from "@/lib/dates/format";
import { getDashboard } from "@/lib/dashboard/queries";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { carriedForward, slowToProgress } from "@/lib/meetings/compute";
import { addDecision, saveAgendaItem } from "@/lib/meetings/mutations/agenda";
import { addAttendee, recordAttendance } from "@/lib/meetings/mutations/attendees";
import { createBoard, updateBoard } from "@/lib/meetings/mutations/boards";
import { raiseImpactLogEntry, recordImpactLogUpdate } from "@/lib/meetings/mutations/impact-log";
import { changeMeetingState, updateMeeting } from "@/lib/meetings/mutations/meetings";
import { saveMinutes } from "@/lib/meetings/mutations/minutes";
import { getImpactLog, getMeeting, listMeetings } from "@/lib/meetings/queries";

let city: string;
let shire: string;
const callers: Record<string, Caller> = {};
const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
const versionOf = async (id: string) => (await db.meeting.findFirstOrThrow({ where: { id, partnershipId: city }, select: { version: true } })).version;
const audits = (entityId: string) => db.auditEvent.findMany({ where: { partnershipId: city, entityId }, orderBy: { at: "asc" }, select: { action: true, after: true } });

beforeAll(async () => {
  [city, shire] = await Promise.all([partnershipId("derby-city"), partnershipId("derbyshire")]);
  for (const role of ROLES) callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derby-city.demo`, "derby-city");
});

async function meetingMutations() {
  const dir = path.join(process.cwd(), "lib/meetings/mutations");
  const found: { key: string; fn: Mutation<unknown, unknown> }[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isMutation(value)) found.push({ key: `lib/meetings/mutations/${file}#${name}`, fn: value });
  }
  return found;
}

describe("who may change meetings, minutes and the impact log (DESIGN §4)", () => {
  it("refuses leads, contributors, viewers and advisors every meeting mutation, and writes nothing", async () => {
    const mutations = await meetingMutations();
    expect(mutations.length).toBe(18);
    const before = await db.auditEvent.count({ where: { partnershipId: city } });
    let n = 0;
    for (const { key, fn } of mutations) {
      for (const role of ["lead", "contributor", "viewer", "advisor"] as const) {
        const input = await meetingCases[key]!({ partnershipId: city, admin: callers.admin!, next: () => ++n });
        const setup = await db.auditEvent.count({ where: { partnershipId: city } });
        await expect(fn(city, callers[role]!, input), `${role} × ${key}`).rejects.toBeInstanceOf(ForbiddenError);
        expect(await db.auditEvent.count({ where: { partnershipId: city } })).toBe(setup);
      }
    }
    expect(await db.auditEvent.count({ where: { partnershipId: city } })).toBeGreaterThan(before);
  });

  it("lets the board (its chair and members) run every meeting mutation but set up boards, which is the programme office's", async () => {
    let n = 500;
    const board = callers.board!;
    let ran = 0;
    for (const { key, fn } of await meetingMutations()) {
      const input = await meetingCases[key]!({ partnershipId: city, admin: board, next: () => ++n }).catch(async () =>
        meetingCases[key]!({ partnershipId: city, admin: callers.admin!, next: () => ++n }),
      );
      if (key.includes("/boards.ts#")) {
        await expect(fn(city, board, input), key).rejects.toBeInstanceOf(ForbiddenError);
        continue;
      }
      // What was saved, read back (tests/mutations/meetings.saved.ts), and the one audit row naming the board member.
      const saved = meetingSaved[key];
      expect(saved, `${key} has a read-back`).toBeDefined();
      const audits = { where: { partnershipId: city } };
      const byBoard = { where: { partnershipId: city, actorUserId: board.actor.userId, actorName: board.actor.name } };
      const before = [await db.auditEvent.count(audits), await db.auditEvent.count(byBoard)];
      const result = await fn(city, board, input);
      await saved!(city, input as never, result as never, board.actor.name);
      expect([await db.auditEvent.count(audits), await db.auditEvent.count(byBoard)], key).toEqual([before[0]! + 1, before[1]! + 1]);
      ran++;
    }
    expect(ran).toBe(16);
  });
});

describe("the meeting's record", () => {
  it("is read-only once closed: agenda, attendance, outcomes, minutes and log updates are refused", async () => {
    const { meetingId } = await meetingIn(city, callers.admin!, "IN_PROGRESS");
    const { attendeeId } = await addAttendee(city, callers.admin!, {
      meetingId,
      name: "Dana Okafor",
      role: "DfE appointed SEND Advisor",
      organisation: "Department for Education",
      kind: "ADVISER",
      status: "PRESENT",
    });
    const item = await db.meetingAgendaItem.findFirstOrThrow({ where: { partnershipId: city, meetingId }, select: { id: true, version: true } });
    const { entryId } = await raiseImpactLogEntry(city, callers.admin!, { meetingId, title: "Closed-meeting entry", ownerRole: "Chair" });
    await changeMeetingState(city, callers.admin!, { meetingId, version: await versionOf(meetingId), transition: "close" });
    const version = await versionOf(meetingId);
    const refused = [
      () => saveAgendaItem(city, callers.admin!, { meetingId, title: "Late item" }),
      () => saveAgendaItem(city, callers.admin!, { meetingId, itemId: item.id, version: item.version, title: "Renamed" }),
      () => addAttendee(city, callers.admin!, { meetingId, name: "Late", kind: "MEMBER", status: "PRESENT" }),
      () => recordAttendance(city, callers.admin!, { meetingId, version, statuses: { [attendeeId]: "ABSENT" } }),
      () => addDecision(city, callers.admin!, { meetingId, agendaItemId: item.id, kind: "DECISION", text: "Late decision" }),
      () => saveMinutes(city, callers.admin!, { meetingId, version, minutes: "Rewritten" }),
      () => updateMeeting(city, callers.admin!, { meetingId, version, title: "Renamed", date: parseIsoDate("2026-10-01") }),
      () => recordImpactLogUpdate(city, callers.admin!, { entryId, meetingId, version: 1, state: "DONE", text: "Late" }),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toThrow(/closed/);
    await expect(changeMeetingState(city, callers.admin!, { meetingId, version, transition: "cancel", reason: "x" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("logs a re-opening with its reason, and then accepts corrections", async () => {
    const { meetingId } = await meetingIn(city, callers.admin!, "CLOSED");
    await changeMeetingState(city, callers.board!, {
      meetingId,
      version: await versionOf(meetingId),
      transition: "reopen",
      reason: "Apologies from the NHS England adviser were missed.",
    });
    const log = await audits(meetingId);
    expect(log.at(-1)).toMatchObject({ action: "reopen", after: { state: "IN_PROGRESS", reason: "Apologies from the NHS England adviser were missed." } });
    await expect(saveMinutes(city, callers.admin!, { meetingId, version: await versionOf(meetingId), minutes: "Corrected." })).resolves.toBeDefined();
  });

  it("refuses a stale edit with the conflict message and changes nothing", async () => {
    const { meetingId, version } = await meetingIn(city, callers.admin!, "IN_PROGRESS");
    await saveMinutes(city, callers.admin!, { meetingId, version, minutes: "First draft." });
    await expect(saveMinutes(city, callers.board!, { meetingId, version, minutes: "Second draft from an old page." })).rejects.toBeInstanceOf(ConflictError);
    const meeting = await getMeeting(city, meetingId);
    expect(meeting?.minutes).toBe("First draft.");
    expect(meeting?.minutesRevisions).toHaveLength(1);
  });

  it("keeps every saved version of the minutes", async () => {
    const { meetingId } = await meetingIn(city, callers.admin!, "IN_PROGRESS");
    await saveMinutes(city, callers.admin!, { meetingId, version: await versionOf(meetingId), minutes: "Draft one." });
    await saveMinutes(city, callers.admin!, { meetingId, version: await versionOf(meetingId), minutes: "Draft two." });
    const revisions = await db.meetingMinutesRevision.findMany({ where: { partnershipId: city, meetingId }, orderBy: { savedAt: "asc" }, select: { text: true } });
    expect(revisions.map((r) => r.text)).toEqual(["Draft one.", "Draft two."]);
  });

  it("invites everyone from the board's last meeting to the next, advisers in attendance and not as members", async () => {
    const first = await meetingIn(city, callers.admin!, "DRAFT", "2027-03-04");
    await addAttendee(city, callers.admin!, {
      meetingId: first.meetingId,
      name: "Priya Raman",
      role: "NHS England Advisor",
      organisation: "NHS England",
      kind: "ADVISER",
      status: "PRESENT",
    });
    const next = await meetingIn(city, callers.admin!, "DRAFT", "2027-04-01");
    const invited = (await getMeeting(city, next.meetingId))!.attendees.find((a) => a.name === "Priya Raman");
    expect(invited).toMatchObject({ kind: "ADVISER", status: "INVITED" });
  });
});

describe("change requests and meetings", () => {
  async function pendingRequest() {
    const action = await db.action.findFirstOrThrow({
      where: { partnershipId: city, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } },
      select: { id: true },
    });
    return raiseChangeRequest(city, callers.admin!, { actionId: action.id, scopeChange: "Meeting test.", reason: "Meeting test.", impact: "None." });
  }

  it("names the meeting in progress when decided at it", async () => {
    const { meetingId } = await meetingIn(city, callers.admin!, "IN_PROGRESS");
    const { changeRequestId } = await pendingRequest();
    await decideChangeRequest(city, callers.board!, {
      changeRequestId,
      version: 1,
      decision: "APPROVED",
      decisionNote: "Approved at the meeting.",
      meetingId,
      decidedWhen: "AT_MEETING",
    });
    const meeting = await getMeeting(city, meetingId);
    expect(meeting?.changeRequests).toEqual([expect.objectContaining({ id: changeRequestId, state: "APPROVED", decidedBetweenMeetings: false })]);
  });

  it("names the next meeting when decided between meetings, and refuses a closed one", async () => {
    const next = await meetingIn(city, callers.admin!, "DRAFT", "2027-05-06");
    const closed = await meetingIn(city, callers.admin!, "CLOSED");
    const first = await pendingRequest();
    await expect(
      decideChangeRequest(city, callers.board!, {
        changeRequestId: first.changeRequestId,
        version: 1,
        decision: "REJECTED",
        decisionNote: "x",
        meetingId: closed.meetingId,
        decidedWhen: "AT_MEETING",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      decideChangeRequest(city, callers.board!, {
        changeRequestId: first.changeRequestId,
        version: 1,
        decision: "REJECTED",
        decisionNote: "x",
        meetingId: next.meetingId,
        decidedWhen: "AT_MEETING",
      }),
    ).rejects.toMatchObject({ fieldErrors: { meetingId: [expect.stringMatching(/in progress/)] } });
    await decideChangeRequest(city, callers.board!, {
      changeRequestId: first.changeRequestId,
      version: 1,
      decision: "REJECTED",
      decisionNote: "Decided by the chair between meetings.",
      meetingId: next.meetingId,
      decidedWhen: "BETWEEN_MEETINGS",
    });
    expect((await getMeeting(city, next.meetingId))?.changeRequests).toEqual([expect.objectContaining({ id: first.changeRequestId, decidedBetweenMeetings: true })]);
  });
});

describe("boards", () => {
  it("sets up two tiers — a delivery board reporting to a strategic board — and no deeper", async () => {
    const strategic = await createBoard(city, callers.admin!, { name: "SEND Strategic Board", areaIds: [] });
    const areas = await db.priorityArea.findMany({ where: { partnershipId: city, archivedAt: null, parentId: null }, orderBy: { position: "asc" }, take: 2, select: { id: true } });
    const delivery = await createBoard(city, callers.admin!, { name: "SEND Delivery Board", parentBoardId: strategic.boardId, areaIds: [areas[0]!.id] });
    await expect(createBoard(city, callers.admin!, { name: "Third tier", parentBoardId: delivery.boardId, areaIds: [] })).rejects.toMatchObject({
      fieldErrors: { parentBoardId: [expect.stringMatching(/two tiers/)] },
    });
    await expect(
      updateBoard(city, callers.admin!, { id: strategic.boardId, version: 1, name: "SEND Strategic Board", parentBoardId: delivery.boardId, areaIds: [] }),
    ).rejects.toBeInstanceOf(ValidationError);
    // The delivery board's dashboard covers its areas only.
    const whole = await getDashboard(city, parseIsoDate("2026-11-20"));
    const own = await getDashboard(city, parseIsoDate("2026-11-20"), [areas[0]!.id]);
    expect(own.areas.map((a) => a.id)).toEqual([areas[0]!.id]);
    expect(whole.areas.length).toBeGreaterThan(own.areas.length);
    expect(own.totals.kpis).toBeLessThanOrEqual(whole.totals.kpis);
  });
});

describe("the demo: Derbyshire's board", () => {
  // The demo's own meetings (prisma/seed/meetings.ts): other files add meetings of their own to Derbyshire's board.
  const demoMeetings = async () =>
    (await listMeetings(shire)).filter((m) => m.title === "SEND Improvement and Assurance Board" || m.title.startsWith("Six-monthly SEND stocktake meeting"));

  it("names the meeting of 24 July 2025 on the change request it decided, with the decision's facts unchanged", async () => {
    const request = await db.changeRequest.findFirstOrThrow({
      where: { partnershipId: shire, action: { code: "1.2a" } },
      select: { state: true, decidedAt: true, decisionNote: true, proposedDueDate: true, meeting: { select: { date: true, illustrative: true, state: true } } },
    });
    expect(request).toMatchObject({ state: "APPROVED", proposedDueDate: parseIsoDate("2025-12-31"), meeting: { illustrative: false, state: "CLOSED" } });
    expect(request.decidedAt?.toISOString().slice(0, 10)).toBe("2025-07-24");
    expect(request.meeting?.date.toISOString().slice(0, 10)).toBe("2025-07-24");
    expect(request.decisionNote).toBe("Approved by the SEND Improvement and Assurance Board, 24 July 2025, provided the engagement plan is brought to the September meeting.");
  });

  it("has the DfE and NHS England advisers and the case lead in attendance at every meeting, never as members", async () => {
    const meetings = await demoMeetings();
    expect(meetings.length).toBeGreaterThan(12);
    expect(meetings.find((m) => m.date.toISOString().startsWith("2025-07-02"))?.illustrative).toBe(false);
    for (const m of meetings) {
      const detail = (await getMeeting(shire, m.id))!;
      const external = detail.attendees.filter((a) => /DfE|NHS England|Case Lead/.test(a.role ?? ""));
      expect(external.length, m.title).toBe(3);
      expect(external.every((a) => a.kind !== "MEMBER")).toBe(true);
    }
  });

  it("publishes approved minutes only, and keeps the latest held meeting's minutes in draft", async () => {
    const meetings = await listMeetings(shire);
    expect(meetings.filter((m) => m.published).every((m) => m.minutesApprovedAt)).toBe(true);
    const held = (await demoMeetings()).filter((m) => m.state === "CLOSED");
    expect(held[0]?.minutesApprovedAt).toBeNull();
    expect((await listMeetings(shire, { publishedOnly: true })).every((m) => m.published)).toBe(true);
  });

  it("has an impact log with entries slow to progress, carried forward to the next meeting", async () => {
    const { entries, meetings } = await getImpactLog(shire);
    const today = parseIsoDate("2026-11-20");
    const slow = entries.map((e) => slowToProgress({ ...e, linkedAction: null }, meetings, today)).filter((r) => r.length);
    expect(slow.length).toBeGreaterThanOrEqual(2);
    const upcoming = meetings.find((m) => m.state === "OPEN")!;
    const open = entries.filter((e) => e.state !== "DONE");
    expect(carriedForward(entries, upcoming, new Map(meetings.map((m) => [m.id, m])))).toHaveLength(open.length);
  });
});
