// The plan import: an upload kept (one row), and an upload of one new area,
// outcome and action (with its status and a milestone) confirmed: each made
// through the plan's cores with its own row, then the summary (composite).
import { NO_CHOICES } from "@/lib/plan-import/choices";
import { db } from "../support/db";
import { composite, type Context, type MutationCases } from "./types";

const file = (n: number) =>
  new TextEncoder().encode(
    [
      "Priority area,Desired outcome,Code,Action,How will we measure impact and by when,Due date,Status",
      `Registry import area ${n},Registry import outcome ${n},RI${n}a,Registry import action ${n},Registry measure By when: 31 March 2031,31 March 2031,On track`,
    ].join("\n"),
  );

async function storedUpload({ partnershipId, admin, next }: Context) {
  const n = next();
  const upload = await db.planImportUpload.create({
    data: { partnershipId, membershipId: admin.scope.membershipId, fileName: `registry-${n}.csv`, bytes: Buffer.from(file(n)) },
    select: { id: true },
  });
  return upload.id;
}

/** An area and an outcome of Derby City's own for the bulk path to file its action under (setup writes, not counted). */
async function outcomeFor({ partnershipId }: Context, n: number) {
  const area = await db.priorityArea.create({
    data: { partnershipId, code: `RB${n}`, kind: "LOCAL_PRIORITY", title: `Registry bulk area ${n}`, finding: "Registry test.", position: 900 + n },
    select: { id: true },
  });
  const outcome = await db.outcome.create({ data: { partnershipId, priorityAreaId: area.id, code: `RB${n}.1`, text: `Registry bulk outcome ${n}` }, select: { id: true } });
  return outcome.id;
}

export const planImportCases: MutationCases = {
  // One action with its first status and a dated milestone: three rows, as createAction, updateActionStatus and createMilestone write them.
  "lib/plan-import/mutations/actions.ts#createImportedActions": async (context) => {
    const n = context.next();
    const action = {
      row: `Row 2 (action RB${n}.1a)`,
      outcomeId: await outcomeFor(context, n),
      code: `RB${n}.1a`,
      title: `Registry bulk action ${n}`,
      leadRole: "Head of SEND",
      startDate: new Date("2030-01-01T00:00:00Z"),
      baselineDueDate: null,
      tags: ["SEF"],
      status: { status: "ON_TRACK", commentary: "Imported from registry.csv" },
      milestones: [{ text: `Registry bulk milestone ${n}`, byWhenText: "31 March 2031", schedule: { kind: "ONE_OFF", dueDate: new Date("2031-03-31T00:00:00Z") } }],
    };
    return composite({ actions: [action] }, 3);
  },
  "lib/plan-import/mutations/upload.ts#storeUpload": async ({ next }) => {
    const n = next();
    return { fileName: `registry-${n}.csv`, bytes: file(n) };
  },
  // The area, the outcome, the action, its first status, its milestone and the summary.
  "lib/plan-import/mutations/confirm.ts#confirmImport": async (context) => composite({ source: { uploadId: await storedUpload(context) }, choices: NO_CHOICES }, 6),
};
