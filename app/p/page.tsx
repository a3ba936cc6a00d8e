import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { AdvisorPartnership } from "@/components/stocktakes/advisor-partnership";
import { requireUser } from "@/lib/auth/guards";
import { adminPath } from "@/lib/operators/paths";
import { getPartnershipPicker } from "@/lib/partnerships/view";

export const metadata: Metadata = { title: "Your partnerships" };

/** The partnership picker, and an advisor's home: each partnership they advise with its latest published stocktake (lib/partnerships/view.ts). */
export default async function PartnershipPicker() {
  const user = await requireUser();
  const picker = await getPartnershipPicker(user);
  if (picker.kind === "redirect") redirect(picker.to);
  const { advising, others } = picker;
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-16">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
          <h1 className="mt-1 text-3xl font-semibold">Your partnerships</h1>
          <p className="mt-2 text-slate-700">Signed in as {user.name}.</p>
        </div>
        <div className="flex items-center gap-4 text-sm">
          {picker.operator ? (
            <Link prefetch={false} href={adminPath()} className="text-blue-800 underline underline-offset-2">
              Operator
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
      {picker.none ? (
        <p className="mt-8 rounded-md border border-slate-300 bg-white p-4">
          {picker.operator
            ? "You are not a member of any partnership. As an operator, you create and archive partnerships under Operator."
            : "You are not a member of any partnership yet. Ask your programme office for an invitation."}
        </p>
      ) : null}
      {advising.length ? (
        <section aria-labelledby="advising-heading" className="mt-8">
          <h2 id="advising-heading" className="text-xl font-semibold">
            Partnerships you advise
          </h2>
          <p className="mt-1 text-slate-800">
            Each partnership’s latest published stocktake, what changed since the one before, the next review, and the next steps still awaiting its response.
          </p>
          <ul className="mt-4 space-y-4">
            {advising.map((a) => (
              <li key={a.partnership.slug}>
                <AdvisorPartnership partnership={a.partnership} role={a.role} summary={a.summary} />
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
            {others.map((p) => (
              <li key={p.slug}>
                <Link prefetch={false} href={p.href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-800">
                  <span className="block text-lg font-semibold text-blue-900 underline-offset-2 hover:underline">{p.name}</span>
                  <span className="block text-sm text-slate-700">
                    {p.localAuthority} · {p.role}
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
