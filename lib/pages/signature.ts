import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** The request header that carries the signature of an internal render of a kept page (the dashboard, the plan's first view). */
export const RENDER_SIGNATURE_HEADER = "x-stocktake-dashboard-render";

function secret(): string {
  const value = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

function mac(path: string): Buffer {
  return createHmac("sha256", secret()).update(`dashboard-render\0${path}`).digest();
}

/** Signs the path of a member's kept-page render, so that only the route serving the kept page can ask for one. */
export function signRender(path: string): string {
  return mac(path).toString("base64url");
}

export function verifyRender(path: string, signature: string | null): boolean {
  if (!signature) return false;
  const expected = mac(path);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
