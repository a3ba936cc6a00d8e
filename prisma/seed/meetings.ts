// Derbyshire's SEND Improvement and Assurance Board: its meetings, minutes and
// action and impact log.
//
// Real, from the documents: the six-monthly stocktake meeting of 2 July 2025
// with the DfE and NHS England (seed 001, the letter of 15 July 2025) and the
// board's decision of 24 July 2025 on change request 1.2a (prisma/seed.ts);
// the advisors and the case lead attend "as external attendees, rather than
// members of the board" (Improvement Notice §6, seed 004); the board publishes
// its minutes on the Local Offer (plan 1.1a, seed 000). Everything else — the
// monthly meetings after July 2025, who attended, what was said, the impact
// log's updates — is illustrative and marked so wherever it shows. The demo's
// people (fictional names) stand in for the office-holders, as elsewhere in
// the demo. Meetings run monthly up to the seed's today, so the same day
// always seeds the same meetings.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { AttendanceKind, AttendanceStatus, MeetingOutcomeKind } from "../../lib/generated/prisma/enums";
import { parseIsoDate, toIsoDate } from "../../lib/dates/format";
import { STANDING_ITEMS } from "../../lib/meetings/standing";
import { ATTENDEES, IMPACT_LOG, MONTHLY_THEMES, type SeedLogEntry } from "./meetings-data";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const SECRETARY = "Sam Whitfield (SEND Programme Office Manager)";

/** The fourth Thursday of a month at 10:00, the board's illustrative monthly slot; in December the third, clear of Christmas. */
function monthlySlot(year: number, month: number): Date {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset + (month === 11 ? 14 : 21), 10));
}

type Outcome = { kind: MeetingOutcomeKind; text: string; owner?: string; due?: string };
type Item = { title: string; presenter?: string; minutes?: number; notes?: string; standing?: (typeof STANDING_ITEMS)[number]["standing"]; outcomes?: Outcome[] };
type SeedMeeting = {
  key: string;
  title: string;
  date: Date;
  durationMinutes: number;
  location: string;
  illustrative: boolean;
  /** Attendance: default present; these keys sent apologies. */
  apologies: string[];
  /** Only these attendees were invited (the stocktake meeting); default everyone. */
  only?: string[];
  items: Item[];
  minutes: string;
};

const THE_STOCKTAKE: SeedMeeting = {
  key: "2025-07-02",
  title: "Six-monthly SEND stocktake meeting: review of strategic plan and priority action plan",
  date: new Date(Date.UTC(2025, 6, 2, 10)),
  durationMinutes: 180,
  location: "County Hall, Matlock, and online",
  illustrative: false,
  apologies: [],
  only: ["chair", "programme", "education", "health", "caseLead", "dfeAdvisor", "nhseAdvisor"],
  items: [
    {
      title: "Progress against the Priority Impact Plan over the past six months, area by area",
      presenter: "Priority leads",
      minutes: 120,
      notes:
        "The partnership presented evidence of progress against the six areas for priority action. The Department and NHS England found that new governance structures, including the introduction of an independent chair, have been established to provide stronger strategic oversight and monitor progress against the plan.",
      outcomes: [
        {
          kind: "INFORMATION",
          text: "The stocktake provided assurance that the partnership is making progress against its Priority Impact Plan, with an awareness of the challenges ahead (letter of 15 July 2025).",
        },
      ],
    },
    {
      title: "Next steps",
      presenter: "DfE Regional Case Lead for SEND",
      minutes: 45,
      notes:
        "Next steps set out in the letter of 15 July 2025: review the new governance structures and embed them, including a comprehensive risk register, reporting aligned to the plan and a clear change request process for delayed actions; co-develop a joint SEND system data dashboard; publish the board's minutes on the Local Offer website; urgently address issues with performance data.",
      outcomes: [{ kind: "INFORMATION", text: "The next review of progress against the plan takes place in January 2026." }],
    },
  ],
  minutes:
    "Six-monthly SEND stocktake meeting with the Department for Education and NHS England, 2 July 2025. The record of this meeting is the joint letter of 15 July 2025 to the Managing Director of Derbyshire County Council and the Chief Executive of NHS Derby and Derbyshire ICB: it documents the feedback on each area for priority action and the next steps, which the board took into its action and impact log on 24 July 2025. (Attendance here is illustrative: the letter does not list who attended.)",
};

const JULY_BOARD: SeedMeeting = {
  key: "2025-07-24",
  title: "SEND Improvement and Assurance Board",
  date: new Date(Date.UTC(2025, 6, 24, 10)),
  durationMinutes: 150,
  location: "County Hall, Matlock, and online",
  illustrative: false,
  apologies: ["cabinet"],
  items: [
    { standing: "APOLOGIES", title: STANDING_ITEMS[0]!.title, presenter: "Independent Chair", minutes: 5 },
    {
      title: "DfE and NHS England stocktake letter of 15 July 2025",
      presenter: "Independent Chair",
      minutes: 30,
      notes: "The board received the letter following the stocktake meeting of 2 July 2025 and took its next steps into the action and impact log.",
      outcomes: [{ kind: "DECISION", text: "The next steps of the stocktake letter are entered in the action and impact log, each with an owner and a due date." }],
    },
    {
      title: "Change request: 1.2a SEND Strategy and Participation and Engagement Charter",
      presenter: "Interim Director Education",
      minutes: 20,
      notes: "Co-production of the refreshed SEND Strategy with Derbyshire Parent Carer Voice and young people needs a further round of engagement after the summer holidays.",
      outcomes: [
        {
          kind: "DECISION",
          text: "Approved: approval of the SEND Strategy (1.2a) moves from 30 September 2025 to 31 December 2025, provided the engagement plan is brought to the September meeting.",
        },
      ],
    },
    { standing: "AOB", title: STANDING_ITEMS[5]!.title, presenter: "Independent Chair", minutes: 5 },
  ],
  minutes:
    "The board received the DfE and NHS England stocktake letter of 15 July 2025 and agreed to enter its next steps in the action and impact log. The board approved the change request for action 1.2a: approval of the SEND Strategy moves from 30 September 2025 to 31 December 2025, provided the engagement plan is brought to the September meeting. (Attendance and the wording of these minutes are illustrative; the decision and its date are the board's.)",
};

function illustrativeMeeting(date: Date, index: number): SeedMeeting {
  const theme = MONTHLY_THEMES[index % MONTHLY_THEMES.length]!;
  const month = date.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  const items: Item[] = [
    { standing: "APOLOGIES", title: STANDING_ITEMS[0]!.title, presenter: "Independent Chair", minutes: 5 },
    {
      standing: "PREVIOUS_MINUTES",
      title: STANDING_ITEMS[1]!.title,
      presenter: "SEND Programme Office Manager",
      minutes: 15,
      notes: "Every open entry in the action and impact log was taken in turn; entries slow to progress were taken first.",
    },
    {
      standing: "DASHBOARD",
      title: STANDING_ITEMS[2]!.title,
      presenter: "SEND Programme Office Manager",
      minutes: 20,
      notes: "The board reviewed reported against computed status for each priority area, and the slippage list.",
      outcomes: [{ kind: "INFORMATION", text: "The board noted the dashboard and asked leads to explain every status conflict in their highlight reports." }],
    },
    {
      standing: "HIGHLIGHT_REPORTS",
      title: `${STANDING_ITEMS[3]!.title}: ${theme.area}`,
      presenter: theme.presenter,
      minutes: 40,
      notes: theme.said,
      outcomes: [
        { kind: "DECISION", text: theme.decision },
        { kind: "ACTION", text: theme.action, owner: theme.presenter, due: toIsoDate(new Date(date.getTime() + 56 * 86_400_000)) },
      ],
    },
    { standing: "RISK_REGISTER", title: STANDING_ITEMS[4]!.title, presenter: "SEND Programme Office Manager", minutes: 15, notes: theme.risk },
    { standing: "AOB", title: STANDING_ITEMS[5]!.title, presenter: "Independent Chair", minutes: 5 },
  ];
  return {
    key: toIsoDate(date),
    title: "SEND Improvement and Assurance Board",
    date,
    durationMinutes: 120,
    location: index % 2 ? "Online (Microsoft Teams)" : "County Hall, Matlock, and online",
    illustrative: true,
    apologies: [["health"], ["parentCarers"], ["cabinet"], []][index % 4]!,
    items,
    minutes: `Illustrative minutes, ${month}. The Chair welcomed members and the advisers in attendance. The board reviewed the action and impact log, the dashboard and the highlight report on ${theme.area}. ${theme.said} Decision: ${theme.decision} Action: ${theme.action}`,
  };
}

/** The board's meetings up to `today`, and the next one (agenda issued) if it falls after today. */
function schedule(today: Date): SeedMeeting[] {
  const meetings = [THE_STOCKTAKE, JULY_BOARD].filter((m) => m.date.getTime() <= today.getTime() + 86_400_000);
  for (let i = 0, y = 2025, m = 8; ; i++, m++) {
    if (m === 12) [y, m] = [y + 1, 0];
    // The board takes August off.
    if (m === 7) continue;
    const date = monthlySlot(y, m);
    meetings.push(illustrativeMeeting(date, i));
    if (date.getTime() > today.getTime()) break;
  }
  return meetings;
}

export async function seedDerbyshireMeetings(tx: Tx, partnershipId: string, today: Date) {
  const board = await tx.board.findFirstOrThrow({ where: { partnershipId }, select: { id: true } });
  const meetings = schedule(today);
  const held = meetings.filter((m) => m.date.getTime() <= today.getTime());
  const ids = new Map<string, string>();
  for (const spec of meetings) {
    const isHeld = spec.date.getTime() <= today.getTime();
    const next = held[held.indexOf(spec) + 1];
    // Minutes are approved at the next meeting held and then published; the latest stay in draft.
    // The stocktake's record is the Department's letter, which the board received on 24 July 2025; it is not published as minutes.
    const approvedAt = isHeld && next ? next : undefined;
    const attendees = ATTENDEES.filter((a) => !spec.only || spec.only.includes(a.key));
    const meeting = await tx.meeting.create({
      data: {
        partnershipId,
        boardId: board.id,
        title: spec.title,
        date: spec.date,
        durationMinutes: spec.durationMinutes,
        location: spec.location,
        illustrative: spec.illustrative,
        state: isHeld ? "CLOSED" : "OPEN",
        minutes: isHeld ? spec.minutes : null,
        minutesApprovedAt: approvedAt ? approvedAt.date : null,
        published: Boolean(approvedAt) && spec.key !== THE_STOCKTAKE.key,
        publishedAt: approvedAt && spec.key !== THE_STOCKTAKE.key ? new Date(approvedAt.date.getTime() + 7 * 86_400_000) : null,
        createdAt: new Date(spec.date.getTime() - 21 * 86_400_000),
        attendees: {
          create: attendees.map((a, position) => ({
            name: a.name,
            organisation: a.organisation,
            role: a.role,
            kind: a.kind as AttendanceKind,
            status: (isHeld ? (spec.apologies.includes(a.key) ? "APOLOGIES" : "PRESENT") : "INVITED") as AttendanceStatus,
            position,
          })),
        },
        minutesRevisions: isHeld ? { create: [{ text: spec.minutes, savedByName: SECRETARY, savedAt: new Date(spec.date.getTime() + 2 * 86_400_000) }] } : undefined,
      },
    });
    ids.set(spec.key, meeting.id);
    for (const [position, item] of spec.items.entries()) {
      const created = await tx.meetingAgendaItem.create({
        data: {
          partnershipId,
          meetingId: meeting.id,
          position,
          title: item.title,
          presenter: item.presenter,
          durationMinutes: item.minutes,
          standing: item.standing,
          notes: isHeld ? item.notes : null,
        },
      });
      if (!isHeld) continue;
      await tx.meetingDecision.createMany({
        data: (item.outcomes ?? []).map((o, p) => ({
          partnershipId,
          meetingId: meeting.id,
          agendaItemId: created.id,
          kind: o.kind,
          text: o.text,
          owner: "owner" in o ? o.owner : null,
          dueDate: "due" in o && o.due ? parseIsoDate(o.due) : null,
          position: p,
          createdByName: SECRETARY,
        })),
      });
    }
  }
  // Record which earlier meeting approved each set of minutes.
  for (const [i, spec] of held.entries()) {
    const next = held[i + 1];
    if (next) {
      await tx.meeting.updateMany({ where: { partnershipId, id: ids.get(spec.key)! }, data: { minutesApprovedMeetingId: ids.get(next.key)! } });
    }
  }
  // The real decision of 24 July 2025 names its meeting.
  await tx.changeRequest.updateMany({ where: { partnershipId, action: { code: "1.2a" }, state: "APPROVED" }, data: { meetingId: ids.get(JULY_BOARD.key) ?? null } });
  await seedImpactLog(
    tx,
    partnershipId,
    today,
    held.map((m) => ({ key: m.key, id: ids.get(m.key)!, date: m.date })),
  );
  return { meetings: meetings.length };
}

async function seedImpactLog(tx: Tx, partnershipId: string, today: Date, held: { key: string; id: string; date: Date }[]) {
  // The action linked to the "off track" entry: the first live action past its due date and not complete.
  const overdue = await tx.action.findFirst({
    where: { partnershipId, archivedAt: null, completedAt: null, reportedStatus: { not: "COMPLETE" }, currentDueDate: { lt: today } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, priorityAreaId: true },
  });
  let number = 0;
  for (const entry of IMPACT_LOG) {
    const raisedAt = held.find((m) => m.key >= entry.raisedFrom);
    if (!raisedAt) continue;
    const links = await linksOf(tx, partnershipId, entry, overdue);
    const after = held.filter((m) => m.date > raisedAt.date);
    const states = after.map((_, i) => entry.progress(i, after.length));
    const doneAt = states.indexOf("DONE");
    const kept = doneAt >= 0 ? after.slice(0, doneAt + 1) : after;
    const last = doneAt >= 0 ? "DONE" : (states.at(-1) ?? "OPEN");
    const created = await tx.impactLogEntry.create({
      data: {
        partnershipId,
        number: ++number,
        meetingId: raisedAt.id,
        title: entry.title.replace("{action}", links.actionCode ?? "the linked action"),
        description: entry.description,
        ownerName: entry.ownerName,
        ownerRole: entry.ownerRole,
        raisedOn: new Date(Date.UTC(raisedAt.date.getUTCFullYear(), raisedAt.date.getUTCMonth(), raisedAt.date.getUTCDate())),
        dueDate: entry.due(raisedAt.date),
        state: last,
        closedAt: doneAt >= 0 ? kept.at(-1)!.date : null,
        priorityAreaId: links.priorityAreaId,
        actionId: links.actionId,
        createdAt: raisedAt.date,
      },
    });
    await tx.impactLogUpdate.createMany({
      data: kept
        .map((m, i) => ({ m, state: states[i]!, text: entry.update(states[i]!, i, kept.length) }))
        // An entry can be skipped at a meeting (no update given): the slow-to-progress rule counts that.
        .filter((u) => u.text !== null)
        .map((u) => ({ partnershipId, entryId: created.id, meetingId: u.m.id, state: u.state, text: u.text!, authorName: SECRETARY, createdAt: u.m.date })),
    });
  }
}

async function linksOf(tx: Tx, partnershipId: string, entry: SeedLogEntry, overdue: { id: string; code: string; priorityAreaId: string } | null) {
  if (entry.actionCode === "OVERDUE") return { actionId: overdue?.id ?? null, priorityAreaId: overdue?.priorityAreaId ?? null, actionCode: overdue?.code };
  const action = entry.actionCode ? await tx.action.findFirst({ where: { partnershipId, code: entry.actionCode }, select: { id: true, code: true, priorityAreaId: true } }) : null;
  const area = entry.areaCode ? await tx.priorityArea.findFirst({ where: { partnershipId, code: entry.areaCode }, select: { id: true } }) : null;
  return { actionId: action?.id ?? null, priorityAreaId: area?.id ?? action?.priorityAreaId ?? null, actionCode: action?.code };
}
