// The demo's story carried from the documents' date to the seed's today.
//
// The documents stop in July 2025 (Derbyshire) and September 2025 (Derby
// City). Left there, a demo opened in late 2026 is a wall of red: every date
// passed, nothing updated. So the seed continues each action's story as it
// plausibly went on — monthly updates by its lead, milestones recorded met or
// missed with evidence, change requests raised and decided by the board, KPI
// series continuing their trajectories — and marks every such row
// "Illustrative" (its provenance column), so no one mistakes it for the
// partnership's own record. The documents' facts and dates are never changed.
//
// Deterministic: events are written relative to `today` ("T-30") or on fixed
// dates, skipped when they would fall after today, and the few random choices
// come from a generator seeded by the partnership and the day.
import { addMonths, lastDayOfMonth } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { EvidenceKind, Status } from "../../lib/generated/prisma/enums";
import { formatUkDate, formatUkMonth, parseIsoDate } from "../../lib/dates/format";
import { mulberry32 } from "../../lib/numbers/seeded";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const ILLUSTRATIVE = "Illustrative: continues the plan beyond the documents.";

/** "2025-09-24", or relative to the seed's today: "T-30", "T+25" (days). */
export type When = string;

export type StoryChange = {
  raised: When;
  to: When;
  /** Undecided (or decided after today): the request waits for the board. */
  decided?: When;
  approve?: boolean;
  reason: string;
  impact: string;
  /** The board's decision note. */
  note?: string;
};

export type ActionStory = {
  /** Progress sentences, one per monthly update, in order (repeated if the story runs longer). */
  work: string[];
  changes?: StoryChange[];
  /** The documents' own pending change request, decided here. */
  decideDocChange?: { on: When; approve: boolean; note: string };
  completes?: When;
  done?: string;
  evidence?: { title: string; kind?: EvidenceKind };
  /** The lead reports amber from this date, and why. */
  amberFrom?: When;
  amber?: string;
  /** The lead reports red from this date, and why. */
  redFrom?: When;
  red?: string;
  /** The last update is on or before this date: the action is owed one since. */
  silentFrom?: When;
  /** One-off milestones (by their final due date) recorded missed. */
  missed?: When[];
  /** Evidence already in for the next milestone (so it is not "due without evidence"). */
  evidenceSoFar?: { title: string; on: When; kind?: EvidenceKind };
};

export type KpiStory = {
  /** Values by period ("2025-10" or "2025-10-01"): the month in which the period ends. */
  values?: [string, number][];
  /** Monthly: waypoints [months after `from`, value], interpolated, with a little noise. */
  monthly?: { from: string; points: [number, number][]; noise: number; stop?: string };
  /** Definition for KPIs the documents name without figures (Derbyshire's). */
  define?: { baseline: [string, number]; target: [string, number]; tolerance: number; provenance: string };
};

export type People = {
  lead: { membershipId: string; display: string };
  contributor: { membershipId: string; display: string };
  board: { display: string };
};

export type StoryInput = {
  partnershipId: string;
  slug: string;
  today: Date;
  people: People;
  actions: Record<string, ActionStory>;
  kpis: Record<string, KpiStory>;
  /** Closing sentences in the documents' voice, chosen at random for monthly updates. */
  voice: string[];
};

const DAY = 86_400_000;

function resolve(when: When, today: Date): Date {
  const relative = /^T([+-]\d+)$/.exec(when);
  if (relative) return new Date(today.getTime() + Number(relative[1]) * DAY);
  return parseIsoDate(when.length === 7 ? `${when}-01` : when);
}

/** The seeded generator (lib/numbers/seeded.ts), seeded from text: the same partnership and day give the same demo. */
function generator(seed: string) {
  return mulberry32([...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261));
}

const monthEnd = (date: Date) => new Date(lastDayOfMonth(new UTCDate(date)).getTime());
const nextMonthEnd = (date: Date) => monthEnd(addMonths(new UTCDate(date), 1));
const min = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

type Row = Awaited<ReturnType<typeof loadActions>>[number];

function loadActions(tx: Tx, partnershipId: string) {
  return tx.action.findMany({
    where: { partnershipId },
    select: {
      id: true,
      code: true,
      leadRole: true,
      leadMembershipId: true,
      currentDueDate: true,
      reportedStatus: true,
      reportedAt: true,
      assignees: { select: { membershipId: true } },
      changeRequests: { where: { partnershipId }, select: { id: true, state: true, proposedDueDate: true, createdAt: true } },
      milestones: {
        where: { partnershipId },
        select: { id: true, text: true, frequency: true, dueDate: true, occurrences: { where: { partnershipId }, orderBy: { dueDate: "asc" }, select: { id: true, dueDate: true, state: true } } },
      },
    },
  });
}

/** Continues every action with a story, then every KPI with one. */
export async function continueStory(tx: Tx, input: StoryInput) {
  const rand = generator(`${input.slug}|${input.today.toISOString().slice(0, 10)}`);
  const actions = await loadActions(tx, input.partnershipId);
  for (const action of actions) {
    const story = input.actions[action.code];
    if (story) await continueAction(tx, input, action, story, rand);
  }
  await continueKpis(tx, input, rand);
}

async function continueAction(tx: Tx, input: StoryInput, action: Row, story: ActionStory, rand: () => number) {
  const { partnershipId, today, people } = input;
  const at = (when: When | undefined) => (when ? resolve(when, today) : null);
  const past = (date: Date | null): date is Date => date !== null && date.getTime() <= today.getTime();
  const lead = action.leadMembershipId ? people.lead.display : (action.leadRole ?? people.lead.display);
  const assigned = action.assignees.some((a) => a.membershipId === people.contributor.membershipId);
  const start = action.reportedAt ?? today;
  // Actions the documents already report complete only keep recording their recurring measures.
  const alreadyComplete = action.reportedStatus === "COMPLETE";
  const completes = alreadyComplete ? start : at(story.completes);
  const silent = at(story.silentFrom);
  const amberFrom = at(story.amberFrom);
  const redFrom = at(story.redFrom);

  // Change requests: the documents' pending one decided, then the story's own.
  let due = action.currentDueDate;
  const decisions: { on: Date; approve: boolean; to: Date; note: string; raised: Date }[] = [];
  const docPending = action.changeRequests.find((c) => c.state === "PENDING");
  if (docPending && story.decideDocChange && past(at(story.decideDocChange.on))) {
    const on = at(story.decideDocChange.on)!;
    await tx.changeRequest.updateMany({
      where: { id: docPending.id, partnershipId },
      data: { state: story.decideDocChange.approve ? "APPROVED" : "REJECTED", decisionNote: story.decideDocChange.note, decidedByName: people.board.display, decidedAt: on },
    });
    if (story.decideDocChange.approve && docPending.proposedDueDate) decisions.push({ on, approve: true, to: docPending.proposedDueDate, note: story.decideDocChange.note, raised: docPending.createdAt });
  }
  for (const approved of action.changeRequests.filter((c) => c.state === "APPROVED" && c.proposedDueDate)) {
    decisions.push({ on: approved.createdAt, approve: true, to: approved.proposedDueDate!, note: "", raised: approved.createdAt });
  }
  const pending: { raised: Date; to: Date }[] = [];
  for (const change of story.changes ?? []) {
    const raised = at(change.raised)!;
    if (!past(raised)) continue;
    const to = at(change.to)!;
    const decided = at(change.decided);
    const isDecided = past(decided);
    await tx.changeRequest.create({
      data: {
        partnershipId,
        actionId: action.id,
        previousDueDate: decisions.filter((d) => d.approve && d.on <= raised).at(-1)?.to ?? action.currentDueDate,
        proposedDueDate: to,
        reason: change.reason,
        impact: change.impact,
        requestedByName: lead,
        createdAt: raised,
        state: isDecided ? (change.approve === false ? "REJECTED" : "APPROVED") : "PENDING",
        decisionNote: isDecided ? change.note ?? `Agreed by the board: the new due date is ${formatUkDate(to)}.` : null,
        decidedByName: isDecided ? people.board.display : null,
        decidedAt: isDecided ? decided : null,
        provenance: ILLUSTRATIVE,
      },
    });
    if (isDecided) decisions.push({ on: decided!, approve: change.approve !== false, to, note: change.note ?? "", raised });
    else pending.push({ raised, to });
  }
  for (const decision of decisions.filter((d) => d.approve).sort((a, b) => a.on.getTime() - b.on.getTime())) {
    due = decision.to;
    // The board's approval moves the action's measures with it: unsettled one-off milestones due before the new date.
    for (const milestone of action.milestones.filter((m) => !m.frequency)) {
      for (const occurrence of milestone.occurrences) {
        if (occurrence.state !== "PENDING" || occurrence.dueDate >= decision.to || occurrence.dueDate.getTime() < decision.raised.getTime() - 45 * DAY) continue;
        occurrence.dueDate = decision.to;
        await tx.milestoneOccurrence.updateMany({ where: { id: occurrence.id, partnershipId }, data: { dueDate: decision.to } });
        await tx.milestone.updateMany({ where: { id: milestone.id, partnershipId }, data: { dueDate: decision.to } });
      }
    }
  }
  const decidedIn = (from: Date, to: Date) => decisions.filter((d) => d.on > from && d.on <= to);

  const statusAt = (date: Date): Status => {
    if (completes && completes <= date) return "COMPLETE";
    if (redFrom && redFrom <= date) return "OFF_TRACK";
    if (amberFrom && amberFrom <= date) return "AT_RISK";
    return "ON_TRACK";
  };

  // Monthly updates from the month after the documents' last one, until complete, silent or today.
  const updates: { createdAt: Date; status: Status; commentary: string; authorName: string }[] = [];
  const stop = min(today, ...(silent ? [silent] : []), ...(completes ? [new Date(completes.getTime() - DAY)] : []));
  let previous = start;
  let index = 0;
  for (let month = nextMonthEnd(start); !alreadyComplete && month <= stop; month = nextMonthEnd(month), index++) {
    const status = statusAt(month);
    const parts: string[] = [];
    if (status === "OFF_TRACK" && story.red && (index === 0 || statusAt(previous) !== "OFF_TRACK")) parts.push(story.red);
    else if (status === "AT_RISK" && story.amber && (index === 0 || statusAt(previous) !== "AT_RISK")) parts.push(story.amber);
    else parts.push(story.work[index % story.work.length]!);
    for (const decision of decidedIn(previous, month)) {
      parts.push(decision.approve ? `The Board approved the revised due date of ${formatUkDate(decision.to)} on ${formatUkDate(decision.on)}.` : `The Board did not agree the change request on ${formatUkDate(decision.on)}: ${decision.note}`);
    }
    for (const request of pending.filter((p) => p.raised <= month)) parts.push(`A change request to move the due date to ${formatUkDate(request.to)} is with the Board.`);
    if (rand() < 0.45) parts.push(input.voice[Math.floor(rand() * input.voice.length)]!);
    const byContributor = assigned && index % 3 === 1;
    updates.push({ createdAt: month, status, commentary: parts.map(sentence).join(" "), authorName: byContributor ? people.contributor.display : lead });
    previous = month;
  }
  if (!alreadyComplete && past(completes) && (!silent || completes <= silent)) {
    updates.push({ createdAt: completes, status: "COMPLETE", commentary: sentence(story.done ?? "Complete, with the evidence reported to the Board."), authorName: lead });
  }
  if (updates.length) {
    await tx.actionUpdate.createMany({ data: updates.map((u) => ({ partnershipId, actionId: action.id, ...u, provenance: ILLUSTRATIVE })) });
    const last = updates.at(-1)!;
    await tx.action.updateMany({
      where: { id: action.id, partnershipId },
      data: { reportedStatus: last.status, reportedCommentary: last.commentary, reportedAt: last.createdAt, completedAt: last.status === "COMPLETE" ? last.createdAt : null, currentDueDate: due },
    });
  } else if (due?.getTime() !== action.currentDueDate?.getTime()) {
    await tx.action.updateMany({ where: { id: action.id, partnershipId }, data: { currentDueDate: due } });
  }

  // Milestones falling due since the documents: recorded at the next month end, met or missed.
  const missed = new Set((story.missed ?? []).map((w) => resolve(w, today).getTime()));
  // Nobody records what falls due once the updates stop: the board sees it unrecorded.
  const stoppedAt = silent && !past(completes) ? silent : null;
  for (const milestone of action.milestones) {
    for (const occurrence of milestone.occurrences) {
      if (occurrence.state !== "PENDING" || !past(occurrence.dueDate)) continue;
      if (stoppedAt && occurrence.dueDate > stoppedAt) continue;
      const recorded = new Date(Math.max(occurrence.dueDate.getTime(), min(monthEnd(occurrence.dueDate), today, ...(past(completes) && completes >= occurrence.dueDate ? [completes] : [])).getTime()));
      const isMissed = missed.has(occurrence.dueDate.getTime()) || statusAt(occurrence.dueDate) === "OFF_TRACK";
      const note = isMissed
        ? `Not met by ${formatUkDate(occurrence.dueDate)}. ${sentence(story.red ?? story.amber ?? story.work[0]!)}`
        : milestone.frequency
          ? `Reported to the SEND board for ${formatUkMonth(occurrence.dueDate)}.`
          : sentence(story.done && past(completes) && recorded.getTime() === completes.getTime() ? story.done : `Met. ${story.evidence?.title ?? story.work.at(-1)!}`);
      await tx.milestoneOccurrence.updateMany({
        where: { id: occurrence.id, partnershipId },
        data: { state: isMissed ? "MISSED" : "MET", note, decidedAt: recorded, decidedByName: lead, provenance: ILLUSTRATIVE },
      });
      if (!isMissed && !milestone.frequency) {
        await tx.evidence.create({
          data: {
            partnershipId,
            actionId: action.id,
            milestoneId: milestone.id,
            milestoneOccurrenceId: occurrence.id,
            title: story.evidence?.title ?? `Evidence for the milestone due ${formatUkDate(occurrence.dueDate)}`,
            kind: story.evidence?.kind ?? "DOCUMENT",
            date: recorded,
            text: note,
            createdByName: lead,
            provenance: ILLUSTRATIVE,
          },
        });
      }
    }
  }
  if (story.evidenceSoFar && past(at(story.evidenceSoFar.on))) {
    const next = action.milestones.flatMap((m) => m.occurrences.map((o) => ({ m, o }))).filter(({ o }) => o.state === "PENDING" && !past(o.dueDate)).sort((a, b) => a.o.dueDate.getTime() - b.o.dueDate.getTime())[0];
    if (next) {
      await tx.evidence.create({
        data: {
          partnershipId,
          actionId: action.id,
          milestoneId: next.m.id,
          milestoneOccurrenceId: next.o.id,
          title: story.evidenceSoFar.title,
          kind: story.evidenceSoFar.kind ?? "DOCUMENT",
          date: at(story.evidenceSoFar.on)!,
          createdByName: lead,
          provenance: ILLUSTRATIVE,
        },
      });
    }
  }
}

/** A value for a period is entered by the end of the month after the period ends. */
const enteredBy = (period: Date) => nextMonthEnd(period);

function rounded(value: number, unit: string): number {
  if (unit === "COUNT" || unit === "DAYS") return Math.max(0, Math.round(value));
  const one = Math.round(value * 10) / 10;
  return unit === "PERCENT" ? Math.min(100, Math.max(0, one)) : Math.max(0, one);
}

async function continueKpis(tx: Tx, input: StoryInput, rand: () => number) {
  const { partnershipId, today } = input;
  const kpis = await tx.kpi.findMany({
    where: { partnershipId },
    select: { id: true, code: true, unit: true, frequency: true, values: { where: { partnershipId }, select: { period: true } } },
  });
  for (const kpi of kpis) {
    const story = input.kpis[kpi.code];
    if (!story) continue;
    if (story.define) {
      await tx.kpi.updateMany({
        where: { id: kpi.id, partnershipId },
        data: {
          baselineDate: resolve(story.define.baseline[0], today),
          baselineValue: story.define.baseline[1],
          targetDate: resolve(story.define.target[0], today),
          targetValue: story.define.target[1],
          tolerance: story.define.tolerance,
          provenance: story.define.provenance,
        },
      });
    }
    const points: [Date, number][] = (story.values ?? []).map(([period, value]) => [resolve(period, today), value]);
    if (story.monthly) {
      const from = resolve(story.monthly.from, today);
      const waypoints = story.monthly.points;
      const stop = story.monthly.stop ? resolve(story.monthly.stop, today) : null;
      for (let i = 0; ; i++) {
        const period = new Date(addMonths(new UTCDate(from), i).getTime());
        if (enteredBy(period) > today || (stop && period > stop)) break;
        const after = waypoints.findIndex(([m]) => m >= i);
        const [m1, v1] = after <= 0 ? waypoints[Math.max(0, after)]! : waypoints[after - 1]!;
        const [m2, v2] = after < 0 ? waypoints.at(-1)! : waypoints[after]!;
        const base = m2 === m1 ? v2 : v1 + ((v2 - v1) * (i - m1)) / (m2 - m1);
        points.push([period, base + (rand() * 2 - 1) * story.monthly.noise]);
      }
    }
    const taken = new Set(kpi.values.map((v) => v.period.getTime()));
    const rows = points
      .filter(([period]) => enteredBy(period) <= today && !taken.has(period.getTime()))
      .map(([period, value]) => ({
        partnershipId,
        kpiId: kpi.id,
        period,
        value: rounded(value, kpi.unit),
        enteredByName: input.people.lead.display,
        enteredAt: enteredBy(period),
        provenance: ILLUSTRATIVE,
      }));
    if (rows.length) await tx.kpiValue.createMany({ data: rows });
  }
}
