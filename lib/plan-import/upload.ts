import "server-only";
// The upload form's file, read and checked before anything is stored: the
// file travels beside the form's fields, so the action hands this to submit()
// as its save. A refused file is one sentence beside the field and nothing is
// stored (readUpload says why: empty, too big, a macro, a zip bomb, a formula).
import type { Caller } from "@/lib/auth/caller";
import { fieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayImportPlan, ONLY_PROGRAMME_OFFICE } from "./access";
import { storeUpload } from "./mutations/upload";
import { readUpload, UploadRefused } from "./read";

export function uploadFromForm(form: FormData) {
  return async (partnershipId: string, caller: Caller, input: { partnershipId?: string }) => {
    if (input.partnershipId && input.partnershipId !== partnershipId) throw new NotFoundError();
    if (!mayImportPlan(caller.scope)) throw new ForbiddenError(ONLY_PROGRAMME_OFFICE);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw fieldError("file", "Choose a CSV or Excel (.xlsx) file to upload.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      await readUpload(file.name, bytes);
    } catch (error) {
      if (error instanceof UploadRefused) throw fieldError("file", error.message);
      throw error;
    }
    return storeUpload(partnershipId, caller, { fileName: file.name, bytes });
  };
}
