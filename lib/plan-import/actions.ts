"use server";

import type { ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { planImportUploadPath } from "./paths";
import { uploadPlanSchema } from "./schema";
import { uploadFromForm } from "./upload";

/** Step one: the file is read and checked, kept, and its page shows what it would import. */
export async function uploadPlanAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, uploadPlanSchema, uploadFromForm(form), (upload, _input, member) => ({ redirectTo: planImportUploadPath(member.partnership.slug, upload.id) }));
}
