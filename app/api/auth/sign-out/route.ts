import type { NextRequest } from "next/server";
import { signOut } from "@/lib/auth/sign-out";

export const dynamic = "force-dynamic";

export function POST(request: NextRequest) {
  return signOut(request);
}
