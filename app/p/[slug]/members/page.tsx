import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InviteForm } from "@/components/members/invite-form";
import { InvitationsTable } from "@/components/members/invitations-table";
import { MembersTable } from "@/components/members/members-table";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import { getMembersPage } from "@/lib/members/view";

export const metadata: Metadata = { title: "Members" };

/** The partnership's members and the invitations waiting, for the programme office. */
export default async function MembersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ removed?: string | string[] }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getMembersPage(member);
  if (!page) notFound();
  const removed = typeof query.removed === "string" ? query.removed.slice(0, 120) : null;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Members</h1>
        <p className="mt-1 text-slate-800">Who can sign in to {page.partnershipName}, and the invitations waiting. A change of role or areas counts from the person’s next page.</p>
      </header>
      {removed ? <SuccessNotice>Removed {removed} from the partnership.</SuccessNotice> : null}
      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold text-slate-900">
          Members ({page.members.length})
        </h2>
        <MembersTable members={page.members} />
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-lg font-semibold text-slate-900">
          Invitations waiting ({page.invitations.length})
        </h2>
        <InvitationsTable slug={slug} invitations={page.invitations} />
      </section>
      <section aria-labelledby="invite-heading" className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="invite-heading" className="text-lg font-semibold text-slate-900">
          Invite someone
        </h2>
        <p className="text-slate-800">
          The invitation works once, for 7 days. The person sets their name and password when they accept; someone who already has a Stocktake account signs in with the invited
          email to join.
        </p>
        <InviteForm slug={slug} roleOptions={page.roleOptions} areaOptions={page.areaOptions} />
      </section>
    </div>
  );
}
