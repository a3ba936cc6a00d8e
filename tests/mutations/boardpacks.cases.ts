// Board packs: each mutation once, with a valid input (Derby City has no board
// meetings in the demo, so each case makes its own).
import { db } from "../support/db";
import { composite, type Context, type MutationCases } from "./types";

async function meeting({ partnershipId, next }: Context) {
  const board = await db.board.findFirstOrThrow({ where: { partnershipId }, select: { id: true } });
  return db.meeting.create({
    data: { partnershipId, boardId: board.id, title: `Registry test meeting ${next()}`, date: new Date(Date.UTC(2026, 11, 3, 10)), state: "OPEN" },
    select: { id: true },
  });
}

export const boardPackCases: MutationCases = {
  "lib/boardpacks/mutations.ts#saveBoardPackDraft": async (context) => ({ meetingId: (await meeting(context)).id, version: 0, coverNote: "Registry test: a draft." }),
  // Publishing composes the draft's save (its own audit row) with the publish itself.
  "lib/boardpacks/mutations.ts#publishBoardPack": async (context) => composite({ meetingId: (await meeting(context)).id, version: 0, coverNote: "Registry test." }, 2),
};
