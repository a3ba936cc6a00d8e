// Derbyshire's demo board pack: the papers for the board's next meeting,
// published in advance by the programme office (Improvement Notice §5c:
// "provided to the Improvement Board in advance"). Assembled and frozen by
// the app's own publish mutation, inside the seed's transaction, so the demo
// pack is exactly what the programme office would publish on the seed's day.
import type { Caller } from "../../lib/auth/caller";
import { publishBoardPack } from "../../lib/boardpacks/mutations";
import type { PrismaClient } from "../../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const ILLUSTRATIVE_COVER_NOTE =
  "Illustrative: this covering note and the meeting are demo data. Members are asked to read the dashboard summary and the missing highlight reports first, then the escalated risks. The pack is drawn from the demo plan as it stands on the date shown, by the same code that assembles any pack.";

/** Publishes the pack for the board's next meeting after `today`, if there is one; returns its id. */
export async function seedBoardPack(tx: Tx, partnershipId: string, today: Date, admin: Caller): Promise<string | null> {
  const meeting = await tx.meeting.findFirst({ where: { partnershipId, state: "OPEN", date: { gt: today } }, orderBy: { date: "asc" }, select: { id: true } });
  if (!meeting) return null;
  const published = await publishBoardPack.core(tx, partnershipId, admin, { meetingId: meeting.id, version: 0, coverNote: ILLUSTRATIVE_COVER_NOTE });
  return published.packId;
}
