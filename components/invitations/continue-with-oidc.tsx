"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * "Continue with <provider>": notes the invitation for the sign-in callback
 * (a cookie its route sets), then signs in with OpenID Connect; the subject
 * is linked to the account the invitation makes. Needs JavaScript, as the
 * provider's sign-in on the sign-in page does.
 */
export function ContinueWithOidc({ name, startPath, callbackUrl }: { name: string; startPath: string; callbackUrl: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function start() {
    setPending(true);
    const answer = await fetch(startPath, { method: "POST" });
    if (!answer.ok) {
      setProblem(await answer.text());
      setPending(false);
      return;
    }
    await signIn("oidc", { callbackUrl });
  }
  return (
    <div className="space-y-2">
      {problem ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      <Button type="button" variant="secondary" className="w-full" disabled={pending} onClick={start}>
        Continue with {name}
      </Button>
    </div>
  );
}
