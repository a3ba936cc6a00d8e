"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A plain HTML form posted to /api/auth/sign-in (lib/auth/sign-in.ts): it
 * works the same with JavaScript off (GOV.UK-style progressive enhancement).
 * JavaScript only says "Signing in…" while the browser waits, and starts
 * OpenID Connect, which is next-auth's.
 */
export function LoginForm({
  action,
  callbackUrl,
  oidcName,
  error,
  notice = null,
  email,
  forgotPasswordHref,
}: {
  action: string;
  callbackUrl: string;
  oidcName: string | null;
  error: string | null;
  /** What just happened, from the page that sent the person here (a saved new password). */
  notice?: string | null;
  email: string;
  forgotPasswordHref?: string;
}) {
  const [pending, setPending] = useState(false);

  return (
    <div>
      <div aria-live="polite">
        {error ? (
          <p id="signin-error" role="alert" className="mb-5 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
            {error}
          </p>
        ) : null}
        {notice ? (
          <p role="status" className="mb-5 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
            {notice}
          </p>
        ) : null}
      </div>
      <form
        method="post"
        action={action}
        noValidate
        onSubmit={() => setPending(true)}
        aria-describedby={error ? "signin-error" : undefined}
        className="space-y-5"
      >
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
            defaultValue={email}
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
        {forgotPasswordHref ? (
          <p className="text-center text-sm">
            <Link prefetch={false} href={forgotPasswordHref} className="text-blue-800 underline">
              Forgot your password?
            </Link>
          </p>
        ) : null}
      </form>
      {oidcName ? (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <Button type="button" variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl })}>
            Sign in with {oidcName}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
