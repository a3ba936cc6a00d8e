import { describe, expect, it } from "vitest";
import { actionPath, editMilestonePath, myUpdatesAfterRiskReviewPath, myUpdatesPath, newActionPath, newOutcomePath, planEditorPath, planPath, planViewPath } from "./paths";

describe("the plan's addresses", () => {
  it("write the filters a dashboard drills into, in one order", () => {
    expect(planPath("x")).toBe("/p/x/plan");
    expect(planPath("x", { computed: "OFF_TRACK" })).toBe("/p/x/plan?computed=OFF_TRACK");
    expect(planPath("x", { area: "PIA1", computed: "AT_RISK" })).toBe("/p/x/plan?area=PIA1&computed=AT_RISK");
    expect(planPath("x", { area: "PIA1", conflict: true })).toBe("/p/x/plan?area=PIA1&conflict=1");
    expect(planPath("x", { area: "PIA1", owed: true })).toBe("/p/x/plan?area=PIA1&owed=1");
    expect(planPath("x", { due: "overdue" })).toBe("/p/x/plan?due=overdue");
    expect(planPath("x", { due: 60 })).toBe("/p/x/plan?due=60");
    expect(planPath("x", { area: "A&B" })).toBe("/p/x/plan?area=A%26B");
  });

  it("keep the filters in links that open or close areas", () => {
    expect(planViewPath("x", { area: "PIA1", open: "PIA2" }, ["PIA1", "PIA3"], "area-PIA3")).toBe("/p/x/plan?area=PIA1&open=PIA1,PIA3#area-PIA3");
    expect(planViewPath("x", {}, [])).toBe("/p/x/plan");
    expect(planViewPath("x", { tag: ["SEF", "DBV"] }, "all")).toBe("/p/x/plan?tag=SEF&tag=DBV&open=all");
  });

  it("name an action, the editor's pages and My updates", () => {
    expect(actionPath("x", "a1")).toBe("/p/x/plan/actions/a1");
    expect(myUpdatesPath("x")).toBe("/p/x/my");
    expect(planEditorPath("x")).toBe("/p/x/plan/manage");
    expect(planEditorPath("x", { archived: true })).toBe("/p/x/plan/manage?archived=1");
    expect(newOutcomePath("x")).toBe("/p/x/plan/manage/outcomes/new");
    expect(newOutcomePath("x", "area1")).toBe("/p/x/plan/manage/outcomes/new?area=area1");
    expect(newActionPath("x", "o1")).toBe("/p/x/plan/manage/actions/new?outcome=o1");
    expect(editMilestonePath("x", "m1")).toBe("/p/x/plan/manage/milestones/m1");
  });

  it("bring a reviewer back to My updates saying which risk and whether its score moved", () => {
    expect(myUpdatesAfterRiskReviewPath("x", "R3", true)).toBe("/p/x/my?reviewed=R3&changed=1");
    expect(myUpdatesAfterRiskReviewPath("x", "R 3&", false)).toBe("/p/x/my?reviewed=R+3%26&changed=0");
  });
});
