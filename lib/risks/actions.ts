"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { myUpdatesAfterRiskReviewPath } from "@/lib/plan/paths";
import { addMitigation, completeMitigation, updateMitigation } from "./mutations/mitigations";
import { reviewRisk, setRiskClosed, setRiskEscalated } from "./mutations/lifecycle";
import { createRisk, updateRisk } from "./mutations/register";
import { riskPath } from "./paths";
import {
  addMitigationSchema,
  completeMitigationSchema,
  createRiskSchema,
  reviewRiskSchema,
  setRiskClosedSchema,
  setRiskEscalatedSchema,
  updateMitigationSchema,
  updateRiskSchema,
} from "./schema";

type Saved = ActionResult<{ version: number }>;

const riskValues = withCheckboxes("areaIds");

export async function createRiskAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, createRiskSchema, createRisk, (created, _input, member) => ({ redirectTo: riskPath(member.partnership.slug, created.id, "saved=created") }), {
    values: riskValues,
  });
}

export async function updateRiskAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateRiskSchema, updateRisk, (saved) => ok({ version: saved.version }, `Risk ${saved.code} saved.`), { values: riskValues });
}

export async function reviewRiskAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, reviewRiskSchema, reviewRisk, (reviewed, input, member) =>
    input.returnTo === "my"
      ? { redirectTo: myUpdatesAfterRiskReviewPath(member.partnership.slug, reviewed.code, reviewed.changed) }
      : ok({ version: reviewed.version }, reviewed.changed ? `Review of ${reviewed.code} saved, with its new score.` : `Review of ${reviewed.code} saved: score confirmed.`),
  );
}

export async function setRiskClosedAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, setRiskClosedSchema, setRiskClosed, (changed) =>
    ok({ version: changed.version }, changed.closed ? `Risk ${changed.code} closed.` : `Risk ${changed.code} reopened: its review is due now.`),
  );
}

export async function setRiskEscalatedAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, setRiskEscalatedSchema, setRiskEscalated, (changed) =>
    ok({ version: changed.version }, changed.escalated ? `Risk ${changed.code} escalated to the board.` : `Risk ${changed.code} is no longer escalated.`),
  );
}

export async function addMitigationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, addMitigationSchema, addMitigation, (added) => ok(undefined, `Mitigation added to ${added.riskCode}.`));
}

export async function updateMitigationAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateMitigationSchema, updateMitigation, (saved) => ok({ version: saved.version }, `Mitigation of ${saved.riskCode} saved.`));
}

export async function completeMitigationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, completeMitigationSchema, completeMitigation, (done) => ok(undefined, `Mitigation of ${done.riskCode} marked complete.`));
}
