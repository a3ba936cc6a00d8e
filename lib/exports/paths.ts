// Where a register downloads: /api/p/<slug>/exports/<register>?<filters>&format=csv|xlsx
// (app/api/p/[slug]/exports/[register]/route.ts), keeping the filters the page shows.
import type { ExportFormat } from "./register";

export function exportPath(slug: string, register: string, format: ExportFormat, query = ""): string {
  return `/api/p/${slug}/exports/${register}?${query ? `${query}&` : ""}format=${format}`;
}
