// Schemas of the plan import's forms and of what an import stores (STYLE rule 6).
import { z } from "zod";
import { choicesFromSearchParams, type ImportChoices } from "./choices";

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);

/**
 * The upload form: the file travels beside the fields (lib/plan-import/upload.ts
 * reads it). A form may name the partnership it was shown for: one shown for
 * another partnership stores nothing here (not found).
 */
export const uploadPlanSchema = z.object({ partnershipId: id.optional() });
export type UploadPlanInput = { fileName: string; bytes: Uint8Array };

/** The confirming form: the upload and the choices the preview was shown with (sheet, col<i>, word.<key>). */
export const confirmImportSchema = z
  .object({ uploadId: id })
  .catchall(z.string().optional())
  .transform(({ uploadId, ...rest }): ConfirmUploadInput => ({ source: { uploadId }, choices: choicesFromSearchParams(rest) }));

/** An upload confirmed on its page, or a file given on the command line (never stored). */
export type ConfirmImportInput = { source: { uploadId: string } | { fileName: string; bytes: Uint8Array }; choices: ImportChoices };
export type ConfirmUploadInput = ConfirmImportInput & { source: { uploadId: string } };

/** What an import made, stored on its upload and shown on the result page. */
export const importResultSchema = z.object({
  fileName: z.string(),
  areas: z.number().int(),
  outcomes: z.number().int(),
  actions: z.object({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  milestones: z.number().int(),
  toInvite: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;
