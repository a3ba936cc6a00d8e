import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MemberSignIn } from "@/components/passwords/member-sign-in";
import { requireMembership } from "@/lib/auth/guards";
import { mailConfigured } from "@/lib/mail/send";
import { memberPath } from "@/lib/members/paths";
import { getMemberSignInPage } from "@/lib/passwords/view";

export const metadata: Metadata = { title: "How a member signs in" };

/** How one member signs in (admins): their password, a reset link, their OpenID Connect links. */
export default async function MemberSignInPage({ params }: { params: Promise<{ slug: string; membershipId: string }> }) {
  const { slug, membershipId } = await params;
  const member = await requireMembership(slug);
  const page = await getMemberSignInPage(member, membershipId);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link prefetch={false} href={memberPath(slug, page.membershipId)} className="text-blue-800 underline">
            Back to {page.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">How {page.name} signs in</h1>
        <p className="mt-1 break-all text-slate-800">
          {page.role} · {page.email}
        </p>
      </header>
      <MemberSignIn slug={slug} page={page} mailConfigured={mailConfigured()} />
    </div>
  );
}
