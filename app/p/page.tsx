import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdvisorPartnership } from "@/components/stocktakes/advisor-partnership";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/guards";
import { listMembershipsForUser } from "@/lib/auth/queries";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { getAdvisorSummary } from "@/lib/stocktakes/view";

export const metadata: Metadata = { title: "Your partnerships" };

/**
 * The partnership picker, and an advisor's home: for each partnership they
 * advise, its latest published stocktake, what changed, the next review and
 * the next steps still open. Each summary is read with the partnership id of
 * the user's own membership, and from published packs only.
 */
export default async function PartnershipPicker() {
  const user = await requireUser();
  const memberships = await listMembershipsForUser(user.userId);
  const advising = memberships.filter((m) => m.role === "ADVISOR");
  // One membership goes straight in, unless it is an advisor's: their home page is this one.
  if (memberships.length === 1 && advising.length === 0) redirect(`/p/${memberships[0].partnership.slug}`);
  const summaries = new Map(await Promise.all(advising.map(async (m) => [m.partnership.id, await getAdvisorSummary(m.partnership.id)] as const)));
  const others = memberships.filter((m) => m.role !== "ADVISOR");
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-16">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
          <h1 className="mt-1 text-3xl font-semibold">Your partnerships</h1>
          <p className="mt-2 text-slate-700">Signed in as {user.name}.</p>
        </div>
        <SignOutButton />
      </div>
      {memberships.length === 0 ? (
        <p className="mt-8 rounded-md border border-slate-300 bg-white p-4">You are not a member of any partnership yet. Ask your programme office for an invitation.</p>
      ) : null}
      {advising.length ? (
        <section aria-labelledby="advising-heading" className="mt-8">
          <h2 id="advising-heading" className="text-xl font-semibold">
            Partnerships you advise
          </h2>
          <p className="mt-1 text-slate-800">Each partnership’s latest published stocktake, what changed since the one before, the next review, and the next steps still awaiting its response.</p>
          <ul className="mt-4 space-y-4">
            {advising.map((m) => (
              <li key={m.partnership.slug}>
                <AdvisorPartnership partnership={m.partnership} role={ROLE_LABELS[m.role]} summary={summaries.get(m.partnership.id)!} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {others.length ? (
        <section aria-labelledby="member-heading" className="mt-8">
          {advising.length ? (
            <h2 id="member-heading" className="text-xl font-semibold">
              Partnerships you belong to
            </h2>
          ) : (
            <h2 id="member-heading" className="sr-only">
              Partnerships
            </h2>
          )}
          <ul className="mt-4 space-y-3">
            {others.map((m) => (
              <li key={m.partnership.slug}>
                <Link href={`/p/${m.partnership.slug}`} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-800">
                  <span className="block text-lg font-semibold text-blue-900 underline-offset-2 hover:underline">{m.partnership.name}</span>
                  <span className="block text-sm text-slate-700">
                    {m.partnership.localAuthority} · {ROLE_LABELS[m.role]}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
