// Which files are the data layer: the guardrails (architecture, tenancy,
// mutation registry) find them by this one pattern, so splitting a module
// into a folder never drops a file from them.

/** lib/**\/queries.ts, lib/**\/mutations.ts, and any file in a mutations/ folder (reads split by concern go in sub-folders, each with its queries.ts). */
export function isDataAccessFile(relativePath: string): boolean {
  return /^lib\/(?:.+\/)?(?:(?:queries|mutations)\.ts|mutations\/[^/]+\.ts)$/.test(relativePath) && !relativePath.endsWith(".test.ts");
}

/** Files whose exports are mutations only. */
export function isMutationsFile(relativePath: string): boolean {
  return isDataAccessFile(relativePath) && /(?:^|\/)mutations(?:\.ts|\/)/.test(relativePath);
}
