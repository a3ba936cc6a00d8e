"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

export function LoginForm({
  callbackUrl,
  oidcName,
  initialError,
}: {
  callbackUrl: string;
  oidcName: string | null;
  initialError: string | null;
}) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      setError(null);
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result || result.error) {
        // Never say whether the email exists.
        setError("The email or password is not right. Check them and try again.");
        return;
      }
      // A fresh document under the new session (callbackUrl is same-origin:
      // the login page checked it). The board dashboard, where most people
      // land, is served as a whole document from its cache anyway.
      window.location.replace(callbackUrl);
    });
  }

  return (
    <div>
      <div aria-live="polite">
        {error ? (
          <p id="signin-error" role="alert" className="mb-5 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
            {error}
          </p>
        ) : null}
      </div>
      <form action={submit} noValidate aria-describedby={error ? "signin-error" : undefined} className="space-y-5">
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
          />
        </div>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidcName ? (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <Button
            type="button"
            variant="secondary"
            className="w-full"
            onClick={() => signIn("oidc", { callbackUrl })}
          >
            Sign in with {oidcName}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
