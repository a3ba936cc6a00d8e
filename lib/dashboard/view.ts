// What a member sees on the board dashboard, for one day and one version of
// the partnership's data. Where the partnership has more than one board, each
// board has its own dashboard covering its areas; with one board nobody sees
// a choice. Null is a 404 (a board not the partnership's).
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayOpenChangeRequests } from "@/lib/changes/access";
import { listBoards } from "@/lib/meetings/queries";
import { mayArrangeAreas } from "@/lib/plan/access";
import { mayImportPlan } from "@/lib/plan-import/access";
import { mayReadDashboard } from "./access";
import { getCachedDashboard } from "./cache";
import { UPCOMING_DAYS } from "./compute";
import { dashboardPath } from "./paths";

export async function getDashboardPage(member: MemberContext, today: Date, dataVersion: number, boardId?: string) {
  if (!mayReadDashboard(member.scope)) return { shared: false as const, partnership: member.partnership.name };
  const boards = await listBoards(member.partnershipId);
  const board = boardId ? boards.find((b) => b.id === boardId) : undefined;
  if (boardId && !board) return null;
  const model = await getCachedDashboard(member.partnershipId, today, dataVersion, board ? { id: board.id, areaIds: board.areas.map((a) => a.priorityAreaId) } : undefined);
  const slug = member.partnership.slug;
  return {
    shared: true as const,
    model,
    title: board && boards.length > 1 ? `${board.name}: dashboard` : "Board dashboard",
    /** The areas this board oversees, where the dashboard is one board's. */
    boardAreas: board?.areas.map((a) => a.priorityArea.code) ?? [],
    /** One link per board, and the whole partnership's, where there are several boards. */
    boards:
      boards.length > 1
        ? [
            { id: "", name: "Whole partnership", href: dashboardPath(slug), current: !board, reportsTo: null },
            ...boards.map((b) => ({
              id: b.id,
              name: b.name,
              href: dashboardPath(slug, b.id),
              current: board?.id === b.id,
              reportsTo: b.parentBoardId ? (boards.find((p) => p.id === b.parentBoardId)?.name ?? null) : null,
            })),
          ]
        : [],
    upcomingDays: UPCOMING_DAYS,
    links: {
      changes: mayOpenChangeRequests(member.scope),
      // Where a plan with no areas yet starts: the editor's "add area", and the spreadsheet import.
      addAreas: mayArrangeAreas(member.scope),
      importPlan: mayImportPlan(member.scope),
    },
  };
}

export type DashboardPage = NonNullable<Awaited<ReturnType<typeof getDashboardPage>>>;
