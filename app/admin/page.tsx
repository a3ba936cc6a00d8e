import type { Metadata } from "next";
import Link from "next/link";
import { CreatePartnershipForm } from "@/components/operators/create-partnership-form";
import { PartnershipStateForm } from "@/components/operators/partnership-state-form";
import { PartnershipsTable } from "@/components/operators/partnerships-table";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireOperator } from "@/lib/auth/guards";
import { createPartnershipAction } from "@/lib/operators/actions";
import { confirmPartnershipPath } from "@/lib/operators/paths";
import { getAdminPartnerships } from "@/lib/operators/view";

export const metadata: Metadata = { title: "Operator: partnerships" };

/** Operators only (anyone else: 404). Every partnership's name and state, never its data; create, archive, restore. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ confirm?: string | string[] }> }) {
  const operator = await requireOperator();
  const [partnerships, { confirm }] = await Promise.all([getAdminPartnerships(), searchParams]);
  const confirming = typeof confirm === "string" ? partnerships.find((p) => p.slug === confirm) : undefined;
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
          <h1 className="mt-1 text-3xl font-semibold">Partnerships</h1>
          <p className="mt-2 text-slate-700">
            Signed in as {operator.user.name}, an operator. You see every partnership’s name and state here; its plan, reports and audit log are for its members.
          </p>
        </div>
        <div className="flex items-center gap-4 text-sm">
          <Link prefetch={false} href="/p" className="text-blue-800 underline underline-offset-2">
            Your partnerships
          </Link>
          <SignOutButton />
        </div>
      </div>
      {confirming ? <PartnershipStateForm partnership={{ id: confirming.id, slug: confirming.slug, name: confirming.name, archived: confirming.state === "Archived" }} /> : null}
      <section aria-labelledby="list-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="list-heading" className="text-lg font-semibold">
          Every partnership
        </h2>
        {partnerships.length ? <PartnershipsTable partnerships={partnerships} confirmHref={confirmPartnershipPath} /> : <p className="mt-2">None yet.</p>}
      </section>
      <section aria-labelledby="create-heading" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="create-heading" className="text-lg font-semibold">
          Create a partnership
        </h2>
        <p className="mt-1 mb-3 text-slate-800">Its first admin gets an invitation; they set up the partnership and invite everyone else.</p>
        <CreatePartnershipForm action={createPartnershipAction} />
      </section>
    </main>
  );
}
