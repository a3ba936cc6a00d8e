// The permission table of DESIGN §4, as data. The UI reads it to decide what
// to show; the server reads it to decide what to allow, and only the server
// check counts. Scoped grants ("own areas", "assigned items", "if allowed")
// are settled by the functions below with the row in hand.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "BOARD", "LEAD", "CONTRIBUTOR", "ADVISOR", "VIEWER"] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "dashboard.read",
  "plan.edit",
  "plan.correctDates",
  "status.update",
  "kpi.enterValues",
  "changeRequest.raise",
  "changeRequest.decide",
  "highlightReport.write",
  "highlightReport.review",
  "highlightReport.read",
  "risks.read",
  "risks.edit",
  "meetings.read",
  "meetings.readPublished",
  "meetings.manage",
  "boards.manage",
  "boardPack.prepare",
  "boardPack.read",
  "stocktake.prepare",
  "stocktake.contribute",
  "stocktake.readPublished",
  "stocktake.recordFindings",
  "stocktake.editOthersFindings",
  "stocktake.giveNextReview",
  "members.manage",
  "settings.manage",
  "plan.import",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * How far a grant reaches:
 * - "all": everything in the partnership;
 * - "ownAreas": the priority areas the member leads;
 * - "assigned": actions assigned to the member and KPIs they own;
 * - "ifAllowed": only when the partnership allows advisors the live dashboard.
 */
export type Grant = "all" | "ownAreas" | "assigned" | "ifAllowed";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Programme office (admin)",
  BOARD: "Board member",
  LEAD: "Priority lead",
  CONTRIBUTOR: "Workstream lead / contributor",
  ADVISOR: "DfE / NHSE advisor",
  VIEWER: "Viewer",
};

export const PERMISSION_TABLE: Record<Role, Partial<Record<Permission, Grant>>> = {
  ADMIN: {
    "dashboard.read": "all",
    "plan.edit": "all",
    // A mistyped due date is put right by the programme office, with a reason; every other move is a change request.
    "plan.correctDates": "all",
    "status.update": "all",
    "kpi.enterValues": "all",
    "changeRequest.raise": "all",
    // The programme office records the board's decision.
    "changeRequest.decide": "all",
    "highlightReport.write": "all",
    "highlightReport.review": "all",
    "highlightReport.read": "all",
    "risks.read": "all",
    "risks.edit": "all",
    "meetings.read": "all",
    "meetings.readPublished": "all",
    "meetings.manage": "all",
    // Boards, and which areas each oversees, are set up by the programme office (DESIGN §1).
    "boards.manage": "all",
    // The programme office assembles and publishes the pack; drafts stay with it (DESIGN §1).
    "boardPack.prepare": "all",
    "boardPack.read": "all",
    "stocktake.prepare": "all",
    "stocktake.contribute": "all",
    "stocktake.readPublished": "all",
    "stocktake.recordFindings": "all",
    // A draft finding is its author's until published; the programme office may edit or publish any of the partnership's too (issue 22).
    "stocktake.editOthersFindings": "all",
    "members.manage": "all",
    "settings.manage": "all",
    "plan.import": "all",
    "audit.read": "all",
  },
  BOARD: {
    "dashboard.read": "all",
    "changeRequest.decide": "all",
    "highlightReport.review": "all",
    "highlightReport.read": "all",
    "risks.read": "all",
    "meetings.read": "all",
    "meetings.readPublished": "all",
    "meetings.manage": "all",
    "boardPack.read": "all",
    "stocktake.readPublished": "all",
    "stocktake.recordFindings": "all",
  },
  LEAD: {
    "dashboard.read": "all",
    "plan.edit": "ownAreas",
    "status.update": "ownAreas",
    "kpi.enterValues": "ownAreas",
    "changeRequest.raise": "all",
    "highlightReport.write": "ownAreas",
    "highlightReport.read": "all",
    "risks.read": "all",
    "risks.edit": "ownAreas",
    "meetings.read": "all",
    "meetings.readPublished": "all",
    "boardPack.read": "all",
    "stocktake.contribute": "ownAreas",
    "stocktake.readPublished": "all",
    "stocktake.recordFindings": "all",
  },
  CONTRIBUTOR: {
    "dashboard.read": "all",
    // The register is read by whoever reads the live dashboard, which shows its top risks.
    "risks.read": "all",
    "status.update": "assigned",
    "kpi.enterValues": "assigned",
    "changeRequest.raise": "all",
    "meetings.read": "all",
    "meetings.readPublished": "all",
    "highlightReport.read": "all",
    "boardPack.read": "all",
  },
  ADVISOR: {
    "dashboard.read": "ifAllowed",
    // Published minutes only: drafts, the live impact log and unpublished meetings stay with the partnership.
    "meetings.readPublished": "all",
    // Submitted highlight reports are live data: advisors read them where the partnership shares its live dashboard.
    "highlightReport.read": "ifAllowed",
    "risks.read": "ifAllowed",
    // A published pack carries live data (dashboard, risks, reports): advisors read it where the partnership shares its live dashboard.
    "boardPack.read": "ifAllowed",
    "stocktake.readPublished": "all",
    "stocktake.recordFindings": "all",
    // The date of the next review is the DfE and NHS England advisors' to give, with their findings (issue 22).
    "stocktake.giveNextReview": "all",
  },
  VIEWER: {
    "dashboard.read": "all",
    "meetings.read": "all",
    "meetings.readPublished": "all",
    "highlightReport.read": "all",
    "risks.read": "all",
    "boardPack.read": "all",
  },
};

export function grantFor(role: Role, permission: Permission): Grant | null {
  return PERMISSION_TABLE[role][permission] ?? null;
}

/** Whether the role holds the permission at all (for showing a button or a link). */
export function can(role: Role, permission: Permission): boolean {
  return grantFor(role, permission) !== null;
}

export type Scope = {
  role: Role;
  /** Priority areas the member leads. */
  areaIds: readonly string[];
  membershipId: string;
  advisorDashboardAccess?: boolean;
};

/** What the member may do to one item, given the item's area and who it is assigned to. */
export function canOnItem(
  scope: Scope,
  permission: Permission,
  item: { priorityAreaIds?: readonly string[]; assignedMembershipIds?: readonly string[] } = {},
): boolean {
  const grant = grantFor(scope.role, permission);
  switch (grant) {
    case "all":
      return true;
    case "ownAreas":
      return (item.priorityAreaIds ?? []).some((id) => scope.areaIds.includes(id));
    case "assigned":
      return (item.assignedMembershipIds ?? []).includes(scope.membershipId);
    case "ifAllowed":
      return scope.advisorDashboardAccess === true;
    default:
      return false;
  }
}

/** The change request queue is for those who raise or decide requests; the nav, the page and the dashboard's tiles all ask this. */
export function canOpenChangeRequests(role: Role): boolean {
  return can(role, "changeRequest.raise") || can(role, "changeRequest.decide");
}
