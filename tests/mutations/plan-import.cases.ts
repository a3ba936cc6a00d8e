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

export const planImportCases: MutationCases = {
  "lib/plan-import/mutations/upload.ts#storeUpload": async ({ next }) => {
    const n = next();
    return { fileName: `registry-${n}.csv`, bytes: file(n) };
  },
  // The area, the outcome, the action, its first status, its milestone and the summary.
  "lib/plan-import/mutations/confirm.ts#confirmImport": async (context) => composite({ source: { uploadId: await storedUpload(context) }, choices: NO_CHOICES }, 6),
};
