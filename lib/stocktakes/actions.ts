"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { deleteFinding, publishFindings, recordFinding, updateFinding } from "./mutations/findings";
import { publishStocktake } from "./mutations/publish";
import { addStocktakeEvidence, linkStocktakeEvidence, saveStocktakeResponse, saveStocktakeSection } from "./mutations/sections";
import { createStocktake, deleteStocktake, updateStocktakeDetails } from "./mutations/stocktakes";
import { deletedStocktakePath, findingsPublishedPath, publishedStocktakePath, startedStocktakePath } from "./paths";
import {
  addEvidenceSchema,
  createStocktakeSchema,
  deleteFindingSchema,
  deleteStocktakeSchema,
  publishFindingsSchema,
  recordFindingSchema,
  responseSchema,
  sectionEvidenceSchema,
  sectionSchema,
  stocktakeDetailsSchema,
  updateFindingSchema,
  type StocktakeDetailsInput,
} from "./schema";
import type { Caller } from "@/lib/auth/caller";

/** Starting a stocktake goes to its draft. */
export async function createStocktakeAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, createStocktakeSchema, createStocktake, (created, _input, member) => ({
    redirectTo: startedStocktakePath(member.partnership.slug, created.stocktakeId),
  }));
}

/** One form, two buttons: "Save details" keeps the draft; "Publish" saves them and freezes the pack. */
async function saveOrPublish(partnershipId: string, caller: Caller, input: StocktakeDetailsInput): Promise<{ stocktakeId: string; published: boolean; version: number }> {
  if (input.intent === "publish") return { ...(await publishStocktake(partnershipId, caller, input)), published: true, version: 0 };
  return { ...(await updateStocktakeDetails(partnershipId, caller, input)), published: false };
}

export async function saveStocktakeDetailsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, stocktakeDetailsSchema, saveOrPublish, (saved, _input, member) =>
    saved.published ? { redirectTo: publishedStocktakePath(member.partnership.slug, saved.stocktakeId) } : ok(undefined, "Details saved."),
  );
}

export async function deleteStocktakeAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, deleteStocktakeSchema, deleteStocktake, (_deleted, _input, member) => ({ redirectTo: deletedStocktakePath(member.partnership.slug) }));
}

export async function saveStocktakeSectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, sectionSchema, saveStocktakeSection, () => ok(undefined, "Section saved. It is part of the pack when the programme office publishes it."));
}

export async function linkStocktakeEvidenceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, sectionEvidenceSchema, linkStocktakeEvidence, () => ok(undefined, "Linked evidence saved."), { values: withCheckboxes("evidenceIds") });
}

export async function addStocktakeEvidenceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, addEvidenceSchema, addStocktakeEvidence, () => ok(undefined, "Evidence recorded and linked to this section."));
}

export async function saveStocktakeResponseAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, responseSchema, saveStocktakeResponse, () => ok(undefined, "Response saved."));
}

export async function recordFindingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, recordFindingSchema, recordFinding, () => ok(undefined, "Recorded as a draft. The partnership sees it once you publish your findings."));
}

export async function updateFindingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, updateFindingSchema, updateFinding, () => ok(undefined, "Draft finding saved."));
}

export async function deleteFindingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, deleteFindingSchema, deleteFinding, () => ok(undefined, "Draft finding deleted."));
}

/** Publishing findings goes back to the pack, which shows them. */
export async function publishFindingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, publishFindingsSchema, publishFindings, (published, _input, member) => ({
    redirectTo: findingsPublishedPath(member.partnership.slug, published.stocktakeId, published.published),
  }));
}
