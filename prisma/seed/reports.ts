// Demo highlight reports for Derbyshire's areas. The plan says each priority
// lead "will provide monthly highlight reports to the SEND Improvement Board"
// (seed 000), but no report is published, so these are ILLUSTRATIVE: written
// for the demo in the plan's voice, and marked so wherever they show (the
// report's provenance line, on screen and in its PDF). The tables in them are
// not invented: each submission is drawn from the demo plan data by the app's
// own prefill, as at the month's end, and frozen as the app would freeze it.
//
// Dated relative to the seed's today (lib/clock), so the same day always
// gives the same demo: the three months before last are noted by the board
// (one report returned and resubmitted on the way); last month's are a mix —
// noted, submitted and awaiting the board, a draft, and some not started —
// so that My updates and, after the due day, the dashboard show what is owed.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Status } from "../../lib/generated/prisma/enums";
import { drawReport, freezeReport } from "../../lib/reports/document";
import { owedPeriod, periodEnd, periodLabel, shiftMonth } from "../../lib/reports/period";
import { getReportSource } from "../../lib/reports/queries";
import type { ReportWritten } from "../../lib/reports/snapshot";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const ILLUSTRATIVE_REPORT =
  "Illustrative: a demo highlight report written for Stocktake in the voice of Derbyshire's plan; it is not a published Derbyshire document. Its tables are drawn from the demo plan data as the app draws them.";

type AreaText = { focus: string; done: string; next: string; risk: string; impact: string; decision?: string };

/** What each area's lead writes about, in the plan's own terms (seed 000). */
const TEXT: Record<string, AreaText> = {
  PIA1: {
    focus: "the co-produced SEND Strategy and the governance of the improvement programme",
    done: "The SEND Strategy engagement plan ran with Derbyshire Parent Carer Voice; the Board's minutes were published on the Local Offer within ten working days.",
    next: "Take the final draft of the SEND Strategy to the partnership for sign-off and agree the quarterly deep-dive schedule.",
    risk: "Capacity in the programme office while two posts are vacant; mitigated by interim support from the ICB's programme team.",
    impact: "Parent carers who took part in the strategy workshops said they could see their words in the draft; the forum's monthly survey shows more families saying they feel listened to.",
    decision: "Agree the date of the extraordinary Board meeting to approve the SEND Strategy.",
  },
  PIA2: {
    focus: "joint commissioning grounded in the refreshed JSNA",
    done: "The JSNA SEND chapter was shared with partners and the joint commissioning group agreed its first three priorities from it.",
    next: "Draft the Joint Commissioning Strategy and test it with the parent carer forum.",
    risk: "The Joint Commissioning Strategy depends on the JSNA timetable; a change request has moved it once already.",
    impact: "Families will see commissioning decisions explained against the needs the JSNA describes; no change yet in what they experience.",
  },
  PIA3: {
    focus: "the timeliness and quality of EHC needs assessments, plans and annual reviews",
    done: "The new multi-agency panel met weekly; the quality assurance framework audited a sample of plans each month.",
    next: "Extend the audit to annual reviews and report the first results to the Board.",
    risk: "Educational psychology capacity remains the main constraint on 20-week timeliness.",
    impact: "Families told the forum that letters are clearer since the templates were rewritten with them; fewer complaints mention not knowing what happens next.",
    decision: "Note the recovery trajectory for 20-week timeliness and the additional educational psychology capacity it assumes.",
  },
  PIA4: {
    focus: "children and young people with SEND missing education",
    done: "Schools began returning part-time timetable data monthly; the inclusion team reviewed every timetable longer than six weeks.",
    next: "Publish the part-time timetable protocol to schools and families.",
    risk: "Alternative provision places are short in the north of the county.",
    impact: "More children on reduced timetables have a plan to return to full-time education, and families are told who to contact.",
  },
  PIA5: {
    focus: "communication with families and the voice of children and young people",
    done: "The Local Offer pages on EHC assessments were rewritten with parent carers; the 'you said, we did' page was published.",
    next: "Run the autumn survey with Derbyshire Parent Carer Voice and the youth forum.",
    risk: "Response rates from families of younger children are low; the forum is reaching them through early years settings.",
    impact: "Parents can now find out where their child's assessment is without phoning; the forum reports fewer calls about it.",
  },
  PIA6: {
    focus: "health waiting times and support while waiting",
    done: "The neurodevelopmental pathway's 'waiting well' offer was sent to every family on the waiting list.",
    next: "Report waits by pathway to the Board monthly, with the support offered while waiting.",
    risk: "Demand for autism assessments continues to rise faster than capacity.",
    impact: "Families waiting for an assessment now receive information and a named contact; the forum will test whether they use them.",
    decision: "Support the ICB's bid for additional assessment capacity.",
  },
  AFI2: {
    focus: "transitions and preparation for adulthood",
    done: "Preparing for adulthood reviews from Year 9 were added to the annual review template.",
    next: "Agree the post-16 transition protocol with colleges and adult social care.",
    risk: "Adult social care transition assessments start late for some young people.",
    impact: "Young people in Year 9 reviews said they were asked what they want for their future, many for the first time.",
  },
};

const FALLBACK: AreaText = {
  focus: "the area's actions",
  done: "Actions progressed as the tables show.",
  next: "Continue the actions due next month.",
  risk: "None beyond those in the tables.",
  impact: "The lead will report the evidence of impact from the family feedback recorded.",
};

/** One step better, for a lead who reads the month more hopefully than the roll-up (and must say why). */
const BETTER: Partial<Record<Status, Status>> = { OFF_TRACK: "AT_RISK", AT_RISK: "ON_TRACK" };

function written(code: string, period: Date, suggested: Status, revision: "first" | "resubmitted"): ReportWritten {
  const t = TEXT[code] ?? FALLBACK;
  const month = periodLabel(period);
  // PIA3's lead reads the month one step better than the data, and says why: the reason the board sees beside the status.
  const hopeful = code === "PIA3" ? BETTER[suggested] : undefined;
  return {
    overallStatus: hopeful ?? suggested,
    statusReason: hopeful
      ? "The roll-up counts actions past their original dates; the panel's weekly throughput has cleared a third of the assessment backlog since the summer, and the recovery trajectory agreed with the Board is on course."
      : null,
    summary: `${month} on ${t.focus}. ${t.done}`,
    achievements: t.done,
    nextPeriod: t.next,
    risksAndIssues: t.risk,
    decisionsNeeded: t.decision ?? null,
    impactOnFamilies:
      revision === "resubmitted"
        ? `${t.impact} As the Board asked, the evidence is from Derbyshire Parent Carer Voice's monthly survey and the forum's minutes; what it means for families of the slipped actions is set out under risks and issues.`
        : t.impact,
  };
}

const at = (day: Date, hour: number) => new Date(day.getTime() + hour * 3_600_000);
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);
const earliest = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

type Version = { outcome: "NOTED" | "RETURNED" | null; comment?: string; revision: "first" | "resubmitted" };
type Plan = { period: Date; versions: Version[]; draftOnly?: boolean };

/** What exists for each area, month by month, relative to the month whose reports are owed now. */
function plans(code: string, owed: Date): Plan[] {
  const noted: Version[] = [{ outcome: "NOTED", revision: "first" }];
  const history: Plan[] = [3, 2, 1].map((back) => ({ period: shiftMonth(owed, -back), versions: noted }));
  if (code === "PIA1") {
    history[2] = {
      period: shiftMonth(owed, -1),
      versions: [
        { outcome: "RETURNED", revision: "first", comment: "Please add the evidence of impact from the parent carer forum's survey, and say what the slipped strategy timetable means for families, then resubmit." },
        { outcome: "NOTED", revision: "resubmitted", comment: "Noted, with thanks for the evidence from the forum." },
      ],
    };
  }
  const current: Record<string, Plan | null> = {
    PIA2: { period: owed, versions: noted },
    PIA3: { period: owed, versions: [{ outcome: null, revision: "first" }] },
    PIA4: { period: owed, versions: [{ outcome: null, revision: "first" }] },
    AFI2: { period: owed, versions: [{ outcome: null, revision: "first" }] },
    PIA5: { period: owed, versions: [], draftOnly: true },
  };
  // PIA1 (the demo lead's own area) and PIA6 have not started last month's report: it is owed.
  const now = current[code];
  return now ? [...history, now] : history;
}

/** Seeds Derbyshire's illustrative highlight reports; returns how many submissions were frozen. */
export async function seedHighlightReports(tx: Tx, partnershipId: string, today: Date, people: { admin: string; lead: string; chair: string }): Promise<number> {
  const areas = await tx.priorityArea.findMany({ where: { partnershipId, parentId: null, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, code: true } });
  const owed = owedPeriod(today);
  let frozen = 0;
  for (const area of areas) {
    const loaded = await getReportSource(partnershipId, area.id, tx);
    if (!loaded) continue;
    // The demo lead writes their own area's reports; the programme office writes for leads without a login.
    const author = area.code === "PIA1" ? people.lead : `${people.admin}, for the lead`;
    for (const plan of plans(area.code, owed)) {
      const end = periodEnd(plan.period);
      const submittedOn = earliest(addDays(end, 6), today);
      const decidedOn = earliest(addDays(end, 16), today);
      const suggested = drawReport(loaded, plan.period, submittedOn, written(area.code, plan.period, "NOT_DUE", "first"), null).prefill.suggested.status;
      const last = plan.versions.at(-1);
      const finalText = written(area.code, plan.period, suggested, last?.revision ?? "first");
      const report = await tx.highlightReport.create({
        data: {
          partnershipId,
          priorityAreaId: area.id,
          period: plan.period,
          state: plan.draftOnly ? "DRAFT" : last?.outcome ? last.outcome : "SUBMITTED",
          ...columns(plan.draftOnly ? { ...finalText, impactOnFamilies: null, decisionsNeeded: null } : finalText),
          authorName: author,
          provenance: ILLUSTRATIVE_REPORT,
          version: plan.versions.length + 1,
          createdAt: at(end, 9),
        },
      });
      for (const [i, version] of plan.versions.entries()) {
        const number = i + 1;
        // A resubmission comes a week after the return.
        const submittedAt = at(addDays(submittedOn, i * 7), 10);
        const text = written(area.code, plan.period, suggested, version.revision);
        const snapshot = freezeReport(drawReport(loaded, plan.period, submittedOn, text, ILLUSTRATIVE_REPORT), {
          number,
          submittedAt: submittedAt.toISOString(),
          submittedBy: author,
        });
        const decidedAt = version.outcome ? at(addDays(decidedOn, i * 7), 15) : null;
        await tx.highlightReportSubmission.create({
          data: {
            partnershipId,
            reportId: report.id,
            number,
            snapshot,
            submittedAt,
            submittedByName: author,
            outcome: version.outcome,
            outcomeComment: version.comment ?? null,
            decidedByName: version.outcome ? people.chair : null,
            decidedAt,
          },
        });
        frozen++;
      }
    }
  }
  return frozen;
}

function columns(text: ReportWritten) {
  return {
    overallStatus: text.overallStatus,
    statusReason: text.statusReason,
    commentary: text.summary,
    achievements: text.achievements,
    plannedNext: text.nextPeriod,
    risksAndIssues: text.risksAndIssues,
    decisionsNeeded: text.decisionsNeeded,
    impactOnFamilies: text.impactOnFamilies,
  };
}
