"use server";

import type { ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { confirmImport } from "./mutations/confirm";
import { planImportUploadPath } from "./paths";
import { confirmImportSchema, uploadPlanSchema } from "./schema";
import { uploadFromForm } from "./upload";

/** Step one: the file is read and checked, kept, and its page shows what it would import. */
export async function uploadPlanAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, uploadPlanSchema, uploadFromForm(form), (upload, _input, member) => ({ redirectTo: planImportUploadPath(member.partnership.slug, upload.id) }));
}

/** The last step: the preview computed again from the stored file with the choices shown, and every row saved in one transaction; the upload's page then shows the result. */
export async function confirmImportAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, confirmImportSchema, confirmImport, (_result, input, member) => ({
    redirectTo: planImportUploadPath(member.partnership.slug, input.source.uploadId),
  }));
}
