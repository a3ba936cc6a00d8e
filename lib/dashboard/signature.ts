import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** The request header that carries the signature of an internal dashboard render. */
export const DASHBOARD_RENDER_HEADER = "x-stocktake-dashboard-render";

function secret(): string {
  const value = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

function mac(path: string): Buffer {
  return createHmac("sha256", secret()).update(`dashboard-render\0${path}`).digest();
}

/** Signs the path of a member's dashboard render, so that only the dashboard route can ask for one. */
export function signDashboardRender(path: string): string {
  return mac(path).toString("base64url");
}

export function verifyDashboardRender(path: string, signature: string | null): boolean {
  if (!signature) return false;
  const expected = mac(path);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
