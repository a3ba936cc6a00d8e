// Cross-tenant cases for the plan import: an upload of Derbyshire's (made for
// the check, then removed) is found for Derbyshire and for nobody else, and
// confirming or storing as Derby City's admin with Derbyshire's rows is not
// found, naming nothing of Derbyshire's and changing nothing.
import { expect } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { NO_CHOICES } from "@/lib/plan-import/choices";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const FILE = "derbyshire-secret-plan.csv";

/** Runs `check` with an upload of Derbyshire's, removed afterwards so the tables are as they were. */
async function withDerbyshireUpload(ids: Ids, check: (uploadId: string) => Promise<void>) {
  const admin = await db.membership.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, userId: ids.derbyshireUserId }, select: { id: true } });
  const upload = await db.planImportUpload.create({
    data: { partnershipId: ids.derbyshire, membershipId: admin.id, fileName: FILE, bytes: Buffer.from("Priority area,Action\nPIA1,Derbyshire secret action\n") },
    select: { id: true },
  });
  try {
    await check(upload.id);
  } finally {
    await db.planImportUpload.delete({ where: { id: upload.id } });
  }
}

export const planImportCases: TenancyCases = {
  "lib/plan-import/queries.ts#getUpload": {
    kind: "pre-tenant",
    check: (fn, ids) =>
      withDerbyshireUpload(ids, async (uploadId) => {
        expect(await fn(ids.derbyshire, uploadId)).toMatchObject({ id: uploadId, fileName: FILE });
        expect(await fn(ids.derbyCity, uploadId)).toBeNull();
      }),
  },
  "lib/plan-import/queries.ts#listRecentUploads": {
    kind: "pre-tenant",
    check: (fn, ids) =>
      withDerbyshireUpload(ids, async (uploadId) => {
        expect(((await fn(ids.derbyshire)) as { id: string }[]).map((u) => u.id)).toContain(uploadId);
        expect(JSON.stringify(await fn(ids.derbyCity))).not.toContain(uploadId);
      }),
  },
  "lib/plan-import/queries.ts#getImportContext": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  // Derby City's admin naming a Derbyshire membership as theirs: not found, nothing stored.
  "lib/plan-import/mutations/upload.ts#storeUpload": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      { ...ids.derbyCityCallers.ADMIN, scope: { ...ids.derbyCityCallers.ADMIN.scope, membershipId: rows.Membership } },
      { fileName: "cross-tenant.csv", bytes: new TextEncoder().encode("Priority area,Action\nX,Y\n") },
    ],
  },
  // New actions filed under one of Derbyshire's outcomes: not found, nothing made.
  "lib/plan-import/mutations/actions.ts#createImportedActions": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      {
        actions: [
          {
            row: "Row 2 (action X9.1a)",
            outcomeId: rows.Outcome,
            code: "X9.1a",
            title: "Cross-tenant",
            startDate: null,
            baselineDueDate: null,
            tags: [],
            status: null,
            milestones: [],
          },
        ],
      },
    ],
  },
  "lib/plan-import/mutations/confirm.ts#confirmImport": {
    kind: "pre-tenant",
    check: (fn, ids) =>
      withDerbyshireUpload(ids, async (uploadId) => {
        const refusal = await fn(ids.derbyCity, ids.derbyCityCallers.ADMIN, { source: { uploadId }, choices: NO_CHOICES }).then(
          () => null,
          (e: unknown) => e as Error,
        );
        expect(refusal).toBeInstanceOf(NotFoundError);
        expect(refusal!.message).not.toContain("derbyshire");
        expect(refusal!.message).not.toContain("Derbyshire");
        expect(await db.planImportUpload.findFirstOrThrow({ where: { id: uploadId }, select: { importedAt: true } })).toEqual({ importedAt: null });
      }),
  },
};
