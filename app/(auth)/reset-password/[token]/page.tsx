import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/passwords/reset-password-form";
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_POST } from "@/lib/passwords/paths";
import { getPasswordReset } from "@/lib/passwords/queries";
import { readResetProblems, RESET_PROBLEMS_FLASH } from "@/lib/passwords/reset";
import { RESET_MINUTES } from "@/lib/passwords/token";

export const metadata: Metadata = { title: "Choose a new password" };

const DEAD_LINKS = {
  used: { title: "This link has been used", text: "A password reset link works once, and this one has already been used. If you still need a new password, ask for another link." },
  expired: { title: "This link has expired", text: `A password reset link works for ${RESET_MINUTES} minutes, and this one has run out. Ask for another link.` },
  unknown: { title: "This link is not recognised", text: "Check that you copied the whole link. If it still does not work, ask for another link." },
} as const;

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ token }, query, jar] = await Promise.all([params, searchParams, cookies()]);
  const link = await getPasswordReset(token);
  if (link.state !== "valid") {
    const dead = DEAD_LINKS[link.state];
    return (
      <AuthPage title={dead.title}>
        <p>{dead.text}</p>
        <p className="mt-3">Opening this link changed nothing.</p>
        <p className="mt-5 flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
          <Link prefetch={false} href={FORGOT_PASSWORD_PATH} className="text-blue-800 underline">
            Ask for another link
          </Link>
          <Link prefetch={false} href="/login" className="text-blue-800 underline">
            Sign in
          </Link>
        </p>
      </AuthPage>
    );
  }
  const problems = query.error ? readResetProblems(jar.get(RESET_PROBLEMS_FLASH)?.value) : {};
  return (
    <AuthPage
      title={link.hasPassword ? "Choose a new password" : "Choose a password"}
      intro={
        <p>
          For {link.email}. Saving it signs you out everywhere you are signed in{link.hasPassword ? "; your old password stops working" : ""}.
        </p>
      }
    >
      <ResetPasswordForm action={RESET_PASSWORD_POST} token={token} email={link.email} problems={problems} />
    </AuthPage>
  );
}
