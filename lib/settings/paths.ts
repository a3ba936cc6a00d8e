// Where the partnership's settings live.
export function settingsPath(slug: string): string {
  return `/p/${slug}/settings`;
}
