import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/guards";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { EMAIL_FLASH_COOKIE, SIGN_IN_MESSAGES, SIGN_IN_PATH, tooManyAttemptsMessage } from "@/lib/auth/sign-in";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  ...SIGN_IN_MESSAGES,
  OidcNotLinked:
    "That account is not linked to Stocktake. Ask your programme office to link it to your Stocktake account, then try again.",
  AccessDenied: "That account is not linked to Stocktake. Ask your programme office to link it.",
  OAuthCallback: "Signing in with your organisation account did not complete. Try again.",
  OAuthSignin: "Signing in with your organisation account did not start. Try again.",
};

function errorMessage(params: Record<string, string | undefined>): string | null {
  if (!params.error) return null;
  if (params.error === "TooManyAttempts") {
    const minutes = Number(params.wait);
    return tooManyAttemptsMessage(Number.isInteger(minutes) && minutes > 0 && minutes <= 60 ? minutes : 15);
  }
  return Object.hasOwn(ERRORS, params.error) ? ERRORS[params.error]! : "Sign-in did not complete. Try again.";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [params, user, jar] = await Promise.all([searchParams, getCurrentUser(), cookies()]);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (user) redirect(callbackUrl);
  const oidc = oidcConfig();
  // What was typed before a refusal, kept for five minutes in a cookie only this page reads.
  const email = params.error ? (jar.get(EMAIL_FLASH_COOKIE)?.value ?? "").slice(0, 320) : "";
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
        <h1 className="mt-2 text-center text-3xl font-semibold">Sign in</h1>
        <p className="mt-2 text-center text-slate-700">Your local area SEND improvement plan, board reports and stocktakes.</p>
        <div className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <LoginForm action={SIGN_IN_PATH} callbackUrl={callbackUrl} oidcName={oidc?.name ?? null} error={errorMessage(params)} email={email} />
        </div>
      </div>
    </main>
  );
}
