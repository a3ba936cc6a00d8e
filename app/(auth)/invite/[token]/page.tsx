import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { JoinForm, NewAccountForm } from "@/components/invitations/accept-form";
import { ContinueWithOidc } from "@/components/invitations/continue-with-oidc";
import { ACCEPT_PROBLEMS_FLASH, readAcceptProblems } from "@/lib/invitations/accept";
import { looksLikeInvitationToken } from "@/lib/invitations/token";
import { getInvitationPage } from "@/lib/invitations/view";

// The token is in the address: never sent on to another site ("no-referrer" would make the
// browser send Origin: null with the form, which the accept route refuses as cross-site).
export const metadata: Metadata = { title: "Your invitation", referrer: "same-origin" };

const CLOSED_TITLES = {
  unknown: "This invitation is not recognised",
  used: "This invitation has been used",
  revoked: "This invitation was withdrawn",
  expired: "This invitation has expired",
  "wrong-account": "This invitation is for someone else",
} as const;

/** An invitation opened from its link: no sign-in needed to read it; it changes nothing until accepted. */
export default async function InvitationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ token }, query, jar] = await Promise.all([params, searchParams, cookies()]);
  // Not even the shape of a token: a 404, with this link's own not-found page (not-found.tsx).
  if (!looksLikeInvitationToken(token)) notFound();
  const page = await getInvitationPage(token);
  if ("message" in page) {
    return (
      <AuthPage title={CLOSED_TITLES[page.state]}>
        <p>{page.message}</p>
        {page.signedInAs ? <p className="mt-3">You are signed in as {page.signedInAs}.</p> : null}
        <p className="mt-3">Opening this link changed nothing.</p>
        <p className="mt-5 flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
          <Link prefetch={false} href={page.signedInAs ? "/p" : "/login"} className="text-blue-800 underline">
            {page.signedInAs ? "Your partnerships" : "Sign in"}
          </Link>
        </p>
      </AuthPage>
    );
  }
  const problems = query.error ? readAcceptProblems(jar.get(ACCEPT_PROBLEMS_FLASH)?.value) : {};
  const intro = (
    <>
      <p>
        {page.invitedBy ? `${page.invitedBy} has invited you` : "You are invited"} to {page.partnershipName} as {page.role}.
      </p>
      {page.areas.length ? <p className="mt-1">Your priority areas: {page.areas.join("; ")}.</p> : null}
      <p className="mt-1 text-sm">
        For {page.email}. The invitation works once, until {page.expires}.
      </p>
    </>
  );
  return (
    <AuthPage title={`Join ${page.partnershipName}`} intro={intro}>
      {page.state === "new-person" ? <NewAccountForm action={page.postTo} email={page.email} problems={problems} /> : null}
      {page.state === "new-person" && page.oidc ? (
        <div className="mt-6 space-y-3 border-t border-slate-200 pt-5">
          <p className="text-sm text-slate-800">Or use your organisation account instead of a password: it is linked to your new Stocktake account.</p>
          <ContinueWithOidc {...page.oidc} />
        </div>
      ) : null}
      {page.state === "join" ? <JoinForm action={page.postTo} partnershipName={page.partnershipName} problem={problems.form} /> : null}
      {page.state === "sign-in" ? (
        <div className="space-y-3">
          <p>You already have a Stocktake account with {page.email}. Sign in with it, and you will come back here to join.</p>
          <p>
            <Link prefetch={false} href={page.signInHref} className="font-medium text-blue-800 underline">
              Sign in as {page.email}
            </Link>
          </p>
        </div>
      ) : null}
    </AuthPage>
  );
}
