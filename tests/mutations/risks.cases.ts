// The risk register: each mutation once, with a valid input, as Derby City's admin.
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import type { CreateRiskInput } from "@/lib/risks/schema";
import type { MutationCases } from "./types";

function riskInput(areaIds: string[], overrides: Partial<CreateRiskInput> = {}): CreateRiskInput {
  return {
    title: "Registry test risk",
    cause: "Written by the mutation registry test.",
    ownerRole: "Programme office",
    areaIds,
    actionCodes: [],
    inherentLikelihood: 4,
    inherentImpact: 4,
    currentLikelihood: 3,
    currentImpact: 4,
    targetLikelihood: 2,
    targetImpact: 2,
    reviewFrequency: "MONTHLY",
    nextReviewDate: parseIsoDate("2026-12-20"),
    ...overrides,
  };
}

/** A fresh open risk in Derby City, made through the mutation itself (setup writes are not counted). */
async function freshRisk(context: Parameters<MutationCases[string]>[0]) {
  const { createRisk } = await import("@/lib/risks/mutations/register");
  return createRisk(context.partnershipId, context.admin, riskInput([]));
}

async function freshMitigation(context: Parameters<MutationCases[string]>[0]) {
  const risk = await freshRisk(context);
  const { addMitigation } = await import("@/lib/risks/mutations/mitigations");
  const { id } = await addMitigation(context.partnershipId, context.admin, {
    riskId: risk.id,
    text: "Registry mitigation",
    ownerRole: "Programme office",
    dueDate: parseIsoDate("2027-01-31"),
    state: "PLANNED",
  });
  return id;
}

export const riskCases: MutationCases = {
  "lib/risks/mutations/register.ts#createRisk": async ({ partnershipId }) => {
    const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, select: { id: true } });
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, select: { code: true } });
    return riskInput([area.id], { actionCodes: [action.code] });
  },
  "lib/risks/mutations/register.ts#updateRisk": async (context) => {
    const risk = await freshRisk(context);
    return { id: risk.id, version: risk.version, ...riskInput([], { currentLikelihood: 4 }), scoreReason: "Registry test: the score moved." };
  },
  "lib/risks/mutations/lifecycle.ts#reviewRisk": async (context) => {
    const risk = await freshRisk(context);
    return { riskId: risk.id, version: risk.version, currentLikelihood: 2, currentImpact: 4, note: "Registry test review.", nextReviewDate: parseIsoDate("2026-12-20") };
  },
  "lib/risks/mutations/lifecycle.ts#setRiskClosed": async (context) => {
    const risk = await freshRisk(context);
    return { id: risk.id, version: risk.version, closed: true, reason: "Registry test: mitigated." };
  },
  "lib/risks/mutations/lifecycle.ts#setRiskEscalated": async (context) => {
    const risk = await freshRisk(context);
    return { id: risk.id, version: risk.version, escalated: true, note: "Registry test: for the board." };
  },
  "lib/risks/mutations/mitigations.ts#addMitigation": async (context) => {
    const risk = await freshRisk(context);
    return { riskId: risk.id, text: "Registry mitigation", ownerRole: "Programme office", dueDate: parseIsoDate("2027-01-31"), state: "PLANNED" };
  },
  "lib/risks/mutations/mitigations.ts#updateMitigation": async (context) => {
    const id = await freshMitigation(context);
    return { id, version: 1, text: "Registry mitigation, edited", ownerRole: "Programme office", dueDate: parseIsoDate("2027-02-28"), state: "IN_PROGRESS" };
  },
  "lib/risks/mutations/mitigations.ts#completeMitigation": async (context) => {
    const id = await freshMitigation(context);
    return { id, version: 1, note: "Registry test: done." };
  },
};
