"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { updatePartnershipDetails, updatePartnershipSettings, updatePublicPageSettings, updateReportingRhythm, updateStatusLabels } from "./mutations";
import { partnershipDetailsSchema, partnershipSettingsSchema, publicPageSettingsSchema, reportingRhythmSchema, resetStatusLabelsSchema, statusLabelsSchema } from "./schema";

export async function updatePartnershipSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, partnershipSettingsSchema, updatePartnershipSettings, (saved) =>
    ok(
      undefined,
      saved.advisorDashboardAccess ? "Saved. Advisors can now read the live dashboard, plan and KPIs." : "Saved. Advisors now read published stocktake packs and minutes only.",
    ),
  );
}

export async function updatePublicPageSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, publicPageSettingsSchema, updatePublicPageSettings, (saved) =>
    ok(undefined, saved.publicPageEnabled ? "Saved. The public page is on: anyone with the link can read it." : "Saved. The public page is off."),
  );
}

export async function updatePartnershipDetailsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, partnershipDetailsSchema, updatePartnershipDetails, () => ok(undefined, "Saved. Every page shows the new details from its next load."));
}

export async function updateStatusLabelsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, statusLabelsSchema, updateStatusLabels, () => ok(undefined, "Saved. Every page, PDF and download uses these labels from its next load."));
}

export async function resetStatusLabelsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, resetStatusLabelsSchema, updateStatusLabels, () => ok(undefined, "The status labels are the standard ones again."));
}

export async function updateReportingRhythmAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, reportingRhythmSchema, updateReportingRhythm, () => ok(undefined, "Saved. Statuses, owed updates and due reports follow the new rhythm from the next load."));
}
