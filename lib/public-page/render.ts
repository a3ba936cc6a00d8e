import "server-only";
import { headers } from "next/headers";
import { RENDER_SIGNATURE_HEADER, verifyRender } from "@/lib/pages/signature";
import { publicRenderPath } from "./cache";

/** Whether this render of the public page was asked for by the public route (which signs the path); anything else is a 404. */
export async function isSignedPublicRender(partnershipId: string, version: string): Promise<boolean> {
  if (!/^\d+$/.test(version)) return false;
  return verifyRender(publicRenderPath({ partnershipId, dataVersion: Number(version) }), (await headers()).get(RENDER_SIGNATURE_HEADER));
}
