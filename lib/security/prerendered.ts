// The inline-script hashes of the pages Next.js prerendered at build time,
// read once from the build output (.next/prerender-manifest.json and the
// HTML beside it). Their HTML is fixed at build, so it carries no nonce; its
// hashes are its policy. Empty in development, where every page is rendered
// per request and takes the nonce.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "./headers";

let byRoute: Map<string, string[]> | undefined;

function load(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const manifestFile = path.join(distDir, "prerender-manifest.json");
  if (process.env.NODE_ENV !== "production" || !existsSync(manifestFile)) return found;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { routes?: Record<string, unknown> };
  for (const route of Object.keys(manifest.routes ?? {})) {
    const file = path.join(distDir, "server", "app", `${route === "/" ? "index" : route.replace(/^\//, "")}.html`);
    if (existsSync(file)) found.set(route, inlineScriptHashes(readFileSync(file, "utf8")));
  }
  return found;
}

/** The hashes for a prerendered route, or null when the route is rendered per request. */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  byRoute ??= load();
  return byRoute.get(pathname) ?? null;
}

/** The 404 page Next.js serves for a path no route matches is prerendered too. */
export function notFoundScriptHashes(): string[] {
  byRoute ??= load();
  return byRoute.get("/_not-found") ?? [];
}
