// Where the board dashboard lives: the partnership's home page, and (where it
// has several boards) each board's own dashboard of the areas it oversees.
export function dashboardPath(slug: string, boardId?: string): string {
  return `/p/${slug}${boardId ? `?board=${boardId}` : ""}`;
}
