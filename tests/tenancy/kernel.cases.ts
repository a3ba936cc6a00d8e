// Cross-tenant cases for the shared kernel's lookups (lib/plan/references,
// lib/people): each finds the partnership's own rows, and another
// partnership's id with those rows is the form's not-found error, naming none of them.
import { expect } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { db } from "../support/db";
import type { TenancyCases } from "./types";

const client = db as unknown as Tx;

/** The call is refused with `error`, and its messages name nothing of Derbyshire's (its codes, its ids). */
async function expectRefused(call: Promise<unknown>, error: typeof NotFoundError | typeof ValidationError, secrets: string[]) {
  const refusal = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(error);
  const said = JSON.stringify({ message: (refusal as Error).message, fields: (refusal as NotFoundError).fieldErrors });
  expect(secrets.filter((secret) => said.includes(secret))).toEqual([]);
}

export const kernelCases: TenancyCases = {
  "lib/plan/references/queries.ts#requireLiveAreas": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const areas = await db.priorityArea.findMany({ where: { partnershipId: ids.derbyshire, archivedAt: null }, select: { id: true, code: true }, take: 2 });
      expect(areas).toHaveLength(2);
      await expect(
        fn(
          client,
          ids.derbyshire,
          areas.map((a) => a.id),
        ),
      ).resolves.toBeUndefined();
      await expectRefused(
        fn(
          client,
          ids.derbyCity,
          areas.map((a) => a.id),
        ),
        NotFoundError,
        areas.flatMap((a) => [a.id, a.code]),
      );
    },
  },
  "lib/plan/references/queries.ts#requireActionCodes": {
    kind: "pre-tenant",
    async check(fn, ids) {
      // A code only Derbyshire's plan has, so Derby City's own plan cannot answer for it.
      const cityCodes = (await db.action.findMany({ where: { partnershipId: ids.derbyCity }, select: { code: true } })).map((a) => a.code);
      const action = await db.action.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, archivedAt: null, code: { notIn: cityCodes } }, select: { id: true, code: true } });
      expect(await fn(client, ids.derbyshire, [action.code])).toEqual([action.id]);
      // The form's own code comes back in its message; Derbyshire's row id never does.
      await expectRefused(fn(client, ids.derbyCity, [action.code]), ValidationError, [action.id]);
    },
  },
  "lib/people/queries.ts#listMembersForLead": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/people/queries.ts#requireMember": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const member = await db.membership.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, role: "LEAD" }, select: { id: true, user: { select: { name: true } } } });
      await expect(fn(client, ids.derbyshire, member.id)).resolves.toBeUndefined();
      await expectRefused(fn(client, ids.derbyCity, member.id), NotFoundError, [member.id, member.user.name]);
    },
  },
};
