import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { PRINT_RENDER_HEADER, verifyPrintPath } from "./signature";

/**
 * For print views under /print-render: the request must carry a valid,
 * unexpired signature of this exact path (made by the PDF route that asked
 * for it); anything else is the app's plain 404, as if the page did not exist.
 */
export async function requirePrintSignature(path: string): Promise<void> {
  if (!verifyPrintPath(path, (await headers()).get(PRINT_RENDER_HEADER), now().getTime())) notFound();
}
