import Link from "next/link";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { canReadLive, type MemberContext } from "@/lib/auth/guards";
import { canOpenChangeRequests } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { getCachedDashboard } from "@/lib/dashboard/cache";
import { UPCOMING_DAYS } from "@/lib/dashboard/compute";
import { listBoards } from "@/lib/meetings/queries";

/**
 * The board dashboard of one member on one day, from one version of the
 * partnership's data (lib/pages/cache.ts). Where the partnership has
 * more than one board, each board has its own dashboard covering its areas,
 * picked here; with one board nobody sees a choice.
 */
export async function DashboardScreen({ member, today, dataVersion, boardId }: { member: MemberContext; today: Date; dataVersion: number; boardId?: string }) {
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
  const boards = await listBoards(member.partnershipId);
  const board = boardId ? boards.find((b) => b.id === boardId) : undefined;
  if (boardId && !board) notFound();
  const model = await getCachedDashboard(member.partnershipId, today, dataVersion, board ? { id: board.id, areaIds: board.areas.map((a) => a.priorityAreaId) } : undefined);
  const base = `/p/${member.partnership.slug}`;
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{board && boards.length > 1 ? `${board.name}: dashboard` : "Board dashboard"}</h1>
          <p className="mt-1 text-slate-700">
            What is on track, what is slipping and why, as of {formatUkDate(today)}. {model.totals.actions} actions, {model.totals.kpis} KPIs
            {board && board.areas.length ? ` in the areas this board oversees (${board.areas.map((a) => a.priorityArea.code).join(", ")})` : ""}.
          </p>
          {model.provenance ? (
            <p className="mt-2 max-w-4xl rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="provenance">
              <span className="font-semibold">About this data:</span> {model.provenance}
            </p>
          ) : null}
        </div>
      </div>
      {boards.length > 1 ? (
        <nav aria-label="Dashboards by board" className="mb-6 flex flex-wrap gap-2 text-sm">
          <Link
            href={base}
            aria-current={!board ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${!board ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}
          >
            Whole partnership
          </Link>
          {boards.map((b) => (
            <Link
              key={b.id}
              href={`${base}?board=${b.id}`}
              aria-current={board?.id === b.id ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${board?.id === b.id ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}
            >
              {b.name}
              {b.parentBoardId ? <span className="sr-only"> (reports to {boards.find((p) => p.id === b.parentBoardId)?.name})</span> : null}
            </Link>
          ))}
        </nav>
      ) : null}
      <DashboardView model={model} labels={member.labels} slug={member.partnership.slug} upcomingDays={UPCOMING_DAYS} links={{ changes: canOpenChangeRequests(member.role) }} />
    </div>
  );
}
