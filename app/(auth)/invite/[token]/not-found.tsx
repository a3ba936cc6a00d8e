import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { CLOSED_MESSAGES } from "@/lib/invitations/compute";

/** An invitation address that is not even the shape of a link Stocktake issues (a 404): what to do about it. */
export default function InvitationNotFound() {
  return (
    <AuthPage title="This invitation is not recognised">
      <p>{CLOSED_MESSAGES.unknown}</p>
      <p className="mt-3">Opening this link changed nothing.</p>
      <p className="mt-5 flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
        <Link prefetch={false} href="/login" className="text-blue-800 underline">
          Sign in
        </Link>
      </p>
    </AuthPage>
  );
}
