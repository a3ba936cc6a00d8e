import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/passwords/reset-password-form";
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_POST } from "@/lib/passwords/paths";
import { getPasswordReset } from "@/lib/passwords/queries";
import { readResetProblems, RESET_PROBLEMS_FLASH } from "@/lib/passwords/reset";
import { DEAD_RESET_LINKS } from "@/lib/passwords/compute";
import { looksLikeResetToken } from "@/lib/passwords/token";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ token }, query, jar] = await Promise.all([params, searchParams, cookies()]);
  // Not even the shape of a token: a 404, with this link's own not-found page (not-found.tsx).
  if (!looksLikeResetToken(token)) notFound();
  const link = await getPasswordReset(token);
  if (link.state !== "valid") {
    const dead = DEAD_RESET_LINKS[link.state];
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
