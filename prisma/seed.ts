// Demo data: Derbyshire's Priority Impact Plan (seed 000) and Derby City's KPIs
// (seed 002), with one sign-in per role per partnership and an advisor
// attached to both. Seeding is once per partnership: a partnership that
// already exists is left alone, so re-running never duplicates anything.
//
// Demo passwords exist only here, never in production configuration.
import bcrypt from "bcrypt";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Role, Status } from "../lib/generated/prisma/enums";
import { parseIsoDate } from "../lib/dates/format";
import { occurrenceDates } from "../lib/plan/recurrence";
import { derbyshireAreas, derbyshireKpis } from "./seed/derbyshire";
import { derbyCityAreas, derbyCityKpis } from "./seed/derby-city";
import { seedDerbyshireMeetings } from "./seed/meetings";
import { seedHighlightReports } from "./seed/reports";
import { seedStocktakes } from "./seed/stocktakes";
import { seedRisks } from "./seed/risks";
import { seedBoardPack } from "./seed/board-pack";
import { seedPublicPage } from "./seed/public-page";
import { today } from "../lib/clock";
import { displayName } from "../lib/people/names";
import type { SeedArea, SeedKpi } from "./seed/types";
import { continueStory, ILLUSTRATIVE, type ActionStory, type KpiStory } from "./seed/continuation";
import { derbyshireKpiStories, derbyshireStories, derbyshireVoice } from "./seed/story-derbyshire";
import { derbyCityKpiStories, derbyCityStories, derbyCityVoice } from "./seed/story-derby-city";
import { settle } from "./seed/settle";

export const DEMO_PASSWORD = "stocktake-demo";
export const DEMO_ROLES = ["admin", "board", "lead", "contributor", "viewer"] as const;
export const ADVISOR_EMAIL = "advisor@dfe.demo";
/** The demo's platform operator (/admin): a member of no partnership. */
export const OPERATOR_EMAIL = "operator@stocktake.demo";
const ADVISOR_JOB_TITLE = "DfE SEND Advisor";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type DemoPerson = { name: string; jobTitle: string };
type DemoPartnership = {
  slug: string;
  name: string;
  localAuthority: string;
  icb: string;
  inspectionDate?: string;
  inspectionOutcome?: string;
  improvementNoticeDate?: string;
  /** The date of the plan document the areas come from: the areas are in the plan from then, and owe highlight reports from that month. */
  planDate: string;
  statusLabels?: Partial<Record<Status, string>>;
  board: { name: string; chairRole: string; description: string };
  /** The board's meetings, minutes and action and impact log (Derbyshire: prisma/seed/meetings.ts). */
  meetings?: (tx: Tx, partnershipId: string, today: Date) => Promise<unknown>;
  people: Record<(typeof DEMO_ROLES)[number], DemoPerson>;
  /** Illustrative monthly highlight reports (prisma/seed/reports.ts). */
  highlightReports?: boolean;
  /** The six-monthly stocktakes: July 2025's real findings, and the illustrative ones after (prisma/seed/stocktakes.ts). */
  stocktakes?: boolean;
  /** Whether the partnership lets its advisors read the live dashboard (off by default). */
  advisorDashboardAccess: boolean;
  /** A published board pack for the board's next meeting (prisma/seed/board-pack.ts). */
  boardPack?: boolean;
  areas: SeedArea[];
  kpis: SeedKpi[];
  /** What the partnership page says about where its data comes from. */
  provenance: string;
  /** Where the documents' status history comes from. */
  historyProvenance: string;
  story: { actions: Record<string, ActionStory>; kpis: Record<string, KpiStory>; voice: string[] };
  changeRequests?: {
    actionCode: string;
    raised: string;
    proposedDueDate: string;
    reason: string;
    impact: string;
    decision?: { state: "APPROVED" | "REJECTED"; on: string; note: string };
  }[];
};

const ROLE_OF: Record<(typeof DEMO_ROLES)[number], Role> = {
  admin: "ADMIN",
  board: "BOARD",
  lead: "LEAD",
  contributor: "CONTRIBUTOR",
  viewer: "VIEWER",
};

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    slug: "derbyshire",
    name: "Derbyshire Local Area SEND Partnership",
    localAuthority: "Derbyshire County Council",
    icb: "NHS Derby and Derbyshire Integrated Care Board",
    inspectionDate: "2024-09-27",
    inspectionOutcome:
      "Widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND (report published 14 November 2024)",
    improvementNoticeDate: "2025-01-14",
    // The Priority Impact Plan is dated January 2025 (prisma/seed/derbyshire.ts).
    planDate: "2025-01-01",
    statusLabels: { ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red", COMPLETE: "Blue (complete)", NOT_DUE: "Grey (not yet due)" },
    board: {
      name: "SEND Improvement and Assurance Board",
      chairRole: "Independent Chair",
      description:
        "Strategic system and partnership leadership, assurance and oversight of progress against the six priority actions and the areas for improvement. Reports six-monthly to the Council's Cabinet and the ICB.",
    },
    people: {
      admin: { name: "Sam Whitfield", jobTitle: "SEND Programme Office Manager" },
      board: { name: "Jo Ashworth", jobTitle: "Independent Chair, SEND Improvement and Assurance Board" },
      lead: { name: "Morgan Hale", jobTitle: "Interim Director Education, Derbyshire County Council" },
      contributor: { name: "Riley Dunmore", jobTitle: "SEND Governance Workstream Lead" },
      viewer: { name: "Casey Bryant", jobTitle: "Council Scrutiny Officer" },
    },
    areas: derbyshireAreas,
    kpis: derbyshireKpis,
    meetings: seedDerbyshireMeetings,
    highlightReports: true,
    stocktakes: true,
    advisorDashboardAccess: true,
    boardPack: true,
    provenance:
      "Demo data. The plan, its measures and dates are transcribed from Derbyshire's Priority Impact Plan (January 2025); statuses up to July 2025 are written to agree with the DfE and NHS England stocktake letter of July 2025. Everything after July 2025 — updates, milestone outcomes, change requests and every KPI figure — is illustrative: it continues the plan beyond the documents.",
    historyProvenance: "Illustrative: written to agree with the DfE and NHS England stocktake letter of July 2025 (the plan itself gives no status history).",
    story: { actions: derbyshireStories, kpis: derbyshireKpiStories, voice: derbyshireVoice },
    changeRequests: [
      {
        actionCode: "1.2a",
        raised: "2025-07-10",
        proposedDueDate: "2025-12-31",
        reason:
          "Co-production of the refreshed SEND Strategy with Derbyshire Parent Carer Voice and young people needs a further round of engagement after the summer holidays; approval by the Board in September would cut that short.",
        impact: "Strategy approval moves one quarter. Pathway road maps for families (1.2a measures) follow the strategy and move with it.",
        decision: {
          state: "APPROVED",
          on: "2025-07-24",
          note: "Approved by the SEND Improvement and Assurance Board, 24 July 2025, provided the engagement plan is brought to the September meeting.",
        },
      },
      {
        actionCode: "2.1b",
        raised: "2025-07-28",
        proposedDueDate: "2025-11-30",
        reason:
          "The Joint Commissioning Strategy depends on the refreshed JSNA, which was published later than planned; the stocktake letter asks for the strategy to be grounded in it.",
        impact: "Joint commissioning decisions continue under interim arrangements for four more months; 2.1d (Joint Commissioning Plan) will need a matching request.",
      },
    ],
  },
  {
    slug: "derby-city",
    name: "Derby City Local Area SEND Partnership",
    localAuthority: "Derby City Council",
    icb: "NHS Derby and Derbyshire Integrated Care Board",
    // The self-assessment is dated September 2025 (prisma/seed/derby-city.ts).
    planDate: "2025-09-01",
    board: {
      name: "Local Area SEND and Inclusion Partnership Board",
      chairRole: "Chair",
      description: "Oversees the local area's SEND and inclusion priorities, joint commissioning and the self-assessment.",
    },
    people: {
      admin: { name: "Avery Lund", jobTitle: "SEND Partnership Business Manager" },
      board: { name: "Jordan Pike", jobTitle: "Chair, Local Area SEND and Inclusion Partnership Board" },
      lead: { name: "Taylor Nash", jobTitle: derbyCityAreas[0]?.leads[0] ?? "Priority Lead" },
      contributor: { name: "Robin Kerr", jobTitle: "SEND Workstream Lead" },
      viewer: { name: "Charlie Moss", jobTitle: "Governance Officer" },
    },
    areas: derbyCityAreas,
    kpis: derbyCityKpis,
    // Derby City shares its published packs with advisors, not its live dashboard: the setting's default.
    advisorDashboardAccess: false,
    provenance:
      "Demo data. The plan and the KPIs' figures up to September 2025 come from Derby City's self-assessment (September 2025); targets the document does not set are marked on each KPI. Everything after September 2025 — updates, milestone outcomes, change requests and KPI values — is illustrative: it continues the plan beyond the documents.",
    historyProvenance: "From the self-assessment (September 2025).",
    story: { actions: derbyCityStories, kpis: derbyCityKpiStories, voice: derbyCityVoice },
  },
];

const date = parseIsoDate;

/** The reported status of an action on `asOf`, from its update history. */
function latestUpdate(updates: SeedArea["outcomes"][number]["actions"][number]["updates"]) {
  return updates.length ? updates[updates.length - 1] : undefined;
}

async function seedPartnership(tx: Tx, spec: DemoPartnership, passwordHash: string, advisor: { id: string; name: string }) {
  const advisorId = advisor.id;
  const partnership = await tx.partnership.create({
    data: {
      slug: spec.slug,
      name: spec.name,
      localAuthority: spec.localAuthority,
      icb: spec.icb,
      inspectionDate: spec.inspectionDate ? date(spec.inspectionDate) : null,
      inspectionOutcome: spec.inspectionOutcome,
      improvementNoticeDate: spec.improvementNoticeDate ? date(spec.improvementNoticeDate) : null,
      statusLabels: spec.statusLabels ?? {},
      advisorDashboardAccess: spec.advisorDashboardAccess,
      provenance: spec.provenance,
    },
  });
  const partnershipId = partnership.id;
  await tx.board.create({ data: { partnershipId, ...spec.board, chairName: spec.people.board.name } });

  const memberships: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  for (const key of DEMO_ROLES) {
    const person = spec.people[key];
    const email = `${key}@${spec.slug}.demo`;
    const user = await tx.user.upsert({
      where: { email },
      update: {},
      create: { email, name: person.name, passwordHash },
    });
    const membership = await tx.membership.create({
      data: { partnershipId, userId: user.id, role: ROLE_OF[key], jobTitle: person.jobTitle },
    });
    memberships[key] = membership.id;
    userIds[key] = user.id;
  }
  await tx.membership.create({
    data: { partnershipId, userId: advisorId, role: "ADVISOR", jobTitle: ADVISOR_JOB_TITLE },
  });

  // Areas: top-level first, so that linked areas for improvement can point at their parent.
  const areaIds = new Map<string, string>();
  const ordered = [...spec.areas.filter((a) => !a.parentCode), ...spec.areas.filter((a) => a.parentCode)];
  for (const [position, area] of ordered.entries()) {
    const created = await tx.priorityArea.create({
      data: {
        partnershipId,
        code: area.code,
        kind: area.kind,
        title: area.title,
        finding: area.finding,
        leadRoles: area.leads,
        successMeasures: area.successMeasures ?? [],
        parentId: area.parentCode ? areaIds.get(area.parentCode) : null,
        position: spec.areas.indexOf(area) >= 0 ? spec.areas.indexOf(area) : position,
        createdAt: date(spec.planDate),
      },
    });
    areaIds.set(area.code, created.id);
  }

  const firstArea = spec.areas.find((a) => !a.parentCode && a.outcomes.length > 0);
  if (!firstArea) throw new Error(`${spec.slug}: the plan has no area with outcomes`);
  // lead@ leads the first priority area, and every other area the plan gives to their role (Derbyshire's
  // Interim Director Education leads PIA4 and AFI2 too), so the plan never names the role beside another person.
  const ledAreas = new Set(spec.areas.filter((a) => a === firstArea || a.leads.includes(spec.people.lead.jobTitle)).map((a) => a.code));
  for (const code of ledAreas) {
    await tx.membershipArea.create({ data: { partnershipId, membershipId: memberships.lead, priorityAreaId: areaIds.get(code)! } });
  }

  const display = (key: (typeof DEMO_ROLES)[number]) => displayName(spec.people[key].name, spec.people[key].jobTitle);
  const actionIds = new Map<string, string>();
  let contributorAssignments = 0;
  for (const area of spec.areas) {
    const priorityAreaId = areaIds.get(area.code)!;
    const isFirstArea = area === firstArea;
    const ledByMember = (action: { leadRole: string }) => isFirstArea || (ledAreas.has(area.code) && action.leadRole === spec.people.lead.jobTitle);
    for (const [outcomePosition, outcome] of area.outcomes.entries()) {
      const createdOutcome = await tx.outcome.create({
        data: { partnershipId, priorityAreaId, code: outcome.code, text: outcome.text, position: outcomePosition },
      });
      for (const [actionPosition, action] of outcome.actions.entries()) {
        const latest = latestUpdate(action.updates);
        const createdAction = await tx.action.create({
          data: {
            partnershipId,
            priorityAreaId,
            outcomeId: createdOutcome.id,
            code: action.code,
            title: action.title,
            description: action.description,
            leadRole: action.leadRole,
            leadMembershipId: ledByMember(action) ? memberships.lead : null,
            startDate: date(action.startDate),
            baselineDueDate: date(action.dueDate),
            currentDueDate: date(action.dueDate),
            tags: action.tags,
            reportedStatus: latest?.status ?? "NOT_DUE",
            reportedCommentary: latest?.commentary,
            reportedAt: latest ? date(latest.date) : null,
            completedAt: latest?.status === "COMPLETE" ? date(latest.date) : null,
            position: actionPosition,
          },
        });
        actionIds.set(action.code, createdAction.id);
        if (isFirstArea && contributorAssignments < 3) {
          // contributor@ is assigned the first actions of the first area.
          await tx.actionAssignee.create({
            data: { partnershipId, actionId: createdAction.id, membershipId: memberships.contributor },
          });
          contributorAssignments++;
        }
        for (const update of action.updates) {
          await tx.actionUpdate.create({
            data: {
              partnershipId,
              actionId: createdAction.id,
              status: update.status,
              commentary: update.commentary,
              // An action led by a demo member is updated by that member, as the app would record it.
              authorName: ledByMember(action) ? display("lead") : action.leadRole,
              provenance: spec.historyProvenance,
              createdAt: date(update.date),
            },
          });
        }
        for (const [milestonePosition, milestone] of action.milestones.entries()) {
          const occurrences = milestone.recurrence
            ? occurrenceDates(milestone.recurrence.frequency, date(milestone.recurrence.startDate), date(milestone.recurrence.endDate))
            : [date(milestone.dueDate ?? action.dueDate)];
          await tx.milestone.create({
            data: {
              partnershipId,
              actionId: createdAction.id,
              text: milestone.text,
              byWhenText: milestone.byWhen || null,
              baselineDueDate: milestone.recurrence ? null : occurrences[0],
              dueDate: milestone.recurrence ? null : occurrences[0],
              frequency: milestone.recurrence?.frequency ?? null,
              recurrenceStart: milestone.recurrence ? date(milestone.recurrence.startDate) : null,
              recurrenceEnd: milestone.recurrence ? date(milestone.recurrence.endDate) : null,
              position: milestonePosition,
              // Nested rows take partnershipId from their parent: the relation's key includes it.
              occurrences: {
                create: occurrences.map((dueDate) =>
                  settle(dueDate, !!milestone.recurrence, action.updates, ledByMember(action) ? display("lead") : action.leadRole, spec.historyProvenance),
                ),
              },
            },
          });
        }
      }
    }
  }

  for (const request of spec.changeRequests ?? []) {
    const action = await tx.action.findFirstOrThrow({
      where: { partnershipId, code: request.actionCode },
      select: { id: true, currentDueDate: true, leadRole: true },
    });
    await tx.changeRequest.create({
      data: {
        partnershipId,
        actionId: action.id,
        previousDueDate: action.currentDueDate,
        proposedDueDate: date(request.proposedDueDate),
        reason: request.reason,
        impact: request.impact,
        requestedByName: displayName(spec.people.lead.name, action.leadRole ?? spec.people.lead.jobTitle),
        provenance: ILLUSTRATIVE.replace("continues the plan beyond the documents", "the stocktake letter asks for a change request process; this request is invented"),
        createdAt: date(request.raised),
        state: request.decision?.state ?? "PENDING",
        decisionNote: request.decision?.note,
        decidedByName: request.decision ? displayName(spec.people.board.name, spec.people.board.jobTitle) : null,
        decidedAt: request.decision ? date(request.decision.on) : null,
      },
    });
    if (request.decision?.state === "APPROVED") {
      // Approval moves the current due date; the baseline stays.
      await tx.action.update({ where: { id: action.id }, data: { currentDueDate: date(request.proposedDueDate) } });
    }
  }

  for (const [position, kpi] of spec.kpis.entries()) {
    const areaId = areaIds.get(kpi.areaCode);
    await tx.kpi.create({
      data: {
        partnershipId,
        code: kpi.code,
        name: kpi.name,
        definition: kpi.definition,
        unit: kpi.unit,
        direction: kpi.direction,
        frequency: kpi.frequency,
        ownerMembershipId: ledAreas.has(kpi.areaCode) ? memberships.lead : null,
        ownerRole: spec.areas.find((a) => a.code === kpi.areaCode)?.leads[0] ?? null,
        baselineValue: kpi.baseline?.value ?? null,
        baselineDate: kpi.baseline ? date(kpi.baseline.date) : null,
        targetValue: kpi.target?.value ?? null,
        targetDate: kpi.target ? date(kpi.target.date) : null,
        tolerance: kpi.tolerance,
        dataSource: kpi.dataSource,
        provenance: kpi.provenance,
        position,
        // Nested rows take partnershipId from the KPI: the relation's key includes it.
        areas: areaId ? { create: { priorityAreaId: areaId } } : undefined,
        trajectory: { create: (kpi.trajectory ?? []).map((p) => ({ date: date(p.date), value: p.value })) },
        values: {
          create: kpi.values.map((v) => ({
            period: date(v.period),
            value: v.value,
            note: v.note,
            enteredByName: "Imported from the self-assessment",
            provenance: spec.historyProvenance,
          })),
        },
        benchmarks: {
          create: (kpi.benchmarks ?? []).map((b) => ({ kind: b.kind, period: date(b.period), value: b.value })),
        },
      },
    });
  }

  // The story carried to today first; then the risk register; then the board's meetings (its
  // decision of 24 July 2025 names its meeting); then the highlight reports, whose tables are drawn
  // from everything seeded above.
  await continueStory(tx, {
    partnershipId,
    slug: spec.slug,
    today: today(),
    people: {
      lead: { membershipId: memberships.lead, display: display("lead") },
      contributor: { membershipId: memberships.contributor, display: display("contributor") },
      board: { display: display("board") },
    },
    ...spec.story,
  });

  await seedRisks(tx, spec.slug, {
    partnershipId,
    today: today(),
    areaIds,
    actionIds,
    lead: { membershipId: memberships.lead!, name: displayName(spec.people.lead.name, spec.people.lead.jobTitle) },
  });

  await spec.meetings?.(tx, partnershipId, today());

  if (spec.highlightReports) {
    // After everything else: the reports' tables are drawn from the data seeded above.
    const named = (person: DemoPerson) => displayName(person.name, person.jobTitle);
    await seedHighlightReports(tx, partnershipId, today(), { admin: named(spec.people.admin), lead: named(spec.people.lead), chair: named(spec.people.board) });
  }

  if (spec.stocktakes) {
    // After meetings and reports: a pack draws the period's reports, meetings and decisions.
    const named = (person: DemoPerson) => displayName(person.name, person.jobTitle);
    await seedStocktakes(tx, partnershipId, today(), { admin: named(spec.people.admin), advisor: displayName(advisor.name, ADVISOR_JOB_TITLE), advisorUserId: advisor.id });
  }

  if (spec.boardPack) {
    // Last: the pack is drawn from everything above, as the programme office would publish it today.
    await seedBoardPack(tx, partnershipId, today(), {
      scope: { role: "ADMIN", areaIds: [], membershipId: memberships.admin! },
      actor: { userId: userIds.admin!, name: displayName(spec.people.admin.name, spec.people.admin.jobTitle) },
    });
  }

  // After the plan, its updates, the stocktake's evidence and the KPIs: the public page draws on them (Derbyshire's is on).
  await seedPublicPage(tx, spec.slug, partnershipId, today(), { admin: display("admin"), lead: { membershipId: memberships.lead, name: display("lead") } });

  await tx.auditEvent.create({
    data: {
      partnershipId,
      actorName: "Demo seed",
      entityType: "Partnership",
      entityId: partnershipId,
      action: "create",
      after: { slug: spec.slug, actions: actionIds.size, kpis: spec.kpis.length },
    },
  });
  return { actions: actionIds.size };
}

/** Seeds every demo partnership that does not exist yet. Returns the slugs seeded. */
export async function seedDemo(prisma: PrismaClient): Promise<string[]> {
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const seeded: string[] = [];
  for (const spec of DEMO_PARTNERSHIPS) {
    const done = await prisma.$transaction(
      async (tx) => {
        // Serialise concurrent seeders (two `npm start`s on one database).
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`;
        if (await tx.partnership.findFirst({ where: { slug: spec.slug }, select: { id: true } })) return false;
        const advisor = await tx.user.upsert({
          where: { email: ADVISOR_EMAIL },
          update: {},
          create: { email: ADVISOR_EMAIL, name: "Dana Okafor", passwordHash },
        });
        await seedPartnership(tx, spec, passwordHash, advisor);
        return true;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    if (done) seeded.push(spec.slug);
  }
  // Every run, so a database seeded before operators existed gets one too; an existing account is left as it is.
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`;
    await tx.user.upsert({ where: { email: OPERATOR_EMAIL }, update: {}, create: { email: OPERATOR_EMAIL, name: "Olu Adeyemi", passwordHash, isOperator: true } });
  });
  return seeded;
}

export function demoSignIns(): { email: string; role: string; partnership: string }[] {
  return [
    ...DEMO_PARTNERSHIPS.flatMap((p) => DEMO_ROLES.map((key) => ({ email: `${key}@${p.slug}.demo`, role: ROLE_OF[key], partnership: p.slug }))),
    { email: ADVISOR_EMAIL, role: "ADVISOR", partnership: DEMO_PARTNERSHIPS.map((p) => p.slug).join(", ") },
    { email: OPERATOR_EMAIL, role: "OPERATOR", partnership: "none: creates and archives partnerships at /admin" },
  ];
}
