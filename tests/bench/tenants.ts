// Data for `npm run bench`: the largest realistic tenant (DESIGN §7: 10
// areas, 300 actions, 1,000 milestone occurrences, 80 KPIs × 60 monthly
// values, 200 risks, 5 years of history) and 150 small ones. Generated
// relative to `today`, so statuses are a live mix (on track, slipping,
// overdue, not due) rather than everything past its dates. Deterministic:
// the same day gives the same data.
import { randomUUID } from "node:crypto";
import { addDays, addMonths, startOfMonth } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Status } from "../../lib/generated/prisma/enums";
import { mulberry32 } from "../../lib/numbers/seeded";
import { occurrenceDates } from "../../lib/plan/recurrence";

export const LARGEST_SLUG = "bench-largest";
export const SMALL_TENANTS = 150;
export const BENCH_BOARD_EMAIL = `board@${LARGEST_SLUG}.bench`;
export const SMALL_BOARD_EMAIL = "board@bench-small-001.bench";

const STATUSES: Status[] = ["ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"];
const THEMES = [
  "Strategic direction and joint needs assessment",
  "Joint commissioning",
  "Timeliness and quality of EHC plans",
  "Neurodevelopmental pathways",
  "Preparation for adulthood",
  "Inclusion in mainstream schools",
  "Alternative provision",
  "Co-production with families",
  "Therapies and health provision",
  "Workforce development",
];

type Counts = { areas: number; outcomesPerArea: number; actionsPerOutcome: number; kpis: number; kpiMonths: number; risks: number; historyMonths: number; recurringMilestones: number };

export const LARGEST: Counts = { areas: 10, outcomesPerArea: 3, actionsPerOutcome: 10, kpis: 80, kpiMonths: 60, risks: 200, historyMonths: 60, recurringMilestones: 40 };
const SMALL: Counts = { areas: 2, outcomesPerArea: 1, actionsPerOutcome: 4, kpis: 4, kpiMonths: 12, risks: 5, historyMonths: 6, recurringMilestones: 1 };


/** Every row of one tenant, built in memory and written with createMany. */
function tenantRows(slug: string, name: string, counts: Counts, today: Date, userIds: Record<string, string>, seed: number) {
  const rand = mulberry32(seed);
  const pick = <T,>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  const partnershipId = randomUUID();
  const rows = {
    partnership: [] as object[],
    board: [] as object[],
    membership: [] as object[],
    membershipArea: [] as object[],
    priorityArea: [] as object[],
    outcome: [] as object[],
    action: [] as object[],
    actionUpdate: [] as object[],
    milestone: [] as object[],
    milestoneOccurrence: [] as object[],
    kpi: [] as object[],
    kpiArea: [] as object[],
    kpiTrajectoryPoint: [] as object[],
    kpiValue: [] as object[],
    kpiBenchmark: [] as object[],
    risk: [] as object[],
    riskArea: [] as object[],
    riskAction: [] as object[],
    riskReview: [] as object[],
    changeRequest: [] as object[],
    auditEvent: [] as object[],
  };
  const month0 = startOfMonth(new UTCDate(today));
  const historyStart = addMonths(month0, -counts.historyMonths);
  rows.partnership.push({ id: partnershipId, slug, name, localAuthority: `${name} Council`, icb: "NHS Benchmark Integrated Care Board", advisorDashboardAccess: true });
  rows.board.push({ id: randomUUID(), partnershipId, name: "SEND Improvement Board", chairRole: "Independent Chair" });

  const memberships: Record<string, string> = {};
  for (const [key, role] of [["admin", "ADMIN"], ["board", "BOARD"], ["lead", "LEAD"], ["contributor", "CONTRIBUTOR"], ["viewer", "VIEWER"]] as const) {
    if (!userIds[key]) continue;
    memberships[key] = randomUUID();
    rows.membership.push({ id: memberships[key], partnershipId, userId: userIds[key], role, jobTitle: `${role.toLowerCase()} (benchmark)` });
  }

  const actionIds: string[] = [];
  for (let a = 0; a < counts.areas; a++) {
    const areaId = randomUUID();
    const code = `PIA${a + 1}`;
    rows.priorityArea.push({ id: areaId, partnershipId, code, kind: "PRIORITY_ACTION", title: `Priority Impact Area ${a + 1}: ${THEMES[a % THEMES.length]}`, finding: "Generated for the benchmark.", leadRoles: ["Director of Children's Services"], position: a });
    if (a === 0 && memberships.lead) rows.membershipArea.push({ partnershipId, membershipId: memberships.lead, priorityAreaId: areaId });
    for (let o = 0; o < counts.outcomesPerArea; o++) {
      const outcomeId = randomUUID();
      rows.outcome.push({ id: outcomeId, partnershipId, priorityAreaId: areaId, code: `${a + 1}.${o + 1}`, text: `Outcome ${a + 1}.${o + 1}: families see a measurable difference in ${THEMES[(a + o) % THEMES.length]!.toLowerCase()}.`, position: o });
      for (let n = 0; n < counts.actionsPerOutcome; n++) {
        const actionId = randomUUID();
        actionIds.push(actionId);
        const start = addMonths(historyStart, Math.floor(rand() * counts.historyMonths));
        const due = addDays(month0, Math.floor(rand() * 540) - 240);
        const status = due < today && rand() < 0.5 ? "COMPLETE" : pick(STATUSES);
        const reportedAt = addDays(today, -Math.floor(rand() * 60));
        rows.action.push({
          id: actionId,
          partnershipId,
          priorityAreaId: areaId,
          outcomeId,
          code: `${a + 1}.${o + 1}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ""}`,
          title: `Action ${a + 1}.${o + 1}.${n + 1}: deliver the next stage of the ${THEMES[(a + n) % THEMES.length]!.toLowerCase()} plan`,
          leadRole: "Assistant Director",
          leadMembershipId: a === 0 ? memberships.lead : null,
          startDate: start,
          baselineDueDate: due,
          currentDueDate: rand() < 0.1 ? addMonths(due, 3) : due,
          reportedStatus: status,
          reportedCommentary: "Progress reported at the monthly highlight report.",
          reportedAt,
          completedAt: status === "COMPLETE" ? reportedAt : null,
          position: o * counts.actionsPerOutcome + n,
        });
        // Monthly status history across the years the action has run, each with its audit row as the app writes one
        // (the audit log reads five years of them): by the area's lead in the first area, the contributor elsewhere.
        const [actorKey, code] = [a === 0 ? "lead" : "contributor", (rows.action.at(-1) as { code: string }).code];
        let before: Status = "NOT_DUE";
        for (let m = start, version = 1; m < today; m = addMonths(m, 1), version++) {
          const status = pick(STATUSES);
          rows.actionUpdate.push({ id: randomUUID(), partnershipId, actionId, status, commentary: "Monthly update.", authorName: "Workstream lead", createdAt: m });
          rows.auditEvent.push({
            id: randomUUID(), partnershipId, actorUserId: userIds[actorKey] ?? null, actorName: `Benchmark ${actorKey}`, at: m, entityType: "Action", entityId: actionId, action: "status.update",
            before: { status: before, commentary: version === 1 ? null : "Monthly update.", version }, after: { code, status, commentary: "Monthly update.", version: version + 1, evidence: null },
          });
          before = status;
        }
      }
    }
  }

  // Milestones: two one-off per action, plus recurring monthly ones, ~1,000 occurrences in the largest.
  for (const [i, actionId] of actionIds.entries()) {
    for (let k = 0; k < 2; k++) {
      const milestoneId = randomUUID();
      const due = addDays(today, Math.floor(rand() * 400) - 250);
      rows.milestone.push({ id: milestoneId, partnershipId, actionId, text: `Milestone ${k + 1} of action ${i + 1}`, baselineDueDate: due, dueDate: due, position: k });
      const settled = due < today && rand() < 0.8;
      rows.milestoneOccurrence.push({ id: randomUUID(), partnershipId, milestoneId, dueDate: due, state: settled ? (rand() < 0.85 ? "MET" : "MISSED") : "PENDING" });
    }
  }
  for (let r = 0; r < counts.recurringMilestones; r++) {
    const milestoneId = randomUUID();
    const start = addMonths(month0, -6);
    const end = addMonths(month0, 3);
    rows.milestone.push({ id: milestoneId, partnershipId, actionId: actionIds[r % actionIds.length], text: "Monthly highlight report to the board", byWhenText: "Monthly", frequency: "MONTHLY", recurrenceStart: start, recurrenceEnd: end, position: 2 });
    for (const due of occurrenceDates("MONTHLY", start, end)) {
      rows.milestoneOccurrence.push({ id: randomUUID(), partnershipId, milestoneId, dueDate: due, state: due < today ? "MET" : "PENDING" });
    }
  }

  for (let k = 0; k < counts.kpis; k++) {
    const kpiId = randomUUID();
    const lower = rand() < 0.5;
    const baseline = 40 + Math.round(rand() * 40);
    const target = lower ? baseline - 20 : baseline + 20;
    const first = addMonths(month0, -counts.kpiMonths);
    const targetDate = addMonths(month0, 6 + Math.floor(rand() * 12));
    rows.kpi.push({
      id: kpiId,
      partnershipId,
      code: `K${k + 1}`,
      name: `KPI ${k + 1}: ${THEMES[k % THEMES.length]}`,
      definition: "Percentage of children and young people for whom the measure is met.",
      unit: "PERCENT",
      direction: lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
      frequency: "MONTHLY",
      ownerMembershipId: memberships.lead ?? null,
      baselineValue: baseline,
      baselineDate: first,
      targetValue: target,
      targetDate,
      tolerance: 3,
      dataSource: "Local authority case management system",
      position: k,
    });
    rows.kpiArea.push({ partnershipId, kpiId, priorityAreaId: (rows.priorityArea[k % counts.areas] as { id: string }).id });
    rows.kpiTrajectoryPoint.push({ id: randomUUID(), partnershipId, kpiId, date: addMonths(month0, -12), value: baseline + (target - baseline) * 0.5 });
    const drift = (rand() - 0.3) * 0.6;
    for (let m = 0; m < counts.kpiMonths; m++) {
      const period = addMonths(first, m + 1);
      const value = Math.round((baseline + (target - baseline) * drift * (m / counts.kpiMonths) + (rand() - 0.5) * 4) * 10) / 10;
      rows.kpiValue.push({ id: randomUUID(), partnershipId, kpiId, period, value, enteredByName: "Performance team" });
      if (m % 12 === 11) rows.kpiBenchmark.push({ id: randomUUID(), partnershipId, kpiId, kind: "NATIONAL", period, value: baseline + 5 });
    }
  }

  // Risks: a year of monthly reviews each, linked to an area and an action, a few escalated.
  const rating = () => 1 + Math.floor(rand() * 5);
  for (let r = 0; r < counts.risks; r++) {
    const riskId = randomUUID();
    const [inherentLikelihood, inherentImpact] = [3 + Math.floor(rand() * 3), 3 + Math.floor(rand() * 3)];
    const target = { targetLikelihood: 1 + Math.floor(rand() * 2), targetImpact: 1 + Math.floor(rand() * 3) };
    const open = rand() < 0.8;
    let current = { currentLikelihood: rating(), currentImpact: rating() };
    rows.risk.push({
      id: riskId,
      partnershipId,
      code: `R${String(r + 1).padStart(3, "0")}`,
      title: `Risk ${r + 1}: capacity to deliver ${THEMES[r % THEMES.length]!.toLowerCase()}`,
      ownerMembershipId: memberships.lead ?? null,
      inherentLikelihood,
      inherentImpact,
      ...current,
      ...target,
      nextReviewDate: addDays(today, Math.floor(rand() * 40) - 10),
      escalatedToBoard: open && rand() < 0.05,
      state: open ? "OPEN" : "CLOSED",
    });
    rows.riskArea.push({ partnershipId, riskId, priorityAreaId: (rows.priorityArea[r % counts.areas] as { id: string }).id });
    rows.riskAction.push({ partnershipId, riskId, actionId: actionIds[(r * 3) % actionIds.length] });
    for (let m = 12; m >= 1; m--) {
      if (m < 12 && rand() < 0.3) current = { currentLikelihood: rating(), currentImpact: rating() };
      rows.riskReview.push({ id: randomUUID(), partnershipId, riskId, kind: m === 12 ? "CREATED" : "REVIEWED", at: addMonths(today, -m), authorName: "Priority lead", note: "Monthly review.", inherentLikelihood, inherentImpact, ...current, ...target });
    }
  }

  // Change requests: most decided over the years, a few awaiting the board.
  for (let c = 0; c < Math.ceil(actionIds.length / 6); c++) {
    const pending = c % 10 === 0;
    rows.changeRequest.push({
      id: randomUUID(),
      partnershipId,
      actionId: actionIds[(c * 7) % actionIds.length],
      previousDueDate: addMonths(month0, -c % 24),
      proposedDueDate: addMonths(month0, 3),
      reason: "Dependency on a partner's procurement moved the start.",
      impact: "Three months later; no effect on the statutory timescales.",
      requestedByName: "Workstream lead",
      state: pending ? "PENDING" : rand() < 0.8 ? "APPROVED" : "REJECTED",
      decidedAt: pending ? null : addMonths(month0, -(c % 48)),
      decidedByName: pending ? null : "Independent Chair",
      createdAt: addMonths(month0, -(c % 48) - 1),
    });
  }
  return { partnershipId, rows };
}

const INSERT_ORDER = [
  "partnership", "board", "membership", "priorityArea", "membershipArea", "outcome", "action", "actionUpdate",
  "milestone", "milestoneOccurrence", "kpi", "kpiArea", "kpiTrajectoryPoint", "kpiValue", "kpiBenchmark", "risk", "riskArea", "riskAction", "riskReview", "changeRequest", "auditEvent",
] as const;

type Delegate = { createMany(args: { data: unknown[] }): Promise<unknown> };

async function insert(prisma: PrismaClient, all: ReturnType<typeof tenantRows>["rows"][]) {
  for (const model of INSERT_ORDER) {
    const data = all.flatMap((rows) => rows[model]);
    const delegate = (prisma as unknown as Record<string, Delegate>)[model]!;
    for (let i = 0; i < data.length; i += 5000) await delegate.createMany({ data: data.slice(i, i + 5000) });
  }
}

/** Seeds the benchmark tenants unless they exist. Returns the row counts of the largest. */
export async function seedBenchTenants(prisma: PrismaClient, passwordHash: string, today: Date) {
  if (await prisma.partnership.findUnique({ where: { slug: LARGEST_SLUG }, select: { id: true } })) return null;
  const user = async (email: string, name: string) =>
    (await prisma.user.upsert({ where: { email }, update: {}, create: { email, name, passwordHash } })).id;
  const largestUsers: Record<string, string> = {};
  for (const key of ["admin", "board", "lead", "contributor", "viewer"]) largestUsers[key] = await user(`${key}@${LARGEST_SLUG}.bench`, `Benchmark ${key}`);
  const largest = tenantRows(LARGEST_SLUG, "Benchmark Largest", LARGEST, today, largestUsers, 1);

  const small = [];
  for (let i = 1; i <= SMALL_TENANTS; i++) {
    const slug = `bench-small-${String(i).padStart(3, "0")}`;
    small.push(tenantRows(slug, `Benchmark Small ${i}`, SMALL, today, { board: await user(`board@${slug}.bench`, `Board member ${i}`) }, 100 + i).rows);
  }
  await insert(prisma, [largest.rows, ...small]);
  return Object.fromEntries(Object.entries(largest.rows).map(([model, rows]) => [model, rows.length]));
}
