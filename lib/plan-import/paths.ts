// Where the plan import lives: its start page (upload and recent uploads) and
// one upload's page, whose query carries the admin's choices (sheet, column
// fields, status words) so every step works as a plain GET form. Nobody else
// writes these addresses.
import type { ImportChoices } from "./choices";

export const planImportPath = (slug: string) => `/p/${slug}/plan/import`;

/** One upload's page: its preview with the choices made so far, or its result once imported. */
export function planImportUploadPath(slug: string, uploadId: string, choices?: ImportChoices): string {
  const params = new URLSearchParams();
  if (choices?.sheet) params.set("sheet", choices.sheet);
  choices?.fields?.forEach((field, index) => params.set(`col${index}`, field));
  for (const [key, status] of Object.entries(choices?.words ?? {})) params.set(`word.${key}`, status);
  const query = params.toString();
  return `${planImportPath(slug)}/${encodeURIComponent(uploadId)}${query ? `?${query}` : ""}`;
}
