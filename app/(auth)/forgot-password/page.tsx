import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/passwords/forgot-password-form";
import { mailConfigured } from "@/lib/mail/send";
import { FORGOT_EMAIL_FLASH } from "@/lib/passwords/forgot";
import { FORGOT_PASSWORD_POST } from "@/lib/passwords/paths";
import { RESET_MINUTES } from "@/lib/passwords/token";

export const metadata: Metadata = { title: "Forgot your password?" };

const SENT = `If an account uses that address, we have sent a link to it to choose a new password. The link works once, for ${RESET_MINUTES} minutes. If nothing arrives, check your spam folder or ask your partnership’s programme office.`;

function errorOf(params: Record<string, string | undefined>): string | null {
  if (params.error === "email") return "Enter an email address like name@council.gov.uk.";
  if (params.error === "throttled") {
    const minutes = Number(params.wait);
    const wait = Number.isInteger(minutes) && minutes > 1 && minutes <= 60 ? `${minutes} minutes` : "an hour";
    return `Too many links have been asked for this address or from your network. Wait ${wait}, then try again.`;
  }
  return null;
}

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [params, jar] = await Promise.all([searchParams, cookies()]);
  const back = (
    <p className="mt-5 text-center text-sm">
      <Link prefetch={false} href="/login" className="text-blue-800 underline">
        Back to sign in
      </Link>
    </p>
  );
  if (!mailConfigured()) {
    return (
      <AuthPage title="Forgot your password?">
        <p>Stocktake does not send email here. Ask your partnership’s programme office (an admin) for a password reset link: they can issue one from your page in Members.</p>
        {back}
      </AuthPage>
    );
  }
  if (params.sent) {
    return (
      <AuthPage title="Check your email">
        <p role="status">{SENT}</p>
        {back}
      </AuthPage>
    );
  }
  const error = errorOf(params);
  const email = error ? (jar.get(FORGOT_EMAIL_FLASH)?.value ?? "").slice(0, 320) : "";
  return (
    <AuthPage title="Forgot your password?" intro="We will email you a link to choose a new one.">
      <ForgotPasswordForm action={FORGOT_PASSWORD_POST} email={email} error={error} />
    </AuthPage>
  );
}
