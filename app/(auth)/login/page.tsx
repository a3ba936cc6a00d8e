import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { getSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  OidcNotLinked:
    "That account is not linked to Stocktake. Ask your programme office to link it to your Stocktake account, then try again.",
  AccessDenied: "That account is not linked to Stocktake. Ask your programme office to link it.",
  OAuthCallback: "Signing in with your organisation account did not complete. Try again.",
  OAuthSignin: "Signing in with your organisation account did not start. Try again.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [params, session] = await Promise.all([searchParams, getSession()]);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (session) redirect(callbackUrl);
  const oidc = oidcConfig();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
        <h1 className="mt-2 text-center text-3xl font-semibold">Sign in</h1>
        <p className="mt-2 text-center text-slate-700">Your local area SEND improvement plan, board reports and stocktakes.</p>
        <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm
            callbackUrl={callbackUrl}
            oidcName={oidc?.name ?? null}
            initialError={params.error ? (ERRORS[params.error] ?? "Sign-in did not complete. Try again.") : null}
          />
        </div>
      </div>
    </main>
  );
}
