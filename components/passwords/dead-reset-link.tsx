import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { DEAD_RESET_LINKS } from "@/lib/passwords/compute";
import { FORGOT_PASSWORD_PATH } from "@/lib/passwords/paths";

/** A reset link that cannot be used (used, expired, unknown or malformed): why, and where to go. */
export function DeadResetLink({ state }: { state: keyof typeof DEAD_RESET_LINKS }) {
  const dead = DEAD_RESET_LINKS[state];
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
