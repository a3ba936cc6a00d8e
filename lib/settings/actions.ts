"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { updatePartnershipSettings } from "./mutations";
import { partnershipSettingsSchema } from "./schema";

export async function updatePartnershipSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, partnershipSettingsSchema, updatePartnershipSettings, (saved) =>
    ok(
      undefined,
      saved.advisorDashboardAccess ? "Saved. Advisors can now read the live dashboard, plan and KPIs." : "Saved. Advisors now read published stocktake packs and minutes only.",
    ),
  );
}
