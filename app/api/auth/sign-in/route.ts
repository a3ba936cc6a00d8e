import type { NextRequest } from "next/server";
import { signInWithPassword } from "@/lib/auth/sign-in";

// The sign-in form's target (lib/auth/sign-in.ts). Never cached, never prerendered.
export const dynamic = "force-dynamic";

export function POST(request: NextRequest) {
  return signInWithPassword(request);
}
