// Demo risk registers. ILLUSTRATIVE: neither partnership's register is
// public. Each risk is drawn from a challenge the documents name — Derbyshire's
// Priority Impact Plan (seed 000), the DfE / NHS England stocktake letter
// (seed 001) and the Improvement Notice (seed 004); Derby City's
// self-assessment (seed 002) — and every risk carries a provenance note that
// says so wherever it shows. Scores, mitigations and review history are
// invented. The history runs for about a year up to the day the seed runs
// (STOCKTAKE_TODAY pins it), computed from that day, so one day always gives
// the same register.
import { addDays, addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Frequency, MitigationState } from "../../lib/generated/prisma/enums";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** [likelihood, impact] */
type Rating = [number, number];

type SeedMitigation = {
  text: string;
  /** "lead" for the demo priority lead, or a role as the plan names it. */
  owner: string;
  /** Days from today (negative: in the past). */
  dueInDays: number;
  state: MitigationState;
  completionNote?: string;
};

export type SeedRisk = {
  title: string;
  cause: string;
  effect: string;
  controls: string;
  /** "lead" for the demo priority lead (who has a login), or a role as the plan names it. */
  owner: string;
  areaCodes: string[];
  actionCodes: string[];
  inherent: Rating;
  target: Rating;
  /** Current score at each monthly review, oldest first; the first is when the risk was added. */
  scores: Rating[];
  /** What the review said where the score moved (index into `scores`). */
  notes: Record<number, string>;
  /** Days since the latest review: more than a month means its review is now overdue. */
  lastReviewDaysAgo: number;
  reviewFrequency?: Frequency;
  escalated?: { daysAgo: number; note: string };
  closed?: { afterReview: number; reason: string };
  mitigations: SeedMitigation[];
};

const ROUTINE_NOTES = [
  "Reviewed at the monthly risk register review. Controls in place and working; score confirmed.",
  "Reviewed with the priority lead before the Board. No change in likelihood or impact; mitigations on schedule.",
  "Monthly review: latest performance data considered, score unchanged.",
];

const DERBYSHIRE_PROVENANCE =
  "Illustrative. Drawn from the challenges named in Derbyshire's Priority Impact Plan (January 2025), the DfE / NHS England stocktake letter of 15 July 2025 and the Improvement Notice of 14 January 2025. Scores, controls, mitigations and review history are invented for the demo; this is not Derbyshire's own register.";
const DERBY_CITY_PROVENANCE =
  "Illustrative. Drawn from the challenges named in Derby City's SEND self-assessment (September 2025); the figures quoted are the self-assessment's. Scores, controls, mitigations and review history are invented for the demo; this is not Derby City's own register.";

// Owner roles, as the plans name them.
const DERBYSHIRE_AD_INCLUSION = "Interim Assistant Director Inclusion, Derbyshire County Council";
const DERBYSHIRE_ICB_COMMISSIONING = "Head of Children's Strategic Commissioning - Physical Health and SEND, NHS Derby and Derbyshire Integrated Care Board";
const DERBYSHIRE_ICB_AD = "Assistant Director of Children's Strategic Commissioning, NHS Derby and Derbyshire Integrated Care Board";
const DERBYSHIRE_EARLY_HELP = "Director of Early Help and Safeguarding, Derbyshire County Council";
const DERBYSHIRE_DIRECTOR_EDUCATION = "Interim Director Education, Derbyshire County Council";

const same = (rating: Rating, months: number): Rating[] => Array.from({ length: months }, () => rating);

export const derbyshireRisks: SeedRisk[] = [
  {
    title: "EHC needs assessments and plans continue to miss the 20-week timescale",
    cause: "Requests for EHC needs assessment keep rising while the SEND Assessment Team works through a backlog of overdue assessments and annual reviews, and recruitment to the additional posts has been slow.",
    effect: "Children and young people wait longer for the provision in their plans; complaints and tribunals rise; the Improvement Notice's requirement for timely, high-quality EHC plans (§3c) is not met.",
    controls: "Monthly EHCP performance report to the SEND Improvement and Assurance Board; additional assessment staffing approved; the EHCP Hub tracks every case against the 20-week process.",
    owner: DERBYSHIRE_AD_INCLUSION,
    areaCodes: ["PIA3"],
    actionCodes: ["3.2a", "3.2c", "3.1a"],
    inherent: [5, 5],
    target: [2, 4],
    scores: [...same([5, 4], 5), ...same([5, 5], 3), ...same([4, 5], 5)],
    notes: {
      5: "Backlog of overdue assessments grew again month on month; likelihood raised to almost certain until the recovery trajectory shows.",
      8: "EHCP recovery plan agreed by the Board, with monthly trajectories and workforce training, as the stocktake asked. First two months on trajectory: likelihood back to likely.",
    },
    lastReviewDaysAgo: 9,
    escalated: { daysAgo: 300, note: "EHCP timeliness is the finding most felt by families, and the recovery plan needs partners' capacity as well as the council's." },
    mitigations: [
      { text: "EHCP recovery plan with monthly trajectories and risk mitigation, agreed by the Board", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: -150, state: "COMPLETE", completionNote: "Agreed by the SEND Improvement and Assurance Board; trajectories reported monthly." },
      { text: "Recruit to the additional SEND Assessment Team posts and end reliance on agency cover", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: 40, state: "IN_PROGRESS" },
      { text: "Training for schools and partners on accurate, child-centred assessment requests and annual reviews (3.3b)", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: -12, state: "IN_PROGRESS" },
    ],
  },
  {
    title: "Waits for neurodevelopmental, community paediatric and mental health assessments stay too long",
    cause: "Demand for neurodevelopmental assessment outstrips commissioned capacity, and waiting list data from providers is inconsistent, which holds back recovery trajectories.",
    effect: "Needs are identified late and families wait without support; children's needs escalate to the point where they stop attending school (Improvement Notice §3d, §3f).",
    controls: "Joint waiting list recovery planning through the SEND Improvement Board; the waiting well offer on the Local Offer (6.2).",
    owner: DERBYSHIRE_ICB_AD,
    areaCodes: ["PIA6", "AFI5"],
    actionCodes: ["6.1a", "6.2"],
    inherent: [5, 4],
    target: [3, 3],
    scores: [...same([5, 4], 12)],
    notes: {},
    lastReviewDaysAgo: 38,
    escalated: { daysAgo: 330, note: "Recovery depends on the ICB's investment decisions and providers' data, which the Board holds partners to account for." },
    mitigations: [
      { text: "Integrated recovery plans for neurodevelopmental assessments, paediatrics, mental health support and wheelchair services", owner: DERBYSHIRE_ICB_AD, dueInDays: -45, state: "IN_PROGRESS" },
      { text: "Data assurance of providers' waiting list returns, with agreed prioritisation criteria", owner: DERBYSHIRE_ICB_COMMISSIONING, dueInDays: 20, state: "IN_PROGRESS" },
      { text: "Publish and keep current the waiting well offer on the Local Offer", owner: DERBYSHIRE_ICB_AD, dueInDays: -200, state: "COMPLETE", completionNote: "Published on the Local Offer and reviewed quarterly with Derbyshire Parent Carer Voice." },
    ],
  },
  {
    title: "Partners cannot share accurate SEND data, so the Board and commissioners decide without it",
    cause: "The SEND Data Sharing Protocol is not yet in place across all partners, and the shared data dashboard the stocktake asked for depends on it.",
    effect: "Joint commissioning and prioritisation are not evidence-based; the Board cannot be assured that the data it reads is accurate (2.1c); trajectories cannot be set with confidence.",
    controls: "Information governance leads of the council and the ICB meet monthly; interim manual data returns to the Board.",
    owner: DERBYSHIRE_ICB_COMMISSIONING,
    areaCodes: ["PIA2", "PIA1"],
    actionCodes: ["2.1c", "1.1b"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([3, 4], 10), ...same([4, 4], 2)],
    notes: {
      10: "Health providers' data returns still not aligned to the protocol, and the dashboard build has slipped a quarter: likelihood raised.",
    },
    lastReviewDaysAgo: 31,
    escalated: { daysAgo: 100, note: "The protocol needs sign-off by every partner's information governance lead, which only the Board can secure." },
    mitigations: [
      { text: "Data Sharing Protocol signed by every partner's information governance lead", owner: DERBYSHIRE_ICB_COMMISSIONING, dueInDays: -20, state: "IN_PROGRESS" },
      { text: "Co-develop the joint SEND system data dashboard with partners", owner: "lead", dueInDays: 75, state: "PLANNED" },
    ],
  },
  {
    title: "Not enough special school and alternative provision places where children need them",
    cause: "Demand for specialist places has outgrown the county's special school and AP capacity, and sufficiency planning has not used the JSNA and cluster data.",
    effect: "Children and young people with SEND miss education while they wait for a placement; more are placed out of county, further from home and at higher cost.",
    controls: "Placement panel oversight of every child awaiting a specialist place; SEND capital programme governance.",
    owner: DERBYSHIRE_DIRECTOR_EDUCATION,
    areaCodes: ["PIA4"],
    actionCodes: ["4.3a", "4.3b"],
    inherent: [5, 4],
    target: [3, 3],
    scores: [...same([4, 4], 12)],
    notes: {},
    lastReviewDaysAgo: 14,
    mitigations: [
      { text: "Multi-agency data dashboard and sufficiency strategy shared with the Education Partnership (4.3a)", owner: DERBYSHIRE_DIRECTOR_EDUCATION, dueInDays: -60, state: "COMPLETE", completionNote: "Shared with the Education Partnership's nine clusters." },
      { text: "Allocate SEND capital to new specialist and AP places, with decision-making and QA agreed", owner: DERBYSHIRE_DIRECTOR_EDUCATION, dueInDays: 120, state: "IN_PROGRESS" },
    ],
  },
  {
    title: "Families lose confidence because communication is inconsistent",
    cause: "The partnership communications plan (5.2a) is late, and communication with families and schools varies between services.",
    effect: "Complaints rise, co-production is undermined and families do not hear about the changes being made, which the inspection and the stocktake both named.",
    controls: "Derbyshire Parent Carer Voice on the Board; Board minutes published on the Local Offer; MP and lead member surgeries.",
    owner: DERBYSHIRE_EARLY_HELP,
    areaCodes: ["PIA5"],
    actionCodes: ["5.1a", "5.1b", "5.2a"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([3, 3], 10), ...same([3, 4], 2)],
    notes: {
      10: "Annual parent carer survey shows satisfaction with communication unchanged; impact raised while the communications plan is outstanding.",
    },
    lastReviewDaysAgo: 6,
    mitigations: [
      { text: "Partnership communications plan ratified by the Board (5.2a)", owner: DERBYSHIRE_EARLY_HELP, dueInDays: 25, state: "IN_PROGRESS" },
      { text: "Cross-partnership communication team in place for EHC needs assessment queries (5.1b)", owner: DERBYSHIRE_EARLY_HELP, dueInDays: -90, state: "COMPLETE", completionNote: "Team in place; response times reported monthly." },
    ],
  },
  {
    title: "Partnership workforce capacity and skills do not match demand",
    cause: "Recruitment and retention of educational psychologists, SEND case officers and therapists is difficult across the region, and training plans differ between agencies.",
    effect: "Assessments and advice are late or of variable quality; improvements cannot be sustained once interim arrangements end.",
    controls: "Each agency's workforce learning and development plan (3.5b); regional workforce group.",
    owner: DERBYSHIRE_AD_INCLUSION,
    areaCodes: ["PIA3"],
    actionCodes: ["3.5b", "3.2a"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([4, 3], 4), [3, 3]],
    notes: {
      4: "Signed-off workforce plans in every agency and a shared training programme running: likelihood reduced.",
    },
    lastReviewDaysAgo: 20,
    reviewFrequency: "QUARTERLY",
    mitigations: [
      { text: "Signed-off, resourced workforce learning and development plan in every agency", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: -160, state: "COMPLETE", completionNote: "All agencies' plans signed off." },
      { text: "Shared recruitment and retention offer for educational psychologists across the partnership", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: 90, state: "PLANNED" },
    ],
  },
  {
    title: "Interim leadership is not replaced by permanent capacity, and the pace of improvement slows",
    cause: "Several senior SEND roles are filled on an interim basis; the stocktake asked the partnership to build permanent leadership capacity.",
    effect: "Strategic continuity is lost, decisions drift and accountability for the Priority Impact Plan weakens.",
    controls: "Independent chair of the SEND Improvement and Assurance Board; programme office tracking every action's accountable lead.",
    owner: "lead",
    areaCodes: ["PIA1"],
    actionCodes: ["1.1a", "1.1c"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([3, 4], 10), ...same([3, 3], 2)],
    notes: {
      10: "Permanent appointments to two senior SEND posts confirmed; impact reduced while the remaining interim roles are recruited to.",
    },
    lastReviewDaysAgo: 36,
    mitigations: [
      { text: "Sustainability plan for the future governance of SEND agreed (1.1c)", owner: "lead", dueInDays: 45, state: "IN_PROGRESS" },
      { text: "Recruit permanently to the remaining interim SEND leadership roles", owner: "lead", dueInDays: -5, state: "IN_PROGRESS" },
    ],
  },
  {
    title: "The SEND Strategy and Participation and Engagement Charter are not co-produced in time",
    cause: "Co-production with families and young people needs more engagement than the original timetable allowed.",
    effect: "The partnership lacks the clear, cohesive, co-produced strategy the inspection and the stocktake asked for, and later actions that depend on it slip.",
    controls: "Co-production group with Derbyshire Parent Carer Voice; the change request process for delayed actions.",
    owner: "lead",
    areaCodes: ["PIA1"],
    actionCodes: ["1.2a"],
    inherent: [4, 3],
    target: [1, 3],
    scores: [...same([3, 3], 4), ...same([2, 3], 8)],
    notes: {
      4: "Engagement events held with families and young people; strategy drafting back on the agreed timetable, so likelihood reduced.",
    },
    lastReviewDaysAgo: 3,
    mitigations: [{ text: "Engagement plan for the strategy brought to the Board", owner: "lead", dueInDays: -240, state: "COMPLETE", completionNote: "Brought to the Board and agreed." }],
  },
  {
    title: "Transitions are not planned early enough, adding to families' stress and anxiety",
    cause: "Settings do not all identify vulnerable transitions in time, and preparation for adulthood is not consistently part of annual reviews.",
    effect: "Young people move between settings and into adult services without the support they need (Improvement Notice §3h).",
    controls: "Transition key indicators and the risk-of-unsuccessful-transition tool for schools (7.1b).",
    owner: DERBYSHIRE_DIRECTOR_EDUCATION,
    areaCodes: ["AFI2"],
    actionCodes: ["7.1b"],
    inherent: [4, 3],
    target: [2, 2],
    scores: [...same([3, 3], 2), ...same([2, 3], 3)],
    notes: { 2: "Dip sampling shows transition plans in place for most vulnerable transfers: likelihood reduced." },
    lastReviewDaysAgo: 25,
    reviewFrequency: "QUARTERLY",
    mitigations: [{ text: "Dip sample transition plans each term and report to the Board", owner: DERBYSHIRE_DIRECTOR_EDUCATION, dueInDays: 30, state: "PLANNED" }],
  },
  {
    title: "Children wait too long for specialist chairs and seating",
    cause: "Wheelchair service waiting lists built up under the previous provider.",
    effect: "Children's posture, comfort and access to education suffer while they wait (Improvement Notice §3j).",
    controls: "Wheelchair services included in the waiting list recovery plans (6.1a); ICB contract monitoring.",
    owner: DERBYSHIRE_ICB_AD,
    areaCodes: ["AFI4"],
    actionCodes: ["6.1a"],
    inherent: [4, 3],
    target: [2, 2],
    scores: [...same([4, 3], 4), ...same([3, 3], 8)],
    notes: { 4: "Provider recovery plan agreed; the longest waits are being seen first." },
    lastReviewDaysAgo: 17,
    mitigations: [{ text: "Provider recovery plan clearing the longest waits first", owner: DERBYSHIRE_ICB_AD, dueInDays: 60, state: "IN_PROGRESS" }],
  },
  {
    title: "The EHCP Hub does not work for partners and families",
    cause: "A new system across the partnership, with teething problems reported after go-live.",
    effect: "Advice is late or missing and families cannot see where their child's assessment stands.",
    controls: "Hub user group of partners and parent representatives; monthly reporting on Hub use (3.2b).",
    owner: DERBYSHIRE_AD_INCLUSION,
    areaCodes: ["PIA3"],
    actionCodes: ["3.2b"],
    inherent: [3, 3],
    target: [1, 3],
    scores: [...same([2, 3], 4), ...same([1, 3], 4)],
    notes: { 4: "Monthly reporting shows partners and families using the Hub as intended; at its target score." },
    lastReviewDaysAgo: 100,
    closed: { afterReview: 7, reason: "At its target score for four months, and monitored through action 3.2b's monthly reporting. Closed at the monthly risk register review." },
    mitigations: [{ text: "Automated annual review notifications to settings, health and social care", owner: DERBYSHIRE_AD_INCLUSION, dueInDays: -130, state: "COMPLETE", completionNote: "Live for all settings." }],
  },
];

const DERBY_CITY_TEAM_MANAGER = "Team Manager, SEND Team";
const DERBY_CITY_ICB = "SRO for SEND, NHS Derby and Derbyshire ICB";

export const derbyCityRisks: SeedRisk[] = [
  {
    title: "EHC plan timeliness falls back once the agency staff of the recovery programme leave",
    cause: "Plans finalised within 20 weeks (excluding exceptions) reached 100% in July, August and September 2025, against 35% for the year to August, after a 12-month recovery programme that relied on additional agency staff.",
    effect: "New plans are issued late again, undoing the recovery and the families' confidence it has begun to rebuild.",
    controls: "Weekly timeliness monitoring by the Team Manager; the expanded SEND Team establishment.",
    owner: "lead",
    areaCodes: ["APA1"],
    actionCodes: ["1.1b", "1.2c"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([4, 4], 4), ...same([3, 4], 6), ...same([2, 4], 2)],
    notes: {
      4: "Timeliness holding at 100% for completions excluding exceptions; likelihood reduced.",
      10: "Permanent posts filled in the expanded establishment; agency reliance ending without a drop in timeliness.",
    },
    lastReviewDaysAgo: 33,
    mitigations: [
      { text: "Fill the expanded establishment with permanent staff before agency contracts end", owner: "lead", dueInDays: -30, state: "COMPLETE", completionNote: "All posts filled." },
      { text: "Review of the SEND Team and its processes, including the use of AI (1.2c)", owner: "lead", dueInDays: 50, state: "IN_PROGRESS" },
    ],
  },
  {
    title: "Annual reviews fall further behind while delayed plans are cleared",
    cause: "Demand and the focus on delayed plans have held annual review timeliness back: 51% of reviews completed on time in the 12 months to August 2025.",
    effect: "Plans are out of date, provision does not follow children's changing needs, and tribunals continue.",
    controls: "Annual Review recovery plan monitored weekly by the Team Manager; dedicated staff for priority groups.",
    owner: DERBY_CITY_TEAM_MANAGER,
    areaCodes: ["APA1"],
    actionCodes: ["1.1c"],
    inherent: [4, 4],
    target: [2, 3],
    scores: [...same([4, 3], 12)],
    notes: {},
    lastReviewDaysAgo: 12,
    mitigations: [{ text: "Annual Review recovery plan, with looked-after children and those known to youth justice first", owner: DERBY_CITY_TEAM_MANAGER, dueInDays: 70, state: "IN_PROGRESS" }],
  },
  {
    title: "Neurodevelopmental assessment waits keep growing",
    cause: "Referrals rose from 28 in August 2024 to 108 in June 2025; the average wait rose from 46 to 69 weeks and the number waiting from 1,332 to 1,530.",
    effect: "Children and families wait more than a year for assessment and, where appropriate, diagnosis; needs escalate while they wait.",
    controls: "Joint ND assessment recovery plan; the ND Community Hub's pre- and post-diagnostic support; the early-years triage pilot.",
    owner: DERBY_CITY_ICB,
    areaCodes: ["APA2"],
    actionCodes: ["2.1a", "2.1b", "2.1c"],
    inherent: [5, 4],
    target: [3, 3],
    scores: [...same([4, 4], 10), ...same([5, 4], 2)],
    notes: { 10: "Referrals and waits both still rising against the recovery plan's trajectory: likelihood raised to almost certain." },
    lastReviewDaysAgo: 8,
    escalated: { daysAgo: 200, note: "The three-year ND transformation needs joint investment decisions." },
    mitigations: [
      { text: "Extend the early-years ND triage pilot to 3–4-year-olds (2.1b)", owner: DERBY_CITY_ICB, dueInDays: 35, state: "IN_PROGRESS" },
      { text: "Independent research on demand with children, young people and parent carers", owner: DERBY_CITY_ICB, dueInDays: -25, state: "IN_PROGRESS" },
    ],
  },
  {
    title: "Routine CAMHS capacity does not keep pace with referrals",
    cause: "97 children and young people were waiting for a CAMHS assessment, with an average wait of 12 weeks.",
    effect: "Mental health needs escalate while children wait, affecting attendance and risking exclusion.",
    controls: "ICB-approved business case for routine CAMHS expansion; Kooth and Mental Health Support Teams in schools.",
    owner: DERBY_CITY_ICB,
    areaCodes: ["APA2"],
    actionCodes: ["2.2a"],
    inherent: [4, 3],
    target: [2, 3],
    scores: [...same([4, 3], 4), [3, 3]],
    notes: { 4: "Expansion under the approved business case has started; likelihood reduced." },
    lastReviewDaysAgo: 21,
    reviewFrequency: "QUARTERLY",
    mitigations: [{ text: "Recruit the additional routine CAMHS posts funded by the business case", owner: DERBY_CITY_ICB, dueInDays: 45, state: "IN_PROGRESS" }],
  },
];

/** Each demo partnership's register, by slug. */
export const DEMO_RISK_REGISTERS: Record<string, { risks: readonly SeedRisk[]; provenance: string }> = {
  derbyshire: { risks: derbyshireRisks, provenance: DERBYSHIRE_PROVENANCE },
  "derby-city": { risks: derbyCityRisks, provenance: DERBY_CITY_PROVENANCE },
};

const utc = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const daysFrom = (today: Date, days: number) => utc(addDays(new UTCDate(today), days));
const monthsFrom = (date: Date, months: number) => utc(addMonths(new UTCDate(date), months));

const MONTHS: Record<Frequency, number> = { MONTHLY: 1, BIMONTHLY: 2, QUARTERLY: 3, SIX_MONTHLY: 6, ANNUALLY: 12 };

/** Reviews happen in the working day, not at midnight. */
const atTime = (date: Date, hour: number) => new Date(date.getTime() + hour * 3_600_000);

type Context = {
  partnershipId: string;
  today: Date;
  areaIds: ReadonlyMap<string, string>;
  actionIds: ReadonlyMap<string, string>;
  lead: { membershipId: string; name: string };
};

/** Writes a partnership's demo register (if it has one), with each risk's history, inside the seed's transaction. */
export async function seedRisks(tx: Tx, slug: string, ctx: Context) {
  const register = DEMO_RISK_REGISTERS[slug];
  if (!register) return;
  const { risks, provenance } = register;
  for (const [index, risk] of risks.entries()) {
    const frequency = risk.reviewFrequency ?? "MONTHLY";
    const last = daysFrom(ctx.today, -risk.lastReviewDaysAgo);
    // Reviews run back from the latest at the risk's cadence; the first entry is when it was added.
    const dates = risk.scores.map((_, i) => monthsFrom(last, -(risk.scores.length - 1 - i) * MONTHS[frequency]));
    const current = risk.scores.at(-1)!;
    const closedAt = risk.closed ? dates[risk.closed.afterReview]! : null;
    const owned = risk.owner === "lead";
    const author = (role: string) => (role === "lead" ? ctx.lead.name : role);
    const scores = (rating: Rating) => ({
      inherentLikelihood: risk.inherent[0],
      inherentImpact: risk.inherent[1],
      currentLikelihood: rating[0],
      currentImpact: rating[1],
      targetLikelihood: risk.target[0],
      targetImpact: risk.target[1],
    });
    const created = await tx.risk.create({
      data: {
        partnershipId: ctx.partnershipId,
        code: `R${String(index + 1).padStart(2, "0")}`,
        title: risk.title,
        cause: risk.cause,
        effect: risk.effect,
        controls: risk.controls,
        ownerMembershipId: owned ? ctx.lead.membershipId : null,
        ownerRole: owned ? null : risk.owner,
        ...scores(current),
        reviewFrequency: frequency,
        nextReviewDate: monthsFrom(last, MONTHS[frequency]),
        lastReviewedAt: atTime(last, 10),
        escalatedToBoard: Boolean(risk.escalated) && !risk.closed,
        escalatedAt: risk.escalated && !risk.closed ? atTime(daysFrom(ctx.today, -risk.escalated.daysAgo), 15) : null,
        escalationNote: risk.escalated?.note ?? null,
        state: risk.closed ? "CLOSED" : "OPEN",
        closedAt: closedAt ? atTime(closedAt, 11) : null,
        closedReason: risk.closed?.reason ?? null,
        provenance,
        createdAt: atTime(dates[0]!, 9),
        // Nested rows take partnershipId from the risk: their keys include it.
        areas: { create: risk.areaCodes.map((code) => ({ priorityAreaId: ctx.areaIds.get(code)! })) },
        actions: { create: risk.actionCodes.filter((code) => ctx.actionIds.has(code)).map((code) => ({ actionId: ctx.actionIds.get(code)! })) },
        mitigations: {
          create: risk.mitigations.map((m, position) => ({
            text: m.text,
            ownerMembershipId: m.owner === "lead" ? ctx.lead.membershipId : null,
            ownerRole: m.owner === "lead" ? null : m.owner,
            dueDate: daysFrom(ctx.today, m.dueInDays),
            state: m.state,
            completedAt: m.state === "COMPLETE" ? atTime(daysFrom(ctx.today, m.dueInDays - 3), 12) : null,
            completionNote: m.completionNote ?? null,
            position,
          })),
        },
      },
      select: { id: true },
    });
    const history = risk.scores.map((rating, i) => ({
      kind: i === 0 ? ("CREATED" as const) : ("REVIEWED" as const),
      at: atTime(dates[i]!, 10),
      note: i === 0 ? "Added to the register at the risk register review." : (risk.notes[i] ?? ROUTINE_NOTES[(index + i) % ROUTINE_NOTES.length]!),
      rating,
      nextReviewDate: monthsFrom(dates[i]!, MONTHS[frequency]),
    }));
    const escalatedAt = risk.escalated ? atTime(daysFrom(ctx.today, -risk.escalated.daysAgo), 15) : null;
    // The scores as they stood at a moment: those of the latest review before it.
    const ratingAt = (moment: Date) => [...history].reverse().find((h) => h.at.getTime() <= moment.getTime())?.rating ?? risk.scores[0]!;
    const events = [
      ...history.filter((h) => !closedAt || h.at.getTime() <= atTime(closedAt, 10).getTime()),
      ...(risk.escalated ? [{ kind: "ESCALATED" as const, at: escalatedAt!, note: risk.escalated.note, rating: ratingAt(escalatedAt!), nextReviewDate: null }] : []),
      ...(closedAt && risk.closed ? [{ kind: "CLOSED" as const, at: atTime(closedAt, 11), note: risk.closed.reason, rating: risk.scores[risk.closed.afterReview]!, nextReviewDate: null }] : []),
    ];
    await tx.riskReview.createMany({
      data: events.map((e) => ({
        partnershipId: ctx.partnershipId,
        riskId: created.id,
        kind: e.kind,
        at: e.at,
        authorName: author(risk.owner),
        note: e.note,
        ...scores(e.rating),
        nextReviewDate: e.nextReviewDate,
      })),
    });
  }
}
