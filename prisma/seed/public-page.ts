// The demo's public progress pages (issue #21): Derbyshire's is on, with an
// approved summary per priority impact area, written for parents and carers
// in the plan's own terms and marked illustrative (Derbyshire published no
// such summaries); the two "you said, we did" items of the July 2025 pack's
// illustrative evidence made public; two KPIs with figures marked public.
// Derby City's page stays off. No document's facts change.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Status } from "../../lib/generated/prisma/enums";
import { areaRollup } from "../../lib/plan/compute";
import { JULY_2025_EVIDENCE } from "./stocktakes-data";
import { JULY_2025_EVIDENCE_PROVENANCE } from "./stocktakes";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DAY = 86_400_000;

/** The contact shown on the demo page: a demo address, as the demo's sign-ins are. */
export const DERBYSHIRE_PUBLIC_CONTACT = "send.partnership@derbyshire.demo";

/** Public KPIs: attendance of pupils with an EHCP, and part-time timetables (both with figures in the demo). */
export const DERBYSHIRE_PUBLIC_KPIS = ["D03", "D04"];

/** Per priority impact area: what we are doing, what has changed, what is next. */
export const DERBYSHIRE_SUMMARIES: Record<string, { doing: string; changed: string; next: string }> = {
  PIA1: {
    doing: "Leaders from the council, the NHS and schools are writing one plan for SEND together. Parents and carers help to write it.",
    changed: "Leaders now meet as one board to check the plan and agree what to do next.",
    next: "We will share the plan with families and ask what you think of it.",
  },
  PIA2: {
    doing: "We are finding out what help children with SEND need now, and what they will need in the years to come.",
    changed: "The council and the ICB have agreed how they will plan and buy services together.",
    next: "We will share what we found, and use it to plan new services.",
  },
  PIA3: {
    doing: "We are working to make EHC plans on time and good. We also check that each plan is looked at again every year.",
    changed: "We rewrote our letters about assessments with parent carers. Each family now gets a named person to contact at the start.",
    next: "We will check more plans each month and tell you how long plans take.",
  },
  PIA4: {
    doing: "Some children with SEND are missing school. We are finding out why, and working with schools to help them come back.",
    changed: "Every school in Derbyshire now works with our Inclusion Support Service.",
    next: "We will look at how many places we need in special schools, and plan for them.",
  },
  PIA5: {
    doing: "We want families to know what is changing, and to have a say in it. We work with Derbyshire Parent Carer Voice.",
    changed: "The notes of the board's meetings are now on the Local Offer for families to read.",
    next: "We are rewriting the Local Offer pages about assessments with parent carers. Then we will ask you what you think.",
  },
  PIA6: {
    doing: "Some children wait a long time to see a health worker, or to get help with their mental health. We are working to cut these waits.",
    changed: "We have checked the wheelchair service's waiting list with the company that runs it.",
    next: "We will set up more help for families while they wait.",
  },
};

export async function seedPublicPage(
  tx: Tx,
  slug: string,
  partnershipId: string,
  today: Date,
  people: { admin: string; lead: { membershipId: string | undefined; name: string } },
) {
  if (slug !== "derbyshire") {
    await tx.partnership.update({ where: { id: partnershipId }, data: { publicPageEnabled: false } });
    return;
  }
  await tx.partnership.update({ where: { id: partnershipId }, data: { publicPageEnabled: true, contactEmail: DERBYSHIRE_PUBLIC_CONTACT } });

  const areas = await tx.priorityArea.findMany({
    where: { partnershipId, code: { in: Object.keys(DERBYSHIRE_SUMMARIES) }, archivedAt: null },
    select: { id: true, code: true, overrideStatus: true, actions: { select: { updates: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } } } } },
  });
  const approvedAt = new Date(today.getTime() - 7 * DAY);
  for (const area of areas) {
    const text = DERBYSHIRE_SUMMARIES[area.code]!;
    // The area's status as the plan rolls it up from its actions' latest updates (or the lead's override).
    const status: Status = area.overrideStatus ?? areaRollup(area.actions.flatMap((action) => action.updates.map((update) => update.status)));
    await tx.publicSummary.create({
      data: {
        partnershipId,
        priorityAreaId: area.id,
        state: "APPROVED",
        whatWeAreDoing: text.doing,
        whatHasChanged: text.changed,
        whatIsNext: text.next,
        authorMembershipId: people.lead.membershipId,
        authorName: people.lead.name,
        submittedAt: new Date(approvedAt.getTime() - 2 * DAY),
        approvedAt,
        approvedByName: people.admin,
        statusAtApproval: status,
        illustrative: true,
      },
    });
  }

  // "You said, we did": the July 2025 pack's family feedback (illustrative evidence, marked so).
  const said = JULY_2025_EVIDENCE.filter((item) => item.kind === "FEEDBACK" && item.family).map((item) => item.title);
  await tx.evidence.updateMany({
    where: { partnershipId, kind: "FEEDBACK", title: { in: said } },
    data: { publicAt: new Date(approvedAt.getTime() - DAY), provenance: JULY_2025_EVIDENCE_PROVENANCE },
  });

  await tx.kpi.updateMany({ where: { partnershipId, code: { in: DERBYSHIRE_PUBLIC_KPIS } }, data: { isPublic: true } });
}
