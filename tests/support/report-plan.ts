// The plan tests/reports.test.ts writes its highlight reports against, in a
// partnership of its own (./own-partnership.ts): PIA1 led by lead@, with
// actions 1.1a and 1.1b (started in January, due in 2027, not yet updated);
// PIA2 led by nobody there; and AFI1, an area for improvement filed under
// PIA1. A second run over the same database gets a fresh one, with no report.
import { parseIsoDate } from "@/lib/dates/format";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { ownPartnership, type OwnPartnership } from "./own-partnership";

export type ReportPlan = { own: OwnPartnership; areas: Record<string, string>; childArea: string };

export async function reportPlan(prefix: string): Promise<ReportPlan> {
  const own = await ownPartnership(prefix);
  const admin = await own.caller("admin");
  const area = async (code: string, parentId?: string) =>
    (
      await createArea(own.id, admin, {
        code,
        kind: parentId ? "IMPROVEMENT" : "PRIORITY_ACTION",
        title: `Area ${code}`,
        finding: "As the report words it.",
        leadRoles: [],
        parentId,
      })
    ).id;
  const areas = { PIA1: await area("PIA1"), PIA2: await area("PIA2") };
  const childArea = await area("AFI1", areas.PIA1);
  const outcome = await createOutcome(own.id, admin, { priorityAreaId: areas.PIA1, code: "1.1", text: "Plans are issued within 20 weeks." });
  for (const code of ["1.1a", "1.1b"]) {
    await createAction(own.id, admin, {
      outcomeId: outcome.id,
      code,
      title: `Action ${code}`,
      startDate: parseIsoDate("2026-01-05"),
      baselineDueDate: parseIsoDate("2027-06-30"),
      tags: [],
    });
  }
  await own.leads([areas.PIA1]);
  return { own, areas, childArea };
}
