import type { Metadata } from "next";
import { PlanTreeView } from "@/components/plan/plan-tree";
import { StatusBadge } from "@/components/ui/status-badge";
import { canReadLive, requireMembership } from "@/lib/auth/guards";
import { getPlanTree } from "@/lib/plan/queries";
import { STATUSES } from "@/lib/plan/status";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  if (!canReadLive(member)) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Improvement plan</h1>
        <p className="mt-4 text-slate-800">
          {member.partnership.name} shares its published stocktake packs with advisors but not its live plan. Ask the programme
          office if you need live access.
        </p>
      </div>
    );
  }
  const tree = await getPlanTree(member.partnershipId);
  const actions = tree.flatMap((a) => a.outcomes.flatMap((o) => o.actions));
  const milestones = actions.reduce((n, a) => n + a.milestones.length, 0);
  const counts = STATUSES.map((s) => [s, actions.filter((a) => a.reportedStatus === s).length] as const);
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Improvement plan</h1>
          <p className="mt-1 text-slate-700">
            {tree.length} priority areas · {actions.length} actions · {milestones} milestones
          </p>
        </div>
        <ul aria-label="Actions by reported status" className="flex flex-wrap gap-2">
          {counts.map(([status, n]) => (
            <li key={status}>
              <StatusBadge status={status} label={`${member.labels[status]}: ${n}`} />
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-6">
        <PlanTreeView tree={tree} labels={member.labels} />
      </div>
    </div>
  );
}
