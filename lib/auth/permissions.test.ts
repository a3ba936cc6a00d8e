import { describe, expect, it } from "vitest";
import { can, canOnItem, grantFor, PERMISSIONS, ROLES, type Grant, type Permission } from "./permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// DESIGN §4, transcribed row by row. Columns: admin, board, lead, contributor, advisor, viewer.
// "-" means not allowed. Reading risks follows reading the live dashboard, which shows the top risks.
type Cell = Grant | "-";
const MATRIX: Record<Permission, [Cell, Cell, Cell, Cell, Cell, Cell]> = {
  "dashboard.read": ["all", "all", "all", "all", "ifAllowed", "all"],
  "plan.edit": ["all", "-", "ownAreas", "-", "-", "-"],
  "plan.correctDates": ["all", "-", "-", "-", "-", "-"],
  "status.update": ["all", "-", "ownAreas", "assigned", "-", "-"],
  "kpi.enterValues": ["all", "-", "ownAreas", "assigned", "-", "-"],
  "changeRequest.raise": ["all", "-", "all", "all", "-", "-"],
  "changeRequest.decide": ["all", "all", "-", "-", "-", "-"],
  "highlightReport.write": ["all", "-", "ownAreas", "-", "-", "-"],
  "highlightReport.review": ["all", "all", "-", "-", "-", "-"],
  // "others read submitted ones": everyone who reads the live dashboard.
  "highlightReport.read": ["all", "all", "all", "all", "ifAllowed", "all"],
  // The dashboard shows the top risks and the heat map, and every tile drills down: whoever reads the live dashboard reads the register.
  "risks.read": ["all", "all", "all", "all", "ifAllowed", "all"],
  "risks.edit": ["all", "-", "ownAreas", "-", "-", "-"],
  "meetings.read": ["all", "all", "all", "all", "-", "all"],
  "meetings.readPublished": ["all", "all", "all", "all", "all", "all"],
  "meetings.manage": ["all", "all", "-", "-", "-", "-"],
  "boards.manage": ["all", "-", "-", "-", "-", "-"],
  // DESIGN §1: the programme office assembles board packs; members read them once published (advisors where the live dashboard is shared).
  "boardPack.prepare": ["all", "-", "-", "-", "-", "-"],
  "boardPack.read": ["all", "all", "all", "all", "ifAllowed", "all"],
  "stocktake.prepare": ["all", "-", "-", "-", "-", "-"],
  "stocktake.contribute": ["all", "-", "ownAreas", "-", "-", "-"],
  "stocktake.readPublished": ["all", "all", "all", "-", "all", "-"],
  "stocktake.recordFindings": ["all", "all", "all", "-", "all", "-"],
  // A draft finding is its author's until published; the programme office edits the partnership's others too (issue 22).
  "stocktake.editOthersFindings": ["all", "-", "-", "-", "-", "-"],
  // The next review's date: the advisors give it with their findings (issue 22).
  "stocktake.giveNextReview": ["-", "-", "-", "-", "all", "-"],
  "members.manage": ["all", "-", "-", "-", "-", "-"],
  "settings.manage": ["all", "-", "-", "-", "-", "-"],
  "plan.import": ["all", "-", "-", "-", "-", "-"],
  "audit.read": ["all", "-", "-", "-", "-", "-"],
};
const COLUMNS: Role[] = ["ADMIN", "BOARD", "LEAD", "CONTRIBUTOR", "ADVISOR", "VIEWER"];

describe("permission table (DESIGN §4)", () => {
  it("covers every permission and every role", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
  });

  const cells = PERMISSIONS.flatMap((permission) =>
    COLUMNS.map((role, i) => ({ permission, role, expected: MATRIX[permission][i] })),
  );
  it.each(cells)("$role × $permission = $expected", ({ permission, role, expected }) => {
    expect(grantFor(role, permission) ?? "-").toBe(expected);
    expect(can(role, permission)).toBe(expected !== "-");
  });
});

describe("scoped grants", () => {
  const lead = { role: "LEAD" as const, areaIds: ["area-1"], membershipId: "m-lead" };
  const contributor = { role: "CONTRIBUTOR" as const, areaIds: [], membershipId: "m-contrib" };

  it("lets a priority lead update only their own areas", () => {
    expect(canOnItem(lead, "status.update", { priorityAreaIds: ["area-1"] })).toBe(true);
    expect(canOnItem(lead, "status.update", { priorityAreaIds: ["area-2"] })).toBe(false);
    expect(canOnItem(lead, "status.update", {})).toBe(false);
  });

  it("lets a contributor update only what is assigned to them", () => {
    expect(canOnItem(contributor, "status.update", { assignedMembershipIds: ["m-contrib"] })).toBe(true);
    expect(canOnItem(contributor, "status.update", { assignedMembershipIds: ["m-other"], priorityAreaIds: ["area-1"] })).toBe(false);
  });

  it("lets an advisor read the live dashboard only where the partnership allows it", () => {
    const advisor = { role: "ADVISOR" as const, areaIds: [], membershipId: "m-adv" };
    expect(canOnItem({ ...advisor, advisorDashboardAccess: true }, "dashboard.read")).toBe(true);
    expect(canOnItem({ ...advisor, advisorDashboardAccess: false }, "dashboard.read")).toBe(false);
  });

  it("never lets a board member or viewer update status", () => {
    for (const role of ["BOARD", "VIEWER", "ADVISOR"] as const) {
      expect(canOnItem({ role, areaIds: ["area-1"], membershipId: "m" }, "status.update", { priorityAreaIds: ["area-1"], assignedMembershipIds: ["m"] })).toBe(false);
    }
  });
});
