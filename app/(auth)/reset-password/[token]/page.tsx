import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/passwords/reset-password-form";
import { RESET_PASSWORD_POST } from "@/lib/passwords/paths";
import { getPasswordReset } from "@/lib/passwords/queries";
import { readResetProblems, RESET_PROBLEMS_FLASH } from "@/lib/passwords/reset";
import { DeadResetLink } from "@/components/passwords/dead-reset-link";
import { looksLikeResetToken } from "@/lib/passwords/token";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ token }, query, jar] = await Promise.all([params, searchParams, cookies()]);
  // Not even the shape of a token: a 404, with this link's own not-found page (not-found.tsx).
  if (!looksLikeResetToken(token)) notFound();
  const link = await getPasswordReset(token);
  if (link.state !== "valid") return <DeadResetLink state={link.state} />;
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
