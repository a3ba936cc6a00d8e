import type { NextRequest } from "next/server";
import { forgotPassword } from "@/lib/passwords/forgot";

// "Forgot your password?" posts here (lib/passwords/forgot.ts). Never cached, never prerendered.
export const dynamic = "force-dynamic";

export function POST(request: NextRequest) {
  return forgotPassword(request);
}
