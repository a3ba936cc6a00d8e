import type { NextRequest } from "next/server";
import { resetPassword } from "@/lib/passwords/reset";

// A reset link's new-password form posts here (lib/passwords/reset.ts). Never cached, never prerendered.
export const dynamic = "force-dynamic";

export function POST(request: NextRequest) {
  return resetPassword(request);
}
