import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/guards";
import { listMembershipsForUser } from "@/lib/auth/queries";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const metadata: Metadata = { title: "Your partnerships" };

export default async function PartnershipPicker() {
  const user = await requireUser();
  const memberships = await listMembershipsForUser(user.userId);
  if (memberships.length === 1) redirect(`/p/${memberships[0].partnership.slug}`);
  return (
    <main id="main" className="mx-auto max-w-2xl px-6 py-16">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
          <h1 className="mt-1 text-3xl font-semibold">Your partnerships</h1>
          <p className="mt-2 text-slate-700">Signed in as {user.name}.</p>
        </div>
        <SignOutButton />
      </div>
      {memberships.length === 0 ? (
        <p className="mt-8 rounded-md border border-slate-300 bg-white p-4">
          You are not a member of any partnership yet. Ask your programme office for an invitation.
        </p>
      ) : (
        <ul className="mt-8 space-y-3">
          {memberships.map((m) => (
            <li key={m.partnership.slug}>
              <Link
                href={`/p/${m.partnership.slug}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-800"
              >
                <span className="block text-lg font-semibold text-blue-900 underline-offset-2 hover:underline">{m.partnership.name}</span>
                <span className="block text-sm text-slate-700">
                  {m.partnership.localAuthority} · {ROLE_LABELS[m.role]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
