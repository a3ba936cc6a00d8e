import { DashboardView } from "@/components/dashboard/dashboard-view";
import { canReadLive, type MemberContext } from "@/lib/auth/guards";
import { canOpenChangeRequests } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { getCachedDashboard } from "@/lib/dashboard/cache";
import { UPCOMING_DAYS } from "@/lib/dashboard/compute";

/** The board dashboard of one member on one day, from one version of the partnership's data (lib/dashboard/page-cache.ts). */
export async function DashboardScreen({ member, today, dataVersion }: { member: MemberContext; today: Date; dataVersion: number }) {
  if (!canReadLive(member)) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Board dashboard</h1>
        <p className="mt-4 text-slate-800">
          {member.partnership.name} shares its published stocktake packs with advisors but not its live dashboard. Ask the programme office if you need live access.
        </p>
      </div>
    );
  }
  const model = await getCachedDashboard(member.partnershipId, today, dataVersion);
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Board dashboard</h1>
          <p className="mt-1 text-slate-700">
            What is on track, what is slipping and why, as of {formatUkDate(today)}. {model.totals.actions} actions, {model.totals.kpis} KPIs.
          </p>
          {model.provenance ? (
            <p className="mt-2 max-w-4xl rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="provenance">
              <span className="font-semibold">About this data:</span> {model.provenance}
            </p>
          ) : null}
        </div>
      </div>
      <DashboardView
        model={model}
        labels={member.labels}
        slug={member.partnership.slug}
        upcomingDays={UPCOMING_DAYS}
        links={{ changes: canOpenChangeRequests(member.role) }}
      />
    </div>
  );
}
