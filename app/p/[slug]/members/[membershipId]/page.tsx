import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MemberRoleForm, RemoveMemberForm } from "@/components/members/member-forms";
import { requireMembership } from "@/lib/auth/guards";
import { membersPath } from "@/lib/members/paths";
import { getMemberPage } from "@/lib/members/view";

export const metadata: Metadata = { title: "Member" };

/** One member: their role and areas, what they hold in the plan, and removing them. */
export default async function MemberPage({ params }: { params: Promise<{ slug: string; membershipId: string }> }) {
  const { slug, membershipId } = await params;
  const member = await requireMembership(slug);
  const page = await getMemberPage(member, membershipId);
  if (!page) notFound();
  const { member: person } = page;
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link prefetch={false} href={membersPath(slug)} className="text-blue-800 underline">
          All members
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{person.name}</h1>
        <p className="mt-1 break-all text-slate-800">{[person.jobTitle, person.email].filter(Boolean).join(" · ")}</p>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-900">Role</dt>
          <dd>{person.roleLabel}</dd>
          <dt className="font-medium text-slate-900">Last signed in</dt>
          <dd>{person.lastSignIn}</dd>
          <dt className="font-medium text-slate-900">Signs in with</dt>
          <dd>
            {person.signIn.join(", ") || "Not set up yet"} ·{" "}
            <Link prefetch={false} href={person.signInHref} className="text-blue-800 underline">
              Manage sign-in<span className="sr-only"> for {person.name}</span>
            </Link>
          </dd>
        </dl>
      </header>
      <section aria-labelledby="role-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="role-heading" className="text-lg font-semibold text-slate-900">
          Role and areas
        </h2>
        <p className="text-slate-800">A change counts from {person.isYou ? "your" : "their"} next page. The partnership always keeps at least one admin.</p>
        <MemberRoleForm slug={slug} page={page} />
      </section>
      <section aria-labelledby="remove-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="remove-heading" className="text-lg font-semibold text-slate-900">
          Remove from the partnership
        </h2>
        {page.held.length === 0 ? (
          <p className="text-slate-800">{person.name} leads and owns nothing in the plan. Their account stays, for any other partnership they belong to.</p>
        ) : (
          <>
            <p className="text-slate-800">{person.name} holds:</p>
            <ul className="list-disc space-y-1 pl-5 text-slate-800">
              {page.held.map((group) => (
                <li key={group.label}>
                  <span className="font-medium text-slate-900">{group.label}:</span> {group.items.join("; ")}
                </li>
              ))}
            </ul>
          </>
        )}
        <RemoveMemberForm slug={slug} page={page} />
      </section>
    </div>
  );
}
