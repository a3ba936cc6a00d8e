import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/guards";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { EMAIL_FLASH_COOKIE, SIGN_IN_MESSAGES, SIGN_IN_PATH, tooManyAttemptsMessage } from "@/lib/auth/sign-in";
import { FORGOT_PASSWORD_PATH } from "@/lib/passwords/paths";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  ...SIGN_IN_MESSAGES,
  OidcNotLinked: "That account is not linked to Stocktake. Ask your programme office to link it to your Stocktake account, then try again.",
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
    <AuthPage title="Sign in" intro="Your local area SEND improvement plan, board reports and stocktakes.">
      <LoginForm
        action={SIGN_IN_PATH}
        callbackUrl={callbackUrl}
        oidcName={oidc?.name ?? null}
        error={errorMessage(params)}
        notice={params.reset && !params.error ? "Your new password is saved, and you have been signed out everywhere. Sign in with it." : null}
        email={email}
        forgotPasswordHref={FORGOT_PASSWORD_PATH}
      />
    </AuthPage>
  );
}
