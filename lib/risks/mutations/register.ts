import "server-only";
// Adding and editing risks on the register. Every score change is kept in
// the risk's history with who, when and why (RiskReview), beside the audit row.
import type { Tx } from "@/lib/db";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import * as clock from "@/lib/clock";
import { fieldError, ForbiddenError, staleError, ValidationError } from "@/lib/errors";
import { requireMember } from "@/lib/people/queries";
import { requireActionCodes, requireLiveAreas } from "@/lib/plan/references/queries";
import { mayEditRisks, mayManageEveryRisk } from "../access";
import { requireRiskToManage } from "../queries";
import { assertReviewDate, assertRiskAreas, historyEntry, scoresChanged, scoresOf } from "../rules";
import type { CreateRiskInput, UpdateRiskInput } from "../schema";

function riskData(input: CreateRiskInput) {
  return {
    title: input.title,
    cause: input.cause ?? null,
    effect: input.effect ?? null,
    controls: input.controls ?? null,
    ownerMembershipId: input.ownerMembershipId ?? null,
    ownerRole: input.ownerRole ?? null,
    ...scoresOf(input),
    reviewFrequency: input.reviewFrequency,
    nextReviewDate: input.nextReviewDate,
  };
}

/** What the audit row shows of a risk, before and after. */
function audited(input: CreateRiskInput) {
  return { ...riskData(input), areaIds: input.areaIds, actionCodes: input.actionCodes };
}

/** The areas, actions and owner the form names: this partnership's, and areas the caller may link; the actions' ids. */
async function resolveLinks(tx: Tx, partnershipId: string, caller: Caller, input: CreateRiskInput, existingAreas: readonly string[]) {
  await requireLiveAreas(tx, partnershipId, input.areaIds);
  assertRiskAreas(caller, input.areaIds, existingAreas);
  const actionIds = await requireActionCodes(tx, partnershipId, input.actionCodes);
  await requireMember(tx, partnershipId, input.ownerMembershipId);
  return actionIds;
}

async function writeLinks(tx: Tx, partnershipId: string, riskId: string, areaIds: readonly string[], actionIds: readonly string[]) {
  await tx.riskArea.createMany({ data: areaIds.map((priorityAreaId) => ({ partnershipId, riskId, priorityAreaId })) });
  await tx.riskAction.createMany({ data: actionIds.map((actionId) => ({ partnershipId, riskId, actionId })) });
}

/** "R01", "R02"…: one more than the highest number used so far. */
async function nextCode(tx: Tx, partnershipId: string): Promise<string> {
  const codes = await tx.risk.findMany({ where: { partnershipId }, select: { code: true } });
  const highest = Math.max(0, ...codes.map((r) => /^R(\d+)$/.exec(r.code)).map((m) => (m ? Number(m[1]) : 0)));
  return `R${String(highest + 1).padStart(2, "0")}`;
}

const racedForCode = () => new ValidationError("Someone added a risk at the same moment, so this one was not saved. Add it again.");

export const createRisk = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateRiskInput) => {
    if (!mayEditRisks(caller.scope)) throw new ForbiddenError("Only the programme office and priority leads can add risks.");
    // Only the programme office keeps a risk partnership-wide; a lead's risk belongs to an area they lead.
    if (!mayManageEveryRisk(caller.scope) && input.areaIds.length === 0) throw fieldError("areaIds", "Choose the priority area the risk belongs to.");
    const actionIds = await resolveLinks(tx, partnershipId, caller, input, []);
    assertReviewDate("nextReviewDate", input.nextReviewDate, clock.today(), 0);
    const code = await nextCode(tx, partnershipId);
    const at = clock.now();
    const risk = await tx.risk.create({ data: { partnershipId, code, ...riskData(input), lastReviewedAt: at }, select: { id: true, code: true, version: true } });
    await writeLinks(tx, partnershipId, risk.id, input.areaIds, actionIds);
    await tx.riskReview.create({
      data: historyEntry(partnershipId, caller, { riskId: risk.id, kind: "CREATED", at, note: "Added to the register.", scores: input, nextReviewDate: input.nextReviewDate }),
    });
    return { result: risk, audit: { kind: "Risk", verb: "create", entityId: risk.id, after: { code, ...audited(input) } } };
  },
  { duplicate: racedForCode },
);

export const updateRisk = mutation(async (tx, partnershipId, caller: Caller, input: UpdateRiskInput) => {
  const risk = await requireRiskToManage(tx, partnershipId, caller, input.id);
  const existingAreas = risk.areas.map((a) => a.priorityAreaId);
  const actionIds = await resolveLinks(tx, partnershipId, caller, input, existingAreas);
  if (input.nextReviewDate.getTime() !== risk.nextReviewDate.getTime()) assertReviewDate("nextReviewDate", input.nextReviewDate, clock.today(), 0);
  const rescored = scoresChanged(risk, input);
  if (rescored && !input.scoreReason) throw fieldError("scoreReason", "Say why the scores changed: the board reads it in the risk’s history.");
  const { count } = await tx.risk.updateMany({
    where: { id: risk.id, partnershipId, version: input.version },
    data: { ...riskData(input), version: { increment: 1 } },
  });
  if (count === 0) throw staleError(`risk ${risk.code}`);
  const where = { partnershipId, riskId: risk.id };
  await tx.riskArea.deleteMany({ where });
  await tx.riskAction.deleteMany({ where });
  await writeLinks(tx, partnershipId, risk.id, input.areaIds, actionIds);
  if (rescored) {
    await tx.riskReview.create({
      data: historyEntry(partnershipId, caller, { riskId: risk.id, kind: "SCORES_CHANGED", at: clock.now(), note: input.scoreReason!, scores: input }),
    });
  }
  return {
    result: { id: risk.id, code: risk.code, version: input.version + 1 },
    audit: {
      kind: "Risk",
      verb: "update",
      entityId: risk.id,
      before: {
        title: risk.title,
        ...scoresOf(risk),
        ownerMembershipId: risk.ownerMembershipId,
        ownerRole: risk.ownerRole,
        areaIds: existingAreas,
        nextReviewDate: risk.nextReviewDate,
      },
      after: { code: risk.code, ...audited(input), scoreReason: input.scoreReason ?? null },
    },
  };
});
