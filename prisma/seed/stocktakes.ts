// Derbyshire's six-monthly stocktakes (Improvement Notice §8–10).
//
// Real: the stocktake meeting of 2 July 2025 and the DfE and NHS England
// letter of 15 July 2025 (seed 001) — its key findings and next steps for
// leadership and governance and for each area of priority action, recorded
// here by the demo's DfE advisor, and the next review it names (January
// 2026). Illustrative, and marked so on every pack: the partnership's own
// words in the July 2025 pack (Derbyshire did not publish its submission),
// its evidence items, and every later stocktake — one every six months after
// July 2025 while its review falls on or before the seed's today, each
// answering the last one's next steps — with the advisors' findings on them.
// The tables in every pack are drawn from the demo data by the app's own
// code (lib/stocktakes/compute/pack.ts), as at the day the pack was published, and
// frozen as the app freezes them. Dated relative to today (lib/clock), so the
// same day always seeds the same stocktakes.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Status } from "../../lib/generated/prisma/enums";
import { parseIsoDate, toIsoDate } from "../../lib/dates/format";
import { drawPack, freezePack } from "../../lib/stocktakes/compute/pack";
import { defaultTitle } from "../../lib/stocktakes/compute/lifecycle";
import { dataFindings, prefillSections } from "../../lib/stocktakes/compute/prefill";
import { listEvidenceCandidates, listPeriodReports } from "../../lib/stocktakes/sections/queries";
import { getStocktakeRow } from "../../lib/stocktakes/sections/queries";
import { getStocktakeSource } from "../../lib/stocktakes/pack-source/queries";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY } from "../../lib/stocktakes/source";
import { JULY_2025, JULY_2025_ASSESSMENT, JULY_2025_EVIDENCE, JULY_2025_SUMMARY, LATER_FINDINGS, LETTER, RESPONSES, type LetterSection } from "./stocktakes-data";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const JULY_2025_PROVENANCE =
  "The review’s key findings and next steps below are those of the DfE and NHS England letter to Derbyshire of 15 July 2025, word for word. The partnership’s own words in this pack, and its evidence items, are illustrative: Derbyshire did not publish its submission, so they are written for the demo in the plan’s voice to agree with the letter. The tables are drawn from the demo plan data as the app draws them.";

export const JULY_2025_EVIDENCE_PROVENANCE =
  "Illustrative: evidence written for the demo's July 2025 stocktake pack, of what the DfE and NHS England letter of 15 July 2025 says the evidence showed.";

export const ILLUSTRATIVE_STOCKTAKE =
  "Illustrative: a demo stocktake that continues Derbyshire’s story after the documents. The partnership’s words, its responses and the review’s findings are invented for the demo; the tables are drawn from the demo data as the app draws them.";

const DAY = 86_400_000;
const date = parseIsoDate;
const at = (day: Date, hour: number) => new Date(day.getTime() + hour * 3_600_000);
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY);

/** The nth Wednesday of a month: the illustrative reviews' slot (January's third, July's second). */
function wednesday(year: number, month: number, nth: number): Date {
  const first = new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month, 1 + ((3 - first.getUTCDay() + 7) % 7) + 7 * (nth - 1)));
}

/** Next steps the partnership reports done (illustrative). */
const DONE = new Set(["Embedding System-wide Governance", "Shared Data Dashboard", "Strengthening Quality Assurance", "JSNA", "Urgent Improvement of Performance Data"]);

type People = { admin: string; advisor: string; advisorUserId: string };
type Written = { status: Status | null; progress: string | null; keyFindings: string | null; nextSteps: string | null };

type Plan = {
  title: string;
  periodStart: Date;
  periodEnd: Date;
  review: Date;
  published: Date;
  provenance: string;
  previousId: string | null;
  summary: string;
  /** The advisors' findings, per section key ("GOVERNANCE", an area's code), and when they were published (null: still drafts). */
  findings: (written: Map<string, Written>) => Record<string, LetterSection>;
  findingsPublished: Date | null;
  findingsAuthor: string;
  nextReview: { date: Date; monthOnly: boolean } | null;
  written: (code: string, drawn: { status: Status | null; data: string | null; reported: string | null }) => Partial<Written>;
};

async function seedOne(tx: Tx, partnershipId: string, plan: Plan, people: People, evidenceByArea: Map<string, string[]>): Promise<string> {
  const areas = await tx.priorityArea.findMany({ where: { partnershipId, archivedAt: null }, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, code: true } });
  const codeOf = new Map(areas.map((a) => [a.id, a.code]));
  const stocktake = await tx.stocktake.create({
    data: {
      partnershipId,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      reviewDate: plan.review,
      previousId: plan.previousId,
      provenance: plan.provenance,
      summary: null,
      createdAt: at(addDays(plan.published, -28), 9),
    },
    select: { id: true },
  });
  // The sections start as the app would start them: prefilled from the period's highlight reports and data.
  const source = (await getStocktakeSource(partnershipId, plan.periodStart, tx))!;
  const empty = drawPack(source, { ...plan, id: stocktake.id, reviewDate: plan.review, summary: null, previous: null, sections: [], steps: [] }, plan.published);
  const [reports, candidates] = await Promise.all([
    listPeriodReports(partnershipId, plan.periodStart, plan.periodEnd, tx),
    listEvidenceCandidates(partnershipId, plan.periodStart, plan.periodEnd, tx),
  ]);
  const prefill = prefillSections(empty, source.areas, reports, candidates, { start: plan.periodStart, end: plan.periodEnd }, source.labels);
  const written = new Map<string, Written>();
  for (const [position, section] of prefill.entries()) {
    const code = section.priorityAreaId ? codeOf.get(section.priorityAreaId)! : section.key;
    const drawn = empty.areas.find((a) => a.key === section.key);
    // An area for improvement filed under a priority area reports with it: its data, and so its suggested status, are the parent's.
    const data = drawn?.data ?? empty.areas.find((a) => a.code === drawn?.parent?.code)?.data ?? null;
    const own = plan.written(code, {
      status: data?.suggested.status ?? null,
      data: drawn?.data ? dataFindings(drawn.data, empty.asAt, source.labels) : null,
      reported: section.progress,
    });
    const words: Written = {
      status: section.kind === "AREA" ? (own.status ?? section.status ?? data?.suggested.status ?? "NOT_DUE") : null,
      progress: own.progress ?? section.progress,
      keyFindings: own.keyFindings ?? section.keyFindings,
      nextSteps: own.nextSteps ?? section.nextSteps,
    };
    written.set(code, words);
    const linked = new Set([...section.evidenceIds, ...(evidenceByArea.get(code) ?? [])]);
    await tx.stocktakeSection.create({
      data: {
        partnershipId,
        stocktakeId: stocktake.id,
        key: section.key,
        kind: section.kind,
        priorityAreaId: section.priorityAreaId,
        ...words,
        position,
        updatedByName: people.admin,
        evidence: { create: [...linked].map((evidenceId) => ({ evidenceId })) },
      },
    });
  }
  // A response to each of the last stocktake's published next steps.
  if (plan.previousId) {
    const steps = await tx.advisorFinding.findMany({
      where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { partnershipId, stocktakeId: plan.previousId } },
      select: { id: true, heading: true },
    });
    for (const step of steps) {
      await tx.stocktakeResponse.create({
        data: {
          partnershipId,
          stocktakeId: stocktake.id,
          findingId: step.id,
          response: RESPONSES[step.heading] ?? `Progress on “${step.heading}” is set out in this area’s section: what was done, and what is still to do, with the evidence.`,
          status: DONE.has(step.heading) ? "COMPLETE" : "ON_TRACK",
          authorName: people.admin,
        },
      });
    }
  }
  await tx.stocktake.updateMany({
    where: { id: stocktake.id, partnershipId },
    data: { summary: plan.summary },
  });

  // Published as the app publishes: drawn as at the day of publication and frozen.
  const row = (await getStocktakeRow(partnershipId, stocktake.id, tx))!;
  const snapshot = freezePack(drawPack(source, row, plan.published), { publishedAt: at(plan.published, 16).toISOString(), publishedBy: people.admin });
  await tx.stocktake.updateMany({
    where: { id: stocktake.id, partnershipId },
    data: {
      state: "PUBLISHED",
      snapshot,
      publishedAt: at(plan.published, 16),
      publishedByName: people.admin,
      version: 3,
      nextReviewDate: plan.findingsPublished ? (plan.nextReview?.date ?? null) : null,
      nextReviewMonthOnly: plan.nextReview?.monthOnly ?? false,
    },
  });
  if (plan.previousId) {
    await tx.advisorFinding.updateMany({
      where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { partnershipId, stocktakeId: plan.previousId } },
      data: { answeredInId: stocktake.id },
    });
  }

  // The review's findings, recorded by the advisor against the pack's sections.
  const sections = await tx.stocktakeSection.findMany({ where: { partnershipId, stocktakeId: stocktake.id }, select: { id: true, key: true, priorityAreaId: true } });
  const sectionOf = (key: string) =>
    sections.find((s) => (key === GOVERNANCE_KEY || key === FAMILY_VOICE_KEY ? s.key === key : s.priorityAreaId && codeOf.get(s.priorityAreaId) === key));
  for (const [key, letter] of Object.entries(plan.findings(written))) {
    const section = sectionOf(key);
    if (!section) continue;
    const items = [...letter.keyFindings.map((f) => ({ ...f, kind: "KEY_FINDING" as const })), ...letter.nextSteps.map((f) => ({ ...f, kind: "NEXT_STEP" as const }))];
    for (const [i, item] of items.entries()) {
      await tx.advisorFinding.create({
        data: {
          partnershipId,
          stocktakeSectionId: section.id,
          kind: item.kind,
          heading: item.heading,
          text: item.text,
          position: item.kind === "KEY_FINDING" ? i : i - letter.keyFindings.length,
          authorName: plan.findingsAuthor,
          authorUserId: people.advisorUserId,
          byAdvisor: true,
          publishedAt: plan.findingsPublished ? at(plan.findingsPublished, 11) : null,
          publishedByName: plan.findingsPublished ? plan.findingsAuthor : null,
          createdAt: at(addDays(plan.review, 2), 10),
        },
      });
    }
  }
  return stocktake.id;
}

function formatDay(day: Date): string {
  return day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** Invented findings for a later review: the ones written for it, or a general pair from the pack's data. */
function laterFindings(month: string, written: Map<string, Written>): Record<string, LetterSection> {
  const known = LATER_FINDINGS.find((f) => f.month === month);
  if (known) return { GOVERNANCE: known.governance, ...known.areas };
  const worst = [...written.entries()].filter(([, w]) => w.status === "OFF_TRACK").map(([code]) => code);
  return {
    GOVERNANCE: {
      keyFindings: [{ heading: "Oversight", text: "the board continues to hold partners to account against the plan." }],
      nextSteps: [
        {
          heading: "Slow objectives",
          text: `bring the areas the partnership assesses as off track${worst.length ? ` (${worst.join(", ")})` : ""} back on course, with dated recovery actions.`,
        },
      ],
    },
  };
}

/** Seeds Derbyshire's stocktakes up to `today`; returns how many were published. */
export async function seedStocktakes(tx: Tx, partnershipId: string, today: Date, people: People): Promise<number> {
  if (today.getTime() < date(JULY_2025.letter).getTime()) return 0;
  const areas = await tx.priorityArea.findMany({ where: { partnershipId }, select: { id: true, code: true } });
  const areaId = new Map(areas.map((a) => [a.code, a.id]));

  // The July 2025 pack's evidence items (illustrative), filed against their areas.
  const evidenceByArea = new Map<string, string[]>();
  for (const item of JULY_2025_EVIDENCE) {
    const created = await tx.evidence.create({
      data: {
        partnershipId,
        title: item.title,
        kind: item.kind,
        date: date(item.date),
        text: item.text,
        priorityAreaId: item.area ? areaId.get(item.area) : null,
        createdByName: people.admin,
      },
      select: { id: true },
    });
    for (const key of [item.area ?? GOVERNANCE_KEY, ...(item.family ? [FAMILY_VOICE_KEY] : [])]) evidenceByArea.set(key, [...(evidenceByArea.get(key) ?? []), created.id]);
  }

  const advisor = people.advisor;
  const meeting = date(JULY_2025.meeting);
  let previousId = await seedOne(
    tx,
    partnershipId,
    {
      title: "Six-monthly stocktake, July 2025",
      periodStart: date("2025-01-01"),
      periodEnd: date("2025-06-30"),
      review: meeting,
      published: date("2025-06-25"),
      provenance: JULY_2025_PROVENANCE,
      summary: JULY_2025_SUMMARY,
      previousId: null,
      findings: () => LETTER,
      findingsPublished: date(JULY_2025.letter),
      findingsAuthor: `${advisor}, from the DfE and NHS England letter of 15 July 2025`,
      nextReview: { date: date(`${JULY_2025.nextReviewMonth}-01`), monthOnly: true },
      written: (code) => JULY_2025_ASSESSMENT[code] ?? {},
    },
    people,
    evidenceByArea,
  );
  let published = 1;

  // Every six months after: January's review on its third Wednesday, July's on its second.
  for (let n = 1; ; n++) {
    const year = 2025 + Math.ceil(n / 2);
    const january = n % 2 === 1;
    const review = january ? wednesday(year, 0, 3) : wednesday(year, 6, 2);
    if (review.getTime() > today.getTime()) break;
    const periodStart = january ? date(`${year - 1}-07-01`) : date(`${year}-01-01`);
    const periodEnd = january ? date(`${year - 1}-12-31`) : date(`${year}-06-30`);
    const month = toIsoDate(review).slice(0, 7);
    const findingsOn = addDays(review, 14);
    const next = january ? date(`${year}-07-01`) : date(`${year + 1}-01-01`);
    previousId = await seedOne(
      tx,
      partnershipId,
      {
        title: defaultTitle(review, periodEnd),
        periodStart,
        periodEnd,
        review,
        published: addDays(review, -7),
        provenance: ILLUSTRATIVE_STOCKTAKE,
        summary: `Illustrative. Our own assessment of progress against the Priority Impact Plan from ${formatDay(periodStart)} to ${formatDay(periodEnd)}, for the review with the DfE and NHS England on ${formatDay(review)}: each area's section sets out what was done and what the data says, and each of the last review's next steps has its response.`,
        previousId,
        findings: (written) => laterFindings(month, written),
        // A letter not yet due by today: the advisor's findings are still drafts, seen by the advisors only.
        findingsPublished: findingsOn.getTime() <= today.getTime() ? findingsOn : null,
        findingsAuthor: advisor,
        nextReview: { date: next, monthOnly: true },
        written: (code, drawn) =>
          code === GOVERNANCE_KEY || code === FAMILY_VOICE_KEY
            ? {}
            : {
                status: drawn.status,
                // The figures are the key findings (prefilled from the data); progress is what the leads reported, not the figures again.
                progress: drawn.reported
                  ? `Illustrative. In the six months to ${formatDay(periodEnd)}, month by month as the lead reported it to the board:\n\n${drawn.reported}`
                  : drawn.data
                    ? `Illustrative. In the six months to ${formatDay(periodEnd)}, as the tables below show; our key findings give the figures.`
                    : `Illustrative. Reported with its priority impact area.`,
              },
      },
      people,
      new Map(),
    );
    published++;
  }
  return published;
}
