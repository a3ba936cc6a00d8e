// Cross-tenant cases for board packs: every read with Derbyshire's rows asked
// for from Derby City, and every write as Derby City's admin on them.
import { parseIsoDate } from "@/lib/dates/format";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

/** Derbyshire's published pack (the seed publishes one for the board's next meeting). */
const derbyshirePack = () => db.boardPack.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" }, state: "PUBLISHED" }, select: { id: true, meetingId: true } });

export const boardPackCases: TenancyCases = {
  "lib/boardpacks/queries.ts#getBoardPackRow": { kind: "tenant", args: async (partnershipId) => [partnershipId, (await derbyshirePack()).meetingId], empty: true },
  "lib/boardpacks/queries.ts#getPublishedBoardPack": { kind: "tenant", args: async (partnershipId) => [partnershipId, (await derbyshirePack()).id], empty: true },
  "lib/boardpacks/queries.ts#listPublishedBoardPacks": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/boardpacks/queries.ts#getBoardPackBasis": { kind: "tenant", args: async (partnershipId) => [partnershipId, (await derbyshirePack()).meetingId], empty: true },
  "lib/boardpacks/queries.ts#getBoardPackSource": {
    kind: "tenant",
    args: async (partnershipId) => [partnershipId, (await derbyshirePack()).meetingId, parseIsoDate("2026-11-20")],
    empty: true,
  },
  "lib/boardpacks/mutations.ts#saveBoardPackDraft": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { meetingId: rows.Meeting, version: 0, coverNote: "Cross-tenant" }],
  },
  "lib/boardpacks/mutations.ts#publishBoardPack": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { meetingId: rows.Meeting, version: 0, coverNote: "Cross-tenant" }],
  },
};
